package dev.rustdist.catalog.observability;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An OTLP/HTTP endpoint on loopback that keeps what it receives, and the settings that point the
 * service at it: as a collector would see the service's traces.
 */
public class OtlpReceiver implements QuarkusTestResourceLifecycleManager {

  static final ConcurrentLinkedQueue<String> RECEIVED = new ConcurrentLinkedQueue<>();
  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          try (InputStream body = exchange.getRequestBody()) {
            // protobuf keeps strings as they are: span names and attributes can be searched
            RECEIVED.add(new String(body.readAllBytes(), StandardCharsets.ISO_8859_1));
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    return Map.of(
        "quarkus.otel.sdk.disabled", "false",
        "quarkus.otel.exporter.otlp.traces.endpoint",
            "http://127.0.0.1:" + server.getAddress().getPort(),
        "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
        "quarkus.otel.bsp.schedule.delay", "50ms");
  }

  @Override
  public void stop() {
    server.stop(0);
  }

  /** Everything received so far, as one text. */
  static String received() {
    return String.join("\n", RECEIVED);
  }
}
