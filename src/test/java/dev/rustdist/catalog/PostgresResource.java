package dev.rustdist.catalog;

import dev.rustdist.catalog.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL the tests run against: an explicitly configured one if there is one, else a
 * Testcontainers postgres:17 where a Docker engine answers, else an embedded PostgreSQL 17.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  private static final Logger LOG = Logger.getLogger(PostgresResource.class);

  private PostgreSQLContainer container;
  private EmbeddedDatabase embedded;
  private Path dataDirectory;

  @Override
  public Map<String, String> start() {
    if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
        || System.getProperty("quarkus.datasource.jdbc.url") != null) {
      LOG.info("Testing against the configured PostgreSQL");
      return Map.of();
    }
    if (dockerMayAnswer() && DockerClientFactory.instance().isDockerAvailable()) {
      container = new PostgreSQLContainer("postgres:17");
      container.start();
      LOG.info("Testing against a Testcontainers postgres:17");
      return Map.of(
          "quarkus.datasource.jdbc.url", container.getJdbcUrl(),
          "quarkus.datasource.username", container.getUsername(),
          "quarkus.datasource.password", container.getPassword());
    }
    try {
      // tests fail by themselves when their database is gone for good
      dataDirectory = Files.createTempDirectory("catalog-test-postgres");
      embedded = EmbeddedDatabase.start(dataDirectory, () -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("No Docker engine: testing against an embedded PostgreSQL at " + embedded.jdbcUrl());
    return embedded.datasourceConfig();
  }

  /**
   * Whether anything points at a Docker engine: a configured host, or a socket where Docker or
   * Podman put theirs. Only then is Testcontainers asked, as its search for an engine logs an error
   * for each place it tries when there is none.
   */
  static boolean dockerMayAnswer() {
    if (System.getenv("DOCKER_HOST") != null) {
      return true;
    }
    Path home = Path.of(System.getProperty("user.home"));
    Path settings = home.resolve(".testcontainers.properties");
    try {
      if (Files.isReadable(settings)
          && Files.readString(settings)
              .matches("(?s).*\\b(docker\\.host|docker\\.client\\.strategy)\\b.*")) {
        return true;
      }
    } catch (IOException unreadable) {
      return true;
    }
    List<Path> sockets =
        new ArrayList<>(
            List.of(
                Path.of("/var/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock")));
    String runtime = System.getenv("XDG_RUNTIME_DIR");
    if (runtime != null) {
      sockets.add(Path.of(runtime, "docker.sock"));
      sockets.add(Path.of(runtime, "podman", "podman.sock"));
    }
    return sockets.stream().anyMatch(Files::exists);
  }

  @Override
  public void stop() {
    if (container != null) {
      container.stop();
    }
    if (embedded != null) {
      embedded.close();
      DatabaseFiles.delete(dataDirectory);
    }
  }
}
