package dev.rustdist.catalog.database;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server run from the binaries that ship on the classpath, for when no database is
 * configured. Its data stays in its directory between runs, and it writes durably.
 *
 * <p>The server is a child process that the service supervises: if it dies, it is started again on
 * the same port, so that the connection pool reconnects by itself; if it cannot be, {@code
 * whenLost} is told. A child survives a service killed with SIGKILL, though, as nothing can end it
 * then; the next start of the service recognises that server by its {@code postmaster.pid} and
 * stops it before starting its own.
 */
public final class EmbeddedDatabase implements Closeable {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
  private static final String USER = "postgres";
  private static final String DATABASE = "postgres";
  // held by the service that runs the directory's server, and let go by the system when it dies
  private static final String SERVICE_LOCK = "service.lock";
  private static final int RESTART_ATTEMPTS = 3;
  private static final Duration RESTART_PAUSE = Duration.ofSeconds(1);
  // beyond the service's shutdown delay and timeout together (application.properties)
  private static final Duration SERVICE_STOP_TIMEOUT = Duration.ofSeconds(60);

  private final PostgresBinaries binaries;
  private final Path dataDirectory;
  private final FileChannel serviceLock;
  private final int port;
  private final Runnable whenLost;
  private Postmaster postmaster;
  private boolean closed;

  private EmbeddedDatabase(
      PostgresBinaries binaries,
      Path dataDirectory,
      FileChannel serviceLock,
      int port,
      Runnable whenLost) {
    this.binaries = binaries;
    this.dataDirectory = dataDirectory;
    this.serviceLock = serviceLock;
    this.port = port;
    this.whenLost = whenLost;
  }

  /**
   * Starts the server of that directory (creating it first if need be) and supervises it; {@code
   * whenLost} runs if it dies and cannot be started again.
   */
  public static EmbeddedDatabase start(Path dataDirectory, Runnable whenLost) throws IOException {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    PostgresBinaries binaries = PostgresBinaries.unpack();
    if (!Files.exists(directory.resolve("PG_VERSION"))) {
      binaries.run("initdb", "-A", "trust", "-U", USER, "-D", directory.toString(), "-E", "UTF-8");
      LOG.infof("Created a PostgreSQL database cluster in %s", directory);
    }
    FileChannel serviceLock = lockForThisService(directory);
    try {
      stopLeftoverServer(binaries, directory);
      EmbeddedDatabase database =
          new EmbeddedDatabase(binaries, directory, serviceLock, freePort(), whenLost);
      database.postmaster = database.startPostmaster();
      Thread supervisor = new Thread(database::supervise, "postgres-supervisor");
      supervisor.setDaemon(true);
      supervisor.start();
      // the JVM ends no child process when it exits; the service drains its requests first
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    ServiceLifecycle.awaitStop(SERVICE_STOP_TIMEOUT);
                    database.close();
                  },
                  "postgres-shutdown"));
      return database;
    } catch (IOException | RuntimeException e) {
      serviceLock.close();
      throw e;
    }
  }

  /**
   * Starts a streaming standby of this server in its own data directory, made from a copy of this
   * one's (see {@link BaseBackup}) unless the directory already holds one, and supervises it.
   */
  public EmbeddedDatabase startStandby(Path standbyDirectory, String slot, Runnable whenLost)
      throws IOException {
    Path directory = standbyDirectory.toAbsolutePath().normalize();
    if (!Files.exists(directory.resolve("PG_VERSION"))) {
      Files.createDirectories(directory);
      BaseBackup.make(dataDirectory, jdbcUrl(), port, directory, slot);
      LOG.infof("Made a standby of %s in %s", dataDirectory, directory);
    }
    return start(directory, whenLost);
  }

  /** The Quarkus datasource configuration that points at this server. */
  public Map<String, String> datasourceConfig() {
    return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(), "quarkus.datasource.username", USER);
  }

  public String jdbcUrl() {
    return String.format("jdbc:postgresql://localhost:%d/%s?user=%s", port, DATABASE, USER);
  }

  /** The server's own answer to SHOW, e.g. for fsync. */
  public String setting(String name) throws SQLException {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl());
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW " + name)) {
      result.next();
      return result.getString(1);
    }
  }

  /** Stops the server (fast shutdown) and lets the directory go; it is not started again. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        postmaster.stop();
      } catch (IOException e) {
        LOG.warnf("PostgreSQL (PID %d) did not stop cleanly: %s", postmaster.pid(), e.getMessage());
      }
    }
    try {
      serviceLock.close();
    } catch (IOException e) {
      LOG.debugf("The lock on %s was let go with an error: %s", dataDirectory, e.getMessage());
    }
  }

  /**
   * Command-line settings win over the data directory's configuration files, so these hold whatever
   * those say.
   */
  private static Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    // written to disk before a commit returns, and whole pages after a checkpoint: no committed
    // data is lost, and no file is torn, when the server or the machine crashes
    settings.put("fsync", "on");
    settings.put("synchronous_commit", "on");
    settings.put("full_page_writes", "on");
    settings.put("timezone", "UTC");
    settings.put("max_connections", "300");
    // the service's log stamps the time; the PID tells the server from its backends
    settings.put("log_line_prefix", "[%p] ");
    return settings;
  }

  private Postmaster startPostmaster() throws IOException {
    return Postmaster.start(binaries, dataDirectory, port, settings());
  }

  /** Waits for the server to exit; unless the service closed it, starts it again. */
  private void supervise() {
    while (true) {
      Postmaster watched;
      synchronized (this) {
        watched = postmaster;
      }
      int exitCode = watched.awaitExit();
      synchronized (this) {
        if (closed) {
          return;
        }
      }
      LOG.warnf(
          "PostgreSQL (PID %d) died with exit code %d: restarting it on port %d",
          watched.pid(), exitCode, port);
      if (!restart()) {
        LOG.errorf(
            "PostgreSQL could not be restarted in %d attempts: the service cannot go on without it",
            RESTART_ATTEMPTS);
        whenLost.run();
        return;
      }
    }
  }

  private boolean restart() {
    for (int attempt = 1; attempt <= RESTART_ATTEMPTS; attempt++) {
      long started = System.nanoTime();
      try {
        synchronized (this) {
          if (closed) {
            return true;
          }
          postmaster = startPostmaster();
        }
        LOG.infof(
            "PostgreSQL restarted (PID %d) on port %d in %d ms",
            postmaster.pid(), port, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return true;
      } catch (IOException e) {
        LOG.warnf("Restart %d of %d failed: %s", attempt, RESTART_ATTEMPTS, e.getMessage());
      }
      if (attempt < RESTART_ATTEMPTS) {
        pause();
      }
    }
    return false;
  }

  /**
   * Only the service holding this lock runs the directory's server: a second service on the same
   * directory is refused, and a server found running while the lock is free was left behind.
   */
  private static FileChannel lockForThisService(Path dataDirectory) throws IOException {
    FileChannel channel =
        FileChannel.open(
            dataDirectory.resolve(SERVICE_LOCK),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(dataDirectory + " is in use by another running service");
    }
    return channel;
  }

  /**
   * A server of this directory that no service holds was left running by a service that was killed:
   * it is stopped (fast shutdown), once its PID is known to still be a PostgreSQL server of this
   * directory and not a process that has since been given the same PID. A {@code postmaster.pid}
   * naming such another process would keep PostgreSQL from starting, so it goes. One naming no
   * process is left to PostgreSQL, which removes it itself once it has checked that no process of
   * the dead server is still at work on the data.
   */
  private static void stopLeftoverServer(PostgresBinaries binaries, Path dataDirectory)
      throws IOException {
    if (!PostmasterPidFile.exists(dataDirectory)) {
      return;
    }
    Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dataDirectory);
    Optional<ProcessHandle> holder =
        pidFile.flatMap(file -> ProcessHandle.of(file.pid())).filter(ProcessHandle::isAlive);
    if (pidFile.isPresent() && holder.isEmpty()) {
      return;
    }
    if (holder.isPresent() && runsPostgresOn(holder.get(), dataDirectory)) {
      LOG.infof(
          "Stopping PostgreSQL (PID %d), left running on %s by a service that was killed",
          holder.get().pid(), dataDirectory);
      Postmaster.stop(binaries, dataDirectory, holder.get());
      return;
    }
    LOG.infof(
        "Removing a stale %s from %s: it names %s, which is no PostgreSQL server of it",
        PostmasterPidFile.NAME,
        dataDirectory,
        holder.map(process -> "PID " + process.pid()).orElse("no process"));
    Files.delete(dataDirectory.resolve(PostmasterPidFile.NAME));
  }

  /** A PostgreSQL server whose {@code -D} is that directory, however it was spelled. */
  private static boolean runsPostgresOn(ProcessHandle process, Path dataDirectory) {
    ProcessHandle.Info info = process.info();
    boolean postgres =
        info.command()
            .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
            .orElse(false);
    List<String> arguments = info.arguments().map(List::of).orElse(List.of());
    int option = arguments.indexOf("-D");
    return postgres
        && option >= 0
        && option + 1 < arguments.size()
        && sameDirectory(Path.of(arguments.get(option + 1)), dataDirectory);
  }

  private static boolean sameDirectory(Path one, Path other) {
    try {
      return Files.isSameFile(one, other);
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(RESTART_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
