package dev.rustdist.catalog.caching;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The read the current request makes: the key its answer is known by, and the dataset revision its
 * data was read at, when it read any.
 */
@RequestScoped
public class CurrentRead {

  private ReadKey key;
  private CurrentRevision.Revision revision;

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
}
