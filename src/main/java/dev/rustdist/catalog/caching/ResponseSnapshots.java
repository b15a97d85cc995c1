package dev.rustdist.catalog.caching;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Serialized responses of the current dataset revision, so that a repeated read is answered with
 * bytes already made.
 */
@ApplicationScoped
public class ResponseSnapshots {

  // bounded in bytes, everything counted, so that a small heap holds them whatever is asked
  static final long MAX_BYTES = 32L * 1024 * 1024;

  /** The largest body kept as a snapshot: an eighth of them all; larger ones are made each time. */
  static final long MAX_SNAPSHOT_BYTES = MAX_BYTES / 8;

  private static final int HEADER_OVERHEAD = 48;

  // the reads asked for lately, by a hash of their key: 64 Ki of them in 256 KiB
  private static final int ASKED_SLOTS = 1 << 16;

  /**
   * A 200 response as it was written, headers included (names case-insensitive), and the route
   * template it was answered under, if any.
   */
  record Snapshot(byte[] body, Map<String, String> headers, Optional<String> route) {

    long bytes() {
      long bytes = body.length + route.map(String::length).orElse(0);
      for (Map.Entry<String, String> header : headers.entrySet()) {
        bytes += header.getKey().length() + header.getValue().length() + HEADER_OVERHEAD;
      }
      return bytes;
    }
  }

  private final RevisionCache<ReadKey, Snapshot> snapshots =
      new RevisionCache<>(MAX_BYTES, (key, snapshot) -> key.bytes() + snapshot.bytes());
  private final AtomicIntegerArray asked = new AtomicIntegerArray(ASKED_SLOTS);
  private final Counter hits;
  private final Counter misses;
  private final Counter servedBytes;

  ResponseSnapshots(MeterRegistry registry) {
    // hits are answered ahead of the REST layer, so they are counted here rather than there
    hits =
        Counter.builder("catalog.snapshot.hits")
            .description("Reads answered from a snapshot, ahead of the REST layer")
            .register(registry);
    misses =
        Counter.builder("catalog.snapshot.misses")
            .description("Reads that found no snapshot and went on to the REST layer")
            .register(registry);
    servedBytes =
        Counter.builder("catalog.snapshot.served")
            .baseUnit("bytes")
            .description("Body bytes sent from snapshots")
            .register(registry);
    Gauge.builder("catalog.snapshot.size", snapshots, RevisionCache::bytes)
        .baseUnit("bytes")
        .description("Bytes the snapshots hold, keys and headers included")
        .register(registry);
    FunctionCounter.builder("catalog.snapshot.evictions", snapshots, RevisionCache::evictions)
        .tag("cause", "size")
        .description("Snapshots removed: pushed out by the bound, or dropped by a newer revision")
        .register(registry);
    FunctionCounter.builder("catalog.snapshot.evictions", snapshots, RevisionCache::dropped)
        .tag("cause", "revision")
        .description("Snapshots removed: pushed out by the bound, or dropped by a newer revision")
        .register(registry);
  }

  Optional<Snapshot> find(long revision, ReadKey key) {
    return snapshots.find(revision, key);
  }

  void countHit(long bodyBytes) {
    hits.increment();
    servedBytes.increment(bodyBytes);
  }

  void countMiss() {
    misses.increment();
  }

  /**
   * Whether a read's answer is worth keeping: it was asked for before, lately. A read asked once is
   * answered without a copy being made, so that a stream of reads that never repeat (every page of
   * a large catalog, each search) costs no copies and pushes nothing out; its key is remembered, in
   * a table of fixed size where newer reads take the place of older ones.
   */
  boolean askedBefore(ReadKey key) {
    int hash = key.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (ASKED_SLOTS - 1);
    return asked.getAndSet(slot, hash) == hash;
  }

  void keep(long revision, ReadKey key, Snapshot snapshot) {
    snapshots.keep(revision, key, snapshot);
  }
}
