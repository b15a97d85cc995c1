package dev.rustdist.catalog.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jboss.logging.Logger;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries that ship on the classpath in zonky's jars, unpacked once per build of
 * them into the temporary directory, where every service on the machine shares them.
 */
final class PostgresBinaries {

  private static final Logger LOG = Logger.getLogger(PostgresBinaries.class);
  private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

  private final Path home;

  private PostgresBinaries(Path home) {
    this.home = home;
  }

  static PostgresBinaries unpack() throws IOException {
    byte[] archive;
    try (InputStream packed =
        DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(
            system(), System.getProperty("os.arch"))) {
      archive = packed.readAllBytes();
    }
    Path home =
        Path.of(
            System.getProperty("java.io.tmpdir"), "rust-dist-catalog-postgres", digest(archive));
    if (!Files.isDirectory(home)) {
      // unpacked beside, then renamed into place: a directory that exists is complete, whichever
      // of several services starting at once unpacked it
      Files.createDirectories(home.getParent());
      Path unpacking = Files.createTempDirectory(home.getParent(), "unpacking-");
      try {
        extract(archive, unpacking);
        Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("Unpacked the PostgreSQL binaries into %s", home);
      } catch (IOException e) {
        if (!Files.isDirectory(home)) {
          throw e;
        }
      } finally {
        deleteIfLeft(unpacking);
      }
    }
    return new PostgresBinaries(home);
  }

  /**
   * The command line that runs one of the binaries. PostgreSQL refuses to run as root; as root, the
   * binaries run in a user namespace of their own, where they are not.
   */
  List<String> command(String program, String... arguments) {
    List<String> command = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(home.resolve("bin").resolve(WINDOWS ? program + ".exe" : program).toString());
    command.addAll(List.of(arguments));
    return command;
  }

  /** Runs one of the binaries to its end; its output is only shown when it fails. */
  void run(String program, String... arguments) throws IOException {
    List<String> command = command(program, arguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      int exitCode = process.waitFor();
      if (exitCode != 0) {
        throw new IOException(
            String.join(" ", command) + " failed with exit code " + exitCode + ":\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new IOException(program + " was interrupted", e);
    }
  }

  private static String system() {
    String name = System.getProperty("os.name");
    if (name.startsWith("Mac")) {
      return "Darwin";
    }
    return WINDOWS ? "Windows" : "Linux";
  }

  private static String digest(byte[] archive) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static void extract(byte[] archive, Path into) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException(
              "The PostgreSQL archive names a path outside it: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        if (entry.isSymbolicLink()) {
          Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else {
          Files.copy(tar, target);
          if ((entry.getMode() & 0111) != 0) {
            target.toFile().setExecutable(true, false);
          }
        }
      }
    }
  }

  private static void deleteIfLeft(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
