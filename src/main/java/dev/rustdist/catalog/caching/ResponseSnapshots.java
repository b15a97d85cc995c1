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

  // bounded in bytes, everything counted, so that a small heap holds them whatever is asked
  static final long MAX_BYTES = 32L * 1024 * 1024;
  private static final int HEADER_OVERHEAD = 48;

  /** A 200 response as it was written, headers included (names case-insensitive). */
  record Snapshot(byte[] body, Map<String, String> headers) {

    long bytes() {
      long bytes = body.length;
      for (Map.Entry<String, String> header : headers.entrySet()) {
        bytes += header.getKey().length() + header.getValue().length() + HEADER_OVERHEAD;
      }
      return bytes;
    }
  }

  private final RevisionCache<ReadKey, Snapshot> snapshots =
      new RevisionCache<>(MAX_BYTES, (key, snapshot) -> key.bytes() + snapshot.bytes());

  Optional<Snapshot> find(long revision, ReadKey key) {
    return snapshots.find(revision, key);
  }

  void keep(long revision, ReadKey key, Snapshot snapshot) {
    snapshots.keep(revision, key, snapshot);
  }
}
