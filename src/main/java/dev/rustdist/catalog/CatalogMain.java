package dev.rustdist.catalog;

import dev.rustdist.catalog.database.EmbeddedDatabase;
import dev.rustdist.catalog.http.EventLoops;
import dev.rustdist.catalog.http.RequestGuards;
import dev.rustdist.catalog.observability.Tracing;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Starts the service. Where no datasource is configured, it first starts an embedded PostgreSQL
 * that keeps its data in {@code CATALOG_DATA_DIR} (default {@code ~/.rust-dist-catalog/postgres})
 * and points the service at it; Flyway then migrates it as it would any database.
 */
@QuarkusMain
public final class CatalogMain {

  private static final Logger LOG = Logger.getLogger(CatalogMain.class);
  private static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";

  // not private: Quarkus makes the main class a bean, and says so at every build when it cannot
  // construct it without reflection
  CatalogMain() {}

  public static void main(String... args) throws Exception {
    RequestGuards.replaceServerChecks();
    EventLoops.onePerCore();
    Tracing.settings(System.getenv()).forEach(System::setProperty);
    if (datasourceConfigured()) {
      Quarkus.run(args);
      return;
    }
    Path dataDirectory = dataDirectory();
    // no try-with-resources: Quarkus.run ends the JVM, and the database stops in a shutdown hook
    EmbeddedDatabase database =
        EmbeddedDatabase.start(dataDirectory, CatalogMain::exitToBeRestarted);
    database.datasourceConfig().forEach(System::setProperty);
    LOG.infof(
        "No datasource configured: started an embedded PostgreSQL at %s with its data in %s"
            + " (fsync=%s)",
        database.jdbcUrl(), dataDirectory, database.setting("fsync"));
    Quarkus.run(args);
  }

  /**
   * The embedded PostgreSQL died and could not be started again: the service exits non-zero, so
   * that what runs it (systemd, Kubernetes, a shell loop) starts it afresh.
   */
  private static void exitToBeRestarted() {
    LOG.error("Exiting with status 1 for the service to be started again");
    System.exit(1);
  }

  private static boolean datasourceConfigured() {
    return System.getProperty(JDBC_URL_PROPERTY) != null
        || System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null;
  }

  private static Path dataDirectory() {
    String configured = System.getenv("CATALOG_DATA_DIR");
    if (configured == null) {
      configured = System.getProperty("catalog.data-dir");
    }
    return configured != null
        ? Path.of(configured).toAbsolutePath()
        : Path.of(System.getProperty("user.home"), ".rust-dist-catalog", "postgres");
  }
}
