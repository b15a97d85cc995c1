package dev.rustdist.catalog.observability;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tracing is on exactly when an OTLP endpoint is configured: OpenTelemetry's SDK then starts, and
 * the console's lines carry the trace and span ids of the request they were written for (JSON lines
 * carry them in any case, under {@code mdc}). Off, the SDK never starts and costs nothing.
 */
public final class Tracing {

  private static final String CONSOLE_FORMAT_WITH_IDS =
      "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) [trace=%X{traceId} span=%X{spanId}] %s%e%n";

  private Tracing() {}

  /** Settings to start Quarkus with, given its environment and system properties. */
  public static Map<String, String> settings(Map<String, String> environment) {
    return endpoint(environment)
        .map(
            configured ->
                Map.of(
                    "quarkus.otel.sdk.disabled",
                    "false",
                    "quarkus.log.console.format",
                    CONSOLE_FORMAT_WITH_IDS))
        .orElse(Map.of());
  }

  private static Optional<String> endpoint(Map<String, String> environment) {
    return Stream.of(
            "quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint")
        .flatMap(
            name ->
                Stream.of(
                    System.getProperty(name),
                    environment.get(name.toUpperCase().replaceAll("[.-]", "_"))))
        .filter(value -> value != null && !value.isBlank())
        .findFirst();
  }
}
