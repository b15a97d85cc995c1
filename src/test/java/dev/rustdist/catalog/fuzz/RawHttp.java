package dev.rustdist.catalog.fuzz;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, each request written byte for byte as given: rest-assured and the
 * JDK's client encode, normalise or refuse the very requests a hostile client sends. One request
 * per connection, so that each answer belongs to exactly one request.
 */
final class RawHttp {

  /** Long enough for the slowest legitimate answer, short enough to notice one that never comes. */
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

  record Header(String name, String value) {}

  /** An answer: its status, its headers by lower-case name, its body de-chunked. */
  record Answer(int status, Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, UTF_8);
    }
  }

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /**
   * The bytes of a request: the target as given, header values as bytes (one char, one byte), Host
   * and Connection: close added, and Content-Length when there is a body.
   */
  byte[] request(String method, String target, List<Header> headers, byte[] body) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: localhost:").append(port).append("\r\n");
    for (Header header : headers) {
      head.append(header.name()).append(": ").append(header.value()).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(head.toString().getBytes(ISO_8859_1));
    if (body != null) {
      bytes.writeBytes(body);
    }
    return bytes.toByteArray();
  }

  /**
   * Sends the request and reads its answer. The request is written while the answer is read, as a
   * client does: the service may answer, and close, before it has read all of it.
   */
  Answer exchange(byte[] request) throws IOException {
    try (Socket socket = connect()) {
      Thread writer =
          new Thread(
              () -> {
                try {
                  socket.getOutputStream().write(request);
                  socket.getOutputStream().flush();
                } catch (IOException closedEarly) {
                  // the answer, or its absence, tells what happened
                }
              });
      writer.start();
      try {
        return read(new BufferedInputStream(socket.getInputStream()));
      } finally {
        socket.close(); // ends a write still under way
        joinQuietly(writer);
      }
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("localhost", port), 5_000);
    socket.setSoTimeout((int) ANSWER_TIMEOUT.toMillis());
    return socket;
  }

  /** Reads one answer; the connection is expected to close after it. */
  static Answer read(InputStream in) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      throw new EOFException("the connection closed without an answer");
    }
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.1 answer: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      String name = (colon < 0 ? line : line.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
      String value = colon < 0 ? "" : line.substring(colon + 1).strip();
      headers.merge(name, value, (first, next) -> first + ", " + next);
    }
    byte[] body;
    if (status == 204 || status == 304 || status < 200) {
      body = new byte[0];
    } else if (headers.getOrDefault("content-type", "").startsWith("text/event-stream")) {
      // a stream of events goes on until the client leaves: its status and headers are the answer
      body = new byte[0];
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(in);
    } else if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else {
      body = in.readAllBytes();
    }
    return new Answer(status, headers, body);
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String size = line(in); size != null; size = line(in)) {
      int length = Integer.parseInt(size.split(";")[0].strip(), 16);
      if (length == 0) {
        break;
      }
      body.writeBytes(in.readNBytes(length));
      line(in);
    }
    return body.toByteArray();
  }

  /** A line without its CRLF, bytes as chars; null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
    }
    return b == -1 && line.size() == 0 ? null : line.toString(ISO_8859_1);
  }
}
