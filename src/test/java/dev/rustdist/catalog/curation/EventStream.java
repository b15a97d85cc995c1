package dev.rustdist.catalog.curation;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server-sent event stream as a client reads it: the raw lines as they arrive, read on a thread
 * of their own, taken with a timeout each. Closing it drops the connection, as a client that goes
 * away does.
 */
final class EventStream implements AutoCloseable {

  /** One block of lines up to a blank line: an event, or only comments and a retry. */
  record Event(String id, String name, String data, String retry, List<String> comments) {

    boolean isChange() {
      return "change".equals(name);
    }

    long revision() {
      return Long.parseLong(id);
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private static final String END = "\u0000end";

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Thread reader;

  private EventStream(HttpResponse<InputStream> response) {
    this.response = response;
    this.reader = new Thread(this::read, "event-stream-reader");
    reader.setDaemon(true);
    reader.start();
  }

  static EventStream open(URI uri, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(5))
            .header("Accept", "text/event-stream");
    headers.forEach(request::header);
    try {
      return new EventStream(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int status() {
    return response.statusCode();
  }

  Optional<String> header(String name) {
    return response.headers().firstValue(name);
  }

  private void read() {
    try (BufferedReader body =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      for (String line = body.readLine(); line != null; line = body.readLine()) {
        lines.add(line);
      }
    } catch (IOException closed) {
      // the stream ends either way
    } finally {
      lines.add(END);
    }
  }

  /** The next block of lines, or a failure when none is complete within the timeout. */
  Event next(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String id = null;
    String name = null;
    String retry = null;
    StringBuilder data = null;
    List<String> comments = new ArrayList<>();
    while (true) {
      String line;
      try {
        line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (line == null) {
        return fail("no complete event within " + timeout);
      }
      if (line.equals(END)) {
        return fail("the stream ended");
      }
      if (line.isEmpty()) {
        return new Event(id, name, data == null ? null : data.toString(), retry, comments);
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      value = value.startsWith(" ") ? value.substring(1) : value;
      switch (field) {
        case "" -> comments.add(value);
        case "id" -> id = value;
        case "event" -> name = value;
        case "retry" -> retry = value;
        case "data" ->
            data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        default -> fail("an unknown field: " + line);
      }
    }
  }

  /** The next change event, heartbeats and other comments skipped. */
  Event nextChange(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Event event = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      if (event.isChange()) {
        return event;
      }
    }
  }

  /** The revisions of the next change events, as many as asked for. */
  List<Long> nextRevisions(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Long> revisions = new ArrayList<>();
    while (revisions.size() < count) {
      revisions.add(
          nextChange(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))).revision());
    }
    return revisions;
  }

  /** Fails if a change event arrives within the time; other blocks are skipped. */
  void expectNoChange(Duration quiet) {
    long deadline = System.nanoTime() + quiet.toNanos();
    while (System.nanoTime() < deadline) {
      String line;
      try {
        line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (line != null && (line.startsWith("id:") || line.startsWith("event:"))) {
        fail("an event arrived where none should: " + line);
      }
    }
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // closed either way
    }
    reader.interrupt();
  }
}
