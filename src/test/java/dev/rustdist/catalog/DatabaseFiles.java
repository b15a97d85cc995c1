package dev.rustdist.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** The files of a test's own database: gone with it, as each run left 40-130 MB in /tmp. */
public final class DatabaseFiles {

  private static final Logger LOG = Logger.getLogger(DatabaseFiles.class);

  private DatabaseFiles() {}

  /** Deletes a stopped database's directory, and everything in it. */
  public static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.warn("Could not delete the test database's files in " + directory, e);
    }
  }
}
