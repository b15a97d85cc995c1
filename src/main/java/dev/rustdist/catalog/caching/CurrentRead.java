package dev.rustdist.catalog.caching;

import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The read the current request makes: the key its answer is known by, and the dataset revision its
 * data was read at, when it read any. A read of one crate or category says what it found of the
 * entry itself, with the entry's data; a write that answers with the entry it wrote says which
 * version of it, at which revision.
 */
@RequestScoped
public class CurrentRead {

  /** An entry as a write left it: its version, and the dataset revision the write made. */
  record WrittenEntry(int version, long revision) {}

  /**
   * An entry as a read of it found it, in the same statement as its data: its version, and when a
   * crate is deprecated and sunset (none for a category).
   */
  public record ReadEntry(int version, LocalDate deprecatedOn, LocalDate sunsetOn) {}

  private ReadKey key;
  private CurrentRevision.Revision revision;
  private WrittenEntry written;
  private CurrentRevision.Revision asOf;
  private ReadEntry entry;

  Optional<ReadKey> key() {
    return Optional.ofNullable(key);
  }

  void identify(ReadKey key) {
    this.key = key;
  }

  Optional<CurrentRevision.Revision> revision() {
    return Optional.ofNullable(revision);
  }

  void readAt(CurrentRevision.Revision revision) {
    this.revision = revision;
  }

  Optional<CurrentRevision.Revision> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * The answer is the catalog as it was at a past revision, which never changes: it is tagged and
   * cached as such.
   */
  public void readAsOf(long revision, OffsetDateTime reachedAt) {
    this.asOf = new CurrentRevision.Revision(revision, reachedAt);
  }

  public Optional<ReadEntry> entry() {
    return Optional.ofNullable(entry);
  }

  /** The request read one crate or category, and found the entry so. */
  public void readEntry(ReadEntry entry) {
    this.entry = entry;
  }

  Optional<WrittenEntry> written() {
    return Optional.ofNullable(written);
  }

  /** The request wrote an entry and answers with it, read back at the revision it made. */
  public void wroteEntry(int version, long revision) {
    this.written = new WrittenEntry(version, revision);
  }
}
