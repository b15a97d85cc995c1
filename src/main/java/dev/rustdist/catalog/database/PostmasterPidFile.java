package dev.rustdist.catalog.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lock a postmaster keeps in its data directory, {@code postmaster.pid}: its PID on the first
 * line and, on the eighth, its status ({@code ready} once it accepts connections).
 */
record PostmasterPidFile(long pid, String status) {

  static final String NAME = "postmaster.pid";

  static boolean exists(Path dataDirectory) {
    return Files.exists(dataDirectory.resolve(NAME));
  }

  /** Empty where there is no such file, or none that a live postmaster could have written. */
  static Optional<PostmasterPidFile> read(Path dataDirectory) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(dataDirectory.resolve(NAME));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PostmasterPidFile(
              Long.parseLong(lines.get(0).trim()), lines.size() > 7 ? lines.get(7).trim() : ""));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  boolean ready() {
    return status.equals("ready");
  }
}
