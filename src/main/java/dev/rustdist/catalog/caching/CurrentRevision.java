package dev.rustdist.catalog.caching;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The dataset revision, kept in memory so that reads need not ask the database for it. It is read
 * at start, after every write this instance commits, and whenever PostgreSQL notifies that another
 * instance (or a migration, or a curator's SQL) committed a change.
 */
@ApplicationScoped
public class CurrentRevision {

  private static final Logger LOG = Logger.getLogger(CurrentRevision.class);
  private static final String CHANNEL = "catalog_revision";

  /** A revision and when the data reached it. */
  public record Revision(long number, OffsetDateTime modifiedAt) {}

  private final AtomicReference<Revision> current = new AtomicReference<>();
  private final DataSource dataSource;
  private final String url;
  private final Optional<String> user;
  private final Optional<String> password;
  private volatile boolean running = true;
  private Thread listener;

  CurrentRevision(
      DataSource dataSource,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.dataSource = dataSource;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  void start(@Observes StartupEvent event) {
    refresh();
    listener = new Thread(this::listen, "catalog-revision-listener");
    listener.setDaemon(true);
    listener.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  public Revision get() {
    return current.get();
  }

  /** Reads the revision from the database; blocking. */
  public Revision refresh() {
    try (Connection connection = dataSource.getConnection()) {
      return refresh(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("the dataset revision could not be read", e);
    }
  }

  private Revision refresh(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select revision, modified_at from dataset")) {
      row.next();
      return advance(new Revision(row.getLong(1), row.getObject(2, OffsetDateTime.class)));
    }
  }

  private Revision advance(Revision seen) {
    return current.accumulateAndGet(
        seen,
        (known, candidate) ->
            known == null || candidate.number() > known.number() ? candidate : known);
  }

  private void listen() {
    while (running) {
      try (Connection connection =
              DriverManager.getConnection(url, user.orElse(null), password.orElse(null));
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + CHANNEL);
        // a change may have committed before LISTEN took effect
        refresh(connection);
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] received = notifications.getNotifications(10_000);
          if (received != null && received.length > 0) {
            refresh(connection);
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.warnf("Listening for dataset revisions failed (%s); retrying", e.getMessage());
          pause();
        }
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
