package dev.rustdist.catalog.caching;

import dev.rustdist.catalog.database.Opening;
import dev.rustdist.catalog.database.Sql;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.PGProperty;

/**
 * The dataset revision, kept in memory so that reads need not ask the database for it. It is read
 * at start, after every write this instance commits, by every read that goes to the database, and
 * on a connection of its own that listens for the commits of others ({@code LISTEN}) and asks for
 * the revision every second besides. That connection answers within a short socket timeout or is
 * replaced, so that a connection gone silent (half-open) cannot leave this instance on an old
 * revision for more than {@link #STALENESS_BOUND}.
 */
@ApplicationScoped
public class CurrentRevision {

  /** How long this instance may go on serving a revision older than the newest committed. */
  public static final Duration STALENESS_BOUND = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(CurrentRevision.class);
  private static final String CHANNEL = "catalog_revision";
  private static final int HEARTBEAT_MILLIS = 1_000;
  private static final int SOCKET_TIMEOUT_SECONDS = 2;
  private static final int RETRY_PAUSE_MILLIS = 500;
  private static final String READ = "select revision, modified_at from dataset";
  // the first statement of a read's transaction: what it reads next is of one revision
  private static final String ONE_REVISION =
      "set transaction isolation level repeatable read, read only;"
          + " set local statement_timeout = 5000";

  /** A revision and when the data reached it. */
  public record Revision(long number, OffsetDateTime modifiedAt) {}

  private final AtomicReference<Revision> current = new AtomicReference<>();
  // serialized: revisions are learnt on many threads at once
  private final SerializedProcessor<Revision, Revision> learnt =
      BroadcastProcessor.<Revision>create().serialized();
  private final DataSource dataSource;
  private final String listenerUrl;
  private final Optional<String> user;
  private final Optional<String> password;
  private final Counter notificationsReceived;
  private volatile boolean running = true;
  private Thread listener;

  CurrentRevision(
      DataSource dataSource,
      @ConfigProperty(name = "catalog.revision-listener.jdbc-url") String listenerUrl,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
      MeterRegistry registry) {
    this.dataSource = dataSource;
    this.listenerUrl = listenerUrl;
    this.user = user;
    this.password = password;
    Gauge.builder("catalog.dataset.revision", current, known -> number(known.get()))
        .description("The dataset revision this instance serves")
        .register(registry);
    Gauge.builder("catalog.dataset.revision.age", current, known -> age(known.get()))
        .baseUnit("seconds")
        .description("Seconds since the data reached the revision this instance serves")
        .register(registry);
    this.notificationsReceived =
        Counter.builder("catalog.revision.notifications")
            .description("Commits announced to this instance by LISTEN catalog_revision")
            .register(registry);
  }

  private static double number(Revision revision) {
    return revision == null ? Double.NaN : revision.number();
  }

  private static double age(Revision revision) {
    return revision == null || revision.modifiedAt() == null
        ? Double.NaN
        : Duration.between(revision.modifiedAt(), OffsetDateTime.now()).toMillis() / 1000.0;
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

  /**
   * Each revision this instance learns of from now on, as it becomes the current one: on a write of
   * its own, on another instance's commit announced by NOTIFY, or on the listener's poll every
   * second. Two learnt at once may arrive in either order: {@link #get()} tells which is current.
   */
  public Multi<Revision> advances() {
    return Multi.createFrom().publisher(learnt);
  }

  /**
   * Whether the thread that listens for other instances' commits still runs, connected or
   * reconnecting: without it this instance would serve its revision until it writes itself.
   */
  boolean listening() {
    return listener != null && listener.isAlive();
  }

  /** Reads the revision from the database; blocking. */
  public Revision refresh() {
    try (Connection connection = dataSource.getConnection()) {
      return read(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("the dataset revision could not be read", e);
    }
  }

  /**
   * What makes a read's transaction see one revision from its first statement on, and reads which:
   * the revision its reads are of, for the consumer and as this instance's newest known.
   */
  Opening opening(Consumer<Revision> readAt) {
    return new Opening(ONE_REVISION + "; " + READ, row -> readAt.accept(advance(revision(row))));
  }

  /** Opens the current transaction on this database now, and reads which revision it sees. */
  Revision readInTransaction(DataSource database) throws SQLException {
    AtomicReference<Revision> seen = new AtomicReference<>();
    try (Connection connection = database.getConnection()) {
      Sql.open(connection, opening(seen::set));
    }
    return seen.get();
  }

  private Revision read(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(READ)) {
      row.next();
      return advance(revision(row));
    }
  }

  private static Revision revision(ResultSet row) throws SQLException {
    return new Revision(row.getLong(1), row.getObject(2, OffsetDateTime.class));
  }

  private Revision advance(Revision seen) {
    Revision known =
        current.getAndAccumulate(
            seen,
            (previous, candidate) ->
                previous == null || candidate.number() > previous.number() ? candidate : previous);
    if (known == null || seen.number() > known.number()) {
      learnt.onNext(seen);
    }
    return seen;
  }

  private void listen() {
    long failingSince = 0;
    while (running) {
      try (Connection connection = connectListener();
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + CHANNEL);
        // a change may have committed before LISTEN took effect
        read(connection);
        if (failingSince != 0) {
          LOG.infof(
              "Listening for dataset revisions again, after %d ms",
              System.currentTimeMillis() - failingSince);
          failingSince = 0;
        }
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] received = notifications.getNotifications(HEARTBEAT_MILLIS);
          // whether or not a commit was announced: a connection that stopped answering fails
          // here within the socket timeout, and a notification lost on the way is made up for
          read(connection);
          if (received != null && received.length > 0) {
            notificationsReceived.increment(received.length);
            LOG.tracef("%d revision notification(s)", received.length);
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          if (failingSince == 0) {
            failingSince = System.currentTimeMillis();
            LOG.warnf(
                "Listening for dataset revisions failed (%s); reconnecting every %d ms",
                e.getMessage(), RETRY_PAUSE_MILLIS);
          }
          pause();
        }
      }
    }
  }

  private Connection connectListener() throws SQLException {
    Properties properties = new Properties();
    user.ifPresent(name -> properties.setProperty(PGProperty.USER.getName(), name));
    password.ifPresent(secret -> properties.setProperty(PGProperty.PASSWORD.getName(), secret));
    PGProperty.SOCKET_TIMEOUT.set(properties, SOCKET_TIMEOUT_SECONDS);
    PGProperty.CONNECT_TIMEOUT.set(properties, SOCKET_TIMEOUT_SECONDS);
    PGProperty.TCP_KEEP_ALIVE.set(properties, true);
    return DriverManager.getConnection(listenerUrl, properties);
  }

  private void pause() {
    try {
      Thread.sleep(RETRY_PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
