package dev.rustdist.catalog;

import dev.rustdist.catalog.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

  @Override
  public Map<String, String> start() {
    if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
        || System.getProperty("quarkus.datasource.jdbc.url") != null) {
      LOG.info("Testing against the configured PostgreSQL");
      return Map.of();
    }
    if (DockerClientFactory.instance().isDockerAvailable()) {
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
      embedded =
          EmbeddedDatabase.start(Files.createTempDirectory("catalog-test-postgres"), () -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("No Docker engine: testing against an embedded PostgreSQL at " + embedded.jdbcUrl());
    return embedded.datasourceConfig();
  }

  @Override
  public void stop() {
    if (container != null) {
      container.stop();
    }
    if (embedded != null) {
      embedded.close();
    }
  }
}
