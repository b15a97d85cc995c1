package dev.rustdist.catalog;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The run the build makes to record the class archive (app-cds.jsa) the service starts from: with
 * {@code catalog.class-archive.training=true}, once the service listens it reads what a first
 * client reads, then exits, and the JVM writes every class loaded so far into the archive. So the
 * archive holds the classes of starting against a database and of a first answer, not only those of
 * the service's static initialisation, which is all the build's own recording reaches.
 */
@ApplicationScoped
class ClassArchiveTraining {

  private static final Logger LOG = Logger.getLogger(ClassArchiveTraining.class);

  // reads of each kind a first client makes: a page, a crate, a search, the categories, an
  // unknown crate (a problem), the contract and the probes
  private static final List<String> READS =
      List.of(
          "/q/health/ready",
          "/api/v1/crates?maturity=experimental&limit=1",
          "/api/v1/crates/tokio",
          "/api/v1/crates?q=raft",
          "/api/v1/categories",
          "/api/v1/crates/no-such-crate",
          "/q/openapi",
          "/q/health/live");

  private static final Duration READY_WITHIN = Duration.ofSeconds(60);

  void train(
      @Observes StartupEvent start,
      @ConfigProperty(name = "catalog.class-archive.training", defaultValue = "false")
          boolean training,
      @ConfigProperty(name = "quarkus.http.port") int port) {
    if (!training) {
      return;
    }
    Thread reads = new Thread(() -> readThenExit(port), "class-archive-training");
    reads.setDaemon(true);
    reads.start();
  }

  private static void readThenExit(int port) {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(READY_WITHIN);
    int status = 1;
    try {
      // the socket opens after the start-up observers have run
      while (read(client, port, READS.get(0)) != 200) {
        if (Instant.now().isAfter(deadline)) {
          throw new IOException("the service was not ready within " + READY_WITHIN);
        }
        Thread.sleep(100);
      }
      for (String path : READS) {
        LOG.infof("%s: %d", path, read(client, port, path));
      }
      status = 0;
    } catch (IOException e) {
      LOG.error("Training the class archive failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Quarkus.asyncExit(status);
  }

  private static int read(HttpClient client, int port, String path)
      throws IOException, InterruptedException {
    try {
      return client
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (ConnectException notListeningYet) {
      return -1;
    }
  }
}
