package dev.rustdist.catalog.caching;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The read the current request makes: the key its answer is known by, and the dataset revision its
 * data was read at, when it read any. A write that answers with the entry it wrote says which
 * version of it, at which revision.
 */
@RequestScoped
public class CurrentRead {

  /** An entry as a write left it: its version, and the dataset revision the write made. */
  record WrittenEntry(int version, long revision) {}

  private ReadKey key;
  private CurrentRevision.Revision revision;
  private WrittenEntry written;

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

  Optional<WrittenEntry> written() {
    return Optional.ofNullable(written);
  }

  /** The request wrote an entry and answers with it, read back at the revision it made. */
  public void wroteEntry(int version, long revision) {
    this.written = new WrittenEntry(version, revision);
  }
}
