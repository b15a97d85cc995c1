package dev.rustdist.catalog.caching;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serialized responses of the current dataset revision, so that a repeated read is answered with
 * bytes already made. All of them are dropped as soon as a newer revision is seen.
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

  private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();
  private long revision;

  Optional<Snapshot> find(long revision, String key) {
    return Optional.ofNullable(current(revision).get(key));
  }

  void keep(long revision, String key, Snapshot snapshot) {
    Map<String, Snapshot> current = current(revision);
    if (bytes.addAndGet(snapshot.body().length) <= MAX_BYTES) {
      current.put(key, snapshot);
    } else {
      bytes.addAndGet(-snapshot.body().length);
    }
  }

  /** The snapshots of this revision; a newer revision makes every older snapshot stale. */
  private synchronized Map<String, Snapshot> current(long seen) {
    if (seen > revision) {
      snapshots.clear();
      bytes.set(0);
      revision = seen;
    }
    return seen == revision ? snapshots : Map.of();
  }
}
