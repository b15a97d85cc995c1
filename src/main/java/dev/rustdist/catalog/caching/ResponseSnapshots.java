package dev.rustdist.catalog.caching;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * Serialized responses of the current dataset revision, so that a repeated read is answered with
 * bytes already made.
 */
@ApplicationScoped
public class ResponseSnapshots {

  // bounded in bytes, so that a small heap holds them whatever the catalog's size
  static final long MAX_BYTES = 32L * 1024 * 1024;

  /** A 200 response as it was written, headers included (names case-insensitive). */
  record Snapshot(byte[] body, Map<String, String> headers) {}

  /** What makes two reads of the same revision the same response. */
  static String key(String rawPath, String rawQuery, String lang, String acceptEncoding) {
    return String.join(
        "\n", rawPath, String.valueOf(rawQuery), lang, String.valueOf(acceptEncoding));
  }

  private final RevisionCache<String, Snapshot> snapshots =
      new RevisionCache<>(MAX_BYTES, snapshot -> snapshot.body().length);

  Optional<Snapshot> find(long revision, String key) {
    return snapshots.find(revision, key);
  }

  void keep(long revision, String key, Snapshot snapshot) {
    snapshots.keep(revision, key, snapshot);
  }
}
