package dev.rustdist.catalog.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A copy of a running server's data directory that starts as its streaming standby, made as {@code
 * pg_basebackup -R} would make it, which the embedded binaries lack: PostgreSQL's low-level backup
 * API around a copy of the files (the server runs on this machine), a replication slot that keeps
 * the write-ahead log the standby has yet to stream, and the standby's settings.
 */
final class BaseBackup {

  // rebuilt by the server, or of the running server alone (PostgreSQL's documentation lists them)
  private static final Set<String> EMPTIED =
      Set.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");
  private static final Set<String> LEFT_OUT =
      Set.of("postmaster.pid", "postmaster.opts", "service.lock", "standby.signal");

  private BaseBackup() {}

  /** Copies the primary's data into {@code standby}, ready to start as its standby. */
  static void make(Path primaryData, String primaryUrl, int primaryPort, Path standby, String slot)
      throws IOException {
    try (Connection connection = DriverManager.getConnection(primaryUrl);
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_create_physical_replication_slot('" + slot + "', true)");
      statement.execute("SELECT pg_backup_start('" + slot + "', true)");
      copy(primaryData, standby);
      try (ResultSet stopped =
          statement.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")) {
        stopped.next();
        Files.writeString(standby.resolve("backup_label"), stopped.getString(1));
        String tablespaces = stopped.getString(2);
        if (tablespaces != null && !tablespaces.isEmpty()) {
          Files.writeString(standby.resolve("tablespace_map"), tablespaces);
        }
      }
    } catch (SQLException e) {
      throw new IOException("The base backup of " + primaryData + " failed: " + e.getMessage(), e);
    }
    Files.writeString(standby.resolve("standby.signal"), "");
    Files.writeString(
        standby.resolve("postgresql.auto.conf"),
        String.format(
            "primary_conninfo = 'host=localhost port=%d user=postgres application_name=%s'%n"
                + "primary_slot_name = '%s'%nhot_standby = on%n",
            primaryPort, slot, slot),
        java.nio.file.StandardOpenOption.APPEND);
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
              throws IOException {
            Path target = to.resolve(from.relativize(directory).toString());
            Files.createDirectories(target);
            target.toFile().setReadable(false, false);
            target.toFile().setReadable(true, true);
            target.toFile().setExecutable(false, false);
            target.toFile().setExecutable(true, true);
            boolean emptied =
                !directory.equals(from) && EMPTIED.contains(directory.getFileName().toString());
            if (emptied && directory.getFileName().toString().equals("pg_wal")) {
              Files.createDirectories(target.resolve("archive_status"));
            }
            return emptied ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (file.getParent().equals(from) && LEFT_OUT.contains(file.getFileName().toString())) {
              return FileVisitResult.CONTINUE;
            }
            try {
              Files.copy(
                  file,
                  to.resolve(from.relativize(file).toString()),
                  StandardCopyOption.COPY_ATTRIBUTES);
            } catch (NoSuchFileException gone) {
              // a temporary file the server removed meanwhile: the log replays what matters
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw new UncheckedIOException(e);
          }
        });
  }
}
