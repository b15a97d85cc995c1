package dev.rustdist.catalog.database;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server run from the binaries that ship on the classpath, for when no database is
 * configured. Its data stays in its directory between runs, and it writes durably.
 *
 * <p>The server is a child process of the service, which learns at once when it exits, and stops it
 * when the JVM exits.
 */
public final class EmbeddedDatabase implements Closeable {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
  private static final String USER = "postgres";
  private static final String DATABASE = "postgres";

  private final Path dataDirectory;
  private final int port;
  private final Postmaster postmaster;
  private boolean closed;

  private EmbeddedDatabase(Path dataDirectory, int port, Postmaster postmaster) {
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.postmaster = postmaster;
  }

  /** Starts the server of that directory, creating it first if need be. */
  public static EmbeddedDatabase start(Path dataDirectory) throws IOException {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    PostgresBinaries binaries = PostgresBinaries.unpack();
    if (!Files.exists(directory.resolve("PG_VERSION"))) {
      binaries.run("initdb", "-A", "trust", "-U", USER, "-D", directory.toString(), "-E", "UTF-8");
      LOG.infof("Created a PostgreSQL database cluster in %s", directory);
    }
    int port = freePort();
    EmbeddedDatabase database =
        new EmbeddedDatabase(
            directory, port, Postmaster.start(binaries, directory, port, settings()));
    // the JVM ends no child process when it exits
    Runtime.getRuntime().addShutdownHook(new Thread(database::close, "postgres-shutdown"));
    return database;
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

  /** Stops the server (fast shutdown). */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      postmaster.stop();
    } catch (IOException e) {
      LOG.warnf(
          "PostgreSQL (PID %d) in %s did not stop cleanly: %s",
          postmaster.pid(), dataDirectory, e.getMessage());
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
