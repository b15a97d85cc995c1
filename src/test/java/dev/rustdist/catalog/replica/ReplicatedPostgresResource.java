package dev.rustdist.catalog.replica;

import dev.rustdist.catalog.DatabaseFiles;
import dev.rustdist.catalog.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real primary and a real streaming replica of it, both from the embedded PostgreSQL binaries:
 * the replica is a base backup of the primary that streams its write-ahead log from a slot.
 */
public class ReplicatedPostgresResource implements QuarkusTestResourceLifecycleManager {

  static EmbeddedDatabase primary;
  static EmbeddedDatabase replica;
  private Path directory;

  @Override
  public Map<String, String> start() {
    try {
      directory = Files.createTempDirectory("catalog-test-replicated");
      primary = EmbeddedDatabase.start(directory.resolve("primary"), () -> {});
      replica = primary.startStandby(directory.resolve("replica"), "test_replica", () -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> config = new HashMap<>(primary.datasourceConfig());
    config.put("catalog.read-replica.jdbc-url", replica.jdbcUrl());
    return config;
  }

  @Override
  public void stop() {
    if (replica != null) {
      replica.close();
    }
    if (primary != null) {
      primary.close();
    }
    if (directory != null) {
      DatabaseFiles.delete(directory);
    }
  }
}
