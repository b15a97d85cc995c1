package dev.rustdist.catalog.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server run as a child process of the service, so that the service learns at once
 * when it exits. Its messages go to the service's log, a line each.
 */
final class Postmaster {

  private static final Logger LOG = Logger.getLogger(Postmaster.class);
  // crash recovery replays the write-ahead log before the server accepts connections
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

  private final PostgresBinaries binaries;
  private final Path dataDirectory;
  private final Process process;

  private Postmaster(PostgresBinaries binaries, Path dataDirectory, Process process) {
    this.binaries = binaries;
    this.dataDirectory = dataDirectory;
    this.process = process;
  }

  /** Starts a server and returns once it accepts connections. */
  static Postmaster start(
      PostgresBinaries binaries, Path dataDirectory, int port, Map<String, String> settings)
      throws IOException {
    List<String> arguments = new ArrayList<>(List.of("-D", dataDirectory.toString()));
    arguments.addAll(List.of("-p", Integer.toString(port)));
    settings.forEach((name, value) -> arguments.addAll(List.of("-c", name + "=" + value)));
    Process process =
        new ProcessBuilder(binaries.command("postgres", arguments.toArray(String[]::new)))
            .redirectErrorStream(true)
            .start();
    relayOutput(process);
    Postmaster postmaster = new Postmaster(binaries, dataDirectory, process);
    try {
      postmaster.awaitReady();
    } catch (IOException e) {
      // one that never got ready loses nothing when killed: it would start over the same way
      process.destroyForcibly();
      throw e;
    }
    return postmaster;
  }

  long pid() {
    return process.pid();
  }

  /** Blocks until the server has exited, however it came to, and returns its exit code. */
  int awaitExit() {
    while (true) {
      try {
        return process.waitFor();
      } catch (InterruptedException e) {
        // only an exit ends the wait
      }
    }
  }

  /** Fast shutdown: open transactions are rolled back, the data is checkpointed. */
  void stop() throws IOException {
    stop(binaries, dataDirectory, process.toHandle());
  }

  /** Fast shutdown of that server of that directory, waiting for it to exit. */
  static void stop(PostgresBinaries binaries, Path dataDirectory, ProcessHandle server)
      throws IOException {
    if (!server.isAlive()) {
      return;
    }
    binaries.run(
        "pg_ctl",
        "stop",
        "-D",
        dataDirectory.toString(),
        "-m",
        "fast",
        "-w",
        "-t",
        Long.toString(SHUTDOWN_TIMEOUT.toSeconds()));
    long deadline = System.nanoTime() + SHUTDOWN_TIMEOUT.toNanos();
    while (server.isAlive()) {
      if (System.nanoTime() > deadline) {
        throw new IOException(
            "PostgreSQL (PID " + server.pid() + ") did not exit after it stopped");
      }
      pause();
    }
  }

  /**
   * Ready is what the server writes into its {@code postmaster.pid} once it accepts connections, as
   * {@code pg_ctl -w} waits for it.
   */
  private void awaitReady() throws IOException {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IOException(
            "PostgreSQL exited with code " + process.exitValue() + " as it started");
      }
      if (PostmasterPidFile.read(dataDirectory)
          .filter(file -> file.pid() == pid() && file.ready())
          .isPresent()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IOException(
            "PostgreSQL did not start within " + STARTUP_TIMEOUT.toSeconds() + " s");
      }
      pause();
    }
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(POLL_INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for PostgreSQL");
    }
  }

  private static void relayOutput(Process process) {
    Thread relay =
        new Thread(
            () -> {
              try (BufferedReader output =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                output.lines().forEach(LOG::info);
              } catch (IOException | UncheckedIOException e) {
                LOG.debugf("Stopped reading PostgreSQL's output: %s", e.getMessage());
              }
            },
            "postgres-" + process.pid());
    relay.setDaemon(true);
    relay.start();
  }
}
