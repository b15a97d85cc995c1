package dev.rustdist.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the packaged service, or the embedded PostgreSQL under it, as a crash would, and checks
 * through HTTP that the service comes back by itself; or stops it as Kubernetes does, and checks
 * that it drains what it was answering. Each test runs the jar as the README's run command does,
 * with a data directory and an HTTP port of its own.
 */
class EmbeddedPostgresFaultIT {

  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresFaultIT.class);
  private static final Path APPLICATION = Path.of("target", "quarkus-app").toAbsolutePath();
  // a start on two cores that other builds share; healing is expected within seconds
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration HEALING_TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path work;
  private final List<Service> services = new ArrayList<>();

  @Test
  void shouldStartAtTheFirstTryAfterTheServiceWasKilled() throws Exception {
    Path data = work.resolve("data");
    Service killed = start(data);
    killed.awaitReady();
    long leftover = postmasterPid(data);
    killed.process.destroyForcibly().waitFor();
    assertTrue(isAlive(leftover), "a service killed with SIGKILL leaves its PostgreSQL running");

    long killedAt = System.nanoTime();
    Service next = start(data);
    next.awaitReady();
    LOG.infof("Ready %d ms after the service was killed", millisSince(killedAt));

    assertFalse(isAlive(leftover), "the PostgreSQL left running is stopped");
    given().port(next.port).get("/api/v1/rings").then().statusCode(200);
    String log = next.log();
    assertThat(log, containsString("PID " + leftover + "), left running on " + data));
    assertThat(log, not(containsString("lock file")));
    assertThat(log.lines().count(), lessThan(50L));
  }

  @Test
  void shouldRestartPostgresThatDiedWhileServing() throws Exception {
    Path data = work.resolve("data");
    Service service = start(data);
    service.awaitReady();
    // read twice, the answer is kept: the third read is answered from that snapshot
    given().port(service.port).get("/api/v1/rings").then().statusCode(200);
    given().port(service.port).get("/api/v1/rings").then().statusCode(200);
    long postmaster = postmasterPid(data);

    long killedAt = System.nanoTime();
    ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
    await(HEALING_TIMEOUT, "readiness DOWN", () -> service.readiness() == 503);
    given().port(service.port).get("/api/v1/rings").then().statusCode(200);
    await(HEALING_TIMEOUT, "readiness UP again", () -> service.readiness() == 200);
    LOG.infof("Ready %d ms after PostgreSQL was killed", millisSince(killedAt));

    given()
        .port(service.port)
        .queryParam("limit", 3)
        .queryParam("offset", 1)
        .get("/api/v1/crates")
        .then()
        .statusCode(200)
        .body("items", hasSize(3));
    assertNotEquals(postmaster, postmasterPid(data));
    String log = service.log();
    assertThat(log, containsString("PostgreSQL (PID " + postmaster + ") died"));
    assertThat(log, containsString("PostgreSQL restarted"));
  }

  @Test
  void shouldDrainRequestsInFlightWhenTerminated() throws Exception {
    Service service = start(work.resolve("data"), Map.of("QUARKUS_SHUTDOWN_DELAY", "2S"));
    service.awaitReady();
    String body = "{\"ring\": \"hold\"}";
    try (Socket client = new Socket("127.0.0.1", service.port);
        Socket subscriber = new Socket("127.0.0.1", service.port)) {
      // a change stream open, which would otherwise hold the shutdown for its whole timeout
      subscriber.setSoTimeout(10_000);
      subscriber
          .getOutputStream()
          .write(
              "GET /api/v1/changes/stream HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      BufferedReader stream =
          new BufferedReader(
              new InputStreamReader(subscriber.getInputStream(), StandardCharsets.US_ASCII));
      assertThat(stream.readLine(), containsString("HTTP/1.1 200"));
      client.setSoTimeout(30_000);
      OutputStream out = client.getOutputStream();
      // a write whose body is still on its way when the service is told to stop
      out.write(
          ("PATCH /api/v1/crates/lunatic HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/merge-patch+json\r\n"
                  + "Content-Length: "
                  + body.length()
                  + "\r\n\r\n"
                  + body.substring(0, 5))
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(500);
      service.process.destroy(); // SIGTERM, as Kubernetes stops a pod

      // the delay: unready at once, while still answering, so that balancers stop sending
      await(Duration.ofSeconds(5), "readiness DOWN", () -> service.readiness() == 503);
      given().port(service.port).get("/api/v1/rings").then().statusCode(200);
      // the stream ends at once, for its client to go on elsewhere, and none opens here any more
      long ended = System.nanoTime();
      while (stream.readLine() != null) {
        // the rest of the stream, up to its end
      }
      assertTrue(Duration.ofNanos(System.nanoTime() - ended).toSeconds() < 5, "the stream ends");
      given()
          .port(service.port)
          .get("/api/v1/changes/stream")
          .then()
          .statusCode(503)
          .header("Retry-After", "5");
      // then new requests are refused (503, or no connection) while those in flight finish
      await(
          Duration.ofSeconds(10),
          "new requests refused while draining",
          () -> service.status("/api/v1/rings") != 200);

      out.write(body.substring(5).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      // no curators' key is configured: the write is refused, but it is answered
      assertThat(statusLine, containsString("HTTP/1.1 401"));
    }
    assertTrue(service.process.waitFor(30, TimeUnit.SECONDS), "the service exits");
    assertThat(service.log(), not(containsString("Timed out waiting for graceful shutdown")));
  }

  @Test
  void shouldExitNonZeroWhenPostgresCannotBeRestarted() throws Exception {
    Path data = work.resolve("data");
    Service service = start(data);
    service.awaitReady();
    // read only as a server starts: the running one is unaffected, every restart fails
    Files.writeString(
        data.resolve("postgresql.auto.conf"), "not a setting\n", StandardOpenOption.APPEND);

    ProcessHandle.of(postmasterPid(data)).orElseThrow().destroyForcibly();
    assertTrue(
        service.process.waitFor(HEALING_TIMEOUT.toSeconds(), TimeUnit.SECONDS),
        "the service exits");

    assertNotEquals(0, service.process.exitValue());
    String log = service.log();
    assertThat(log, containsString("PostgreSQL could not be restarted in 3 attempts"));
    assertThat(log, containsString("Exiting with status 1"));
  }

  /** Whatever a test left running: the services, then the PostgreSQL a killed one left behind. */
  @AfterEach
  void stopWhatWasStarted() throws Exception {
    for (Service service : services) {
      stop(service.process.toHandle());
    }
    for (Service service : services) {
      readPostmasterPid(service.dataDirectory)
          .flatMap(ProcessHandle::of)
          .filter(process -> runsPostgresOn(process, service.dataDirectory))
          .ifPresent(EmbeddedPostgresFaultIT::stop);
    }
  }

  private Service start(Path dataDirectory) throws IOException {
    return start(dataDirectory, Map.of());
  }

  private Service start(Path dataDirectory, Map<String, String> settings) throws IOException {
    Path log = work.resolve("service-" + services.size() + ".log");
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=app-cds.jsa",
                "-Xmx160m",
                "-XX:+UseSerialGC",
                "-jar",
                "quarkus-run.jar")
            .directory(APPLICATION.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    // the service starts its own PostgreSQL only where no other is configured
    environment.keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE_"));
    environment.put("CATALOG_DATA_DIR", dataDirectory.toString());
    environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    environment.putAll(settings);
    Service service = new Service(builder.start(), port, dataDirectory, log);
    services.add(service);
    return service;
  }

  private record Service(Process process, int port, Path dataDirectory, Path logFile) {

    void awaitReady() {
      long started = process.info().startInstant().map(Instant::toEpochMilli).orElseThrow();
      await(
          START_TIMEOUT,
          "the service to be ready",
          () -> {
            if (!process.isAlive()) {
              fail("the service exited with " + process.exitValue() + ":\n" + log());
            }
            return readiness() == 200;
          });
      LOG.infof("Service ready %d ms after it started", System.currentTimeMillis() - started);
    }

    /** The status of /q/health/ready, or -1 while nothing answers. */
    int readiness() {
      return status("/q/health/ready");
    }

    /** The status of a GET, or -1 while nothing answers. */
    int status(String path) {
      try {
        return given().port(port).get(path).statusCode();
      } catch (Exception e) { // rest-assured rethrows the ConnectException undeclared
        return -1;
      }
    }

    String log() {
      try {
        return Files.readString(logFile);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static long postmasterPid(Path dataDirectory) throws IOException {
    Optional<Long> pid = readPostmasterPid(dataDirectory);
    assertTrue(pid.isPresent(), "a postmaster.pid in " + dataDirectory);
    return pid.get();
  }

  private static Optional<Long> readPostmasterPid(Path dataDirectory) throws IOException {
    Path file = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Files.readAllLines(file).stream().findFirst().map(line -> Long.valueOf(line.trim()));
  }

  private static boolean runsPostgresOn(ProcessHandle process, Path dataDirectory) {
    String commandLine = process.info().commandLine().orElse("");
    return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
  }

  private static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** SIGTERM (a clean stop, for PostgreSQL a smart shutdown), and SIGKILL if it is not enough. */
  private static void stop(ProcessHandle process) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      process.onExit().join();
    }
  }

  private static void await(Duration timeout, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("waited " + timeout.toSeconds() + " s for " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting for " + what);
      }
    }
  }

  private static long millisSince(long nanoTime) {
    return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
