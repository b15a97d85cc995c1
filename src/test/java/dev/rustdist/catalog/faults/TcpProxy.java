package dev.rustdist.catalog.faults;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback that can fail the way networks fail: its connections can go silent
 * (half-open: bytes are taken and never delivered, nothing is closed), or be cut and new ones
 * refused (the server gone), and then work again.
 */
final class TcpProxy implements Closeable {

  private final ServerSocket listening;
  private final String upstreamHost;
  private final int upstreamPort;
  private final Set<Link> links = ConcurrentHashMap.newKeySet();
  private volatile boolean refusing;

  /** One proxied connection: the client's socket and the one to the upstream server. */
  private static final class Link {
    final Socket client;
    final Socket upstream;
    volatile boolean silent;

    Link(Socket client, Socket upstream) {
      this.client = client;
      this.upstream = upstream;
    }

    void close() {
      closeQuietly(client);
      closeQuietly(upstream);
    }
  }

  TcpProxy(String upstreamHost, int upstreamPort) throws IOException {
    this.upstreamHost = upstreamHost;
    this.upstreamPort = upstreamPort;
    this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "tcp-proxy-" + listening.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listening.getLocalPort();
  }

  /** The connections open now go silent; new ones work. */
  void silenceOpenConnections() {
    links.forEach(link -> link.silent = true);
  }

  /** Every connection is cut, and new ones are refused until {@link #restore()}. */
  void refuse() {
    refusing = true;
    links.forEach(Link::close);
    links.clear();
  }

  /** New connections work again. */
  void restore() {
    refusing = false;
  }

  @Override
  public void close() {
    closeQuietly(listening);
    links.forEach(Link::close);
  }

  private void accept() {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        if (refusing) {
          client.setSoLinger(true, 0); // a reset, as from a closed port
          closeQuietly(client);
          continue;
        }
        Link link = new Link(client, new Socket(upstreamHost, upstreamPort));
        links.add(link);
        pump(link, link.client, link.upstream);
        pump(link, link.upstream, link.client);
      } catch (IOException e) {
        // the proxy was closed, or the upstream refused: the client's socket goes with it
      }
    }
  }

  private void pump(Link link, Socket from, Socket to) {
    Thread pump =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                  if (!link.silent) {
                    out.write(buffer, 0, read);
                    out.flush();
                  }
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                // a silent connection tells its client nothing, not even that the server left
                if (from == link.client || !link.silent) {
                  link.close();
                  links.remove(link);
                }
              }
            },
            "tcp-proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
