package dev.rustdist.catalog.faults;

import dev.rustdist.catalog.PostgresResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL behind two {@link TcpProxy}s: one for the service's connection pool, one for
 * the connection that listens for revisions, so that a test can fail either.
 */
public class ProxiedPostgresResource extends PostgresResource {

  static TcpProxy pool;
  static TcpProxy listener;

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>(super.start());
    String url =
        config.getOrDefault(
            "quarkus.datasource.jdbc.url",
            System.getProperty(
                "quarkus.datasource.jdbc.url", System.getenv("QUARKUS_DATASOURCE_JDBC_URL")));
    URI server = URI.create(url.substring("jdbc:".length()));
    try {
      pool = new TcpProxy(server.getHost(), server.getPort());
      listener = new TcpProxy(server.getHost(), server.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    config.put("quarkus.datasource.jdbc.url", through(url, server, pool));
    config.put("catalog.revision-listener.jdbc-url", through(url, server, listener));
    return config;
  }

  private static String through(String url, URI server, TcpProxy proxy) {
    return url.replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port());
  }

  @Override
  public void stop() {
    pool.close();
    listener.close();
    super.stop();
  }
}
