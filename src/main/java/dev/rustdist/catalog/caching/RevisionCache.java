package dev.rustdist.catalog.caching;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Values computed from one dataset revision, all dropped as soon as a newer revision is seen. The
 * values' total weight is bounded: once it is reached, new values are not kept until the next
 * revision.
 */
public final class RevisionCache<K, V> {

  private final long capacity;
  private final ToLongFunction<V> weigher;
  private final Map<K, V> values = new ConcurrentHashMap<>();
  private final AtomicLong weight = new AtomicLong();
  private long revision;

  public RevisionCache(long capacity, ToLongFunction<V> weigher) {
    this.capacity = capacity;
    this.weigher = weigher;
  }

  public Optional<V> find(long revision, K key) {
    return Optional.ofNullable(current(revision).get(key));
  }

  /** The value kept for the key, or the one computed now and kept (when there is room). */
  public V get(long revision, K key, Supplier<V> compute) {
    return find(revision, key)
        .orElseGet(
            () -> {
              V value = compute.get();
              keep(revision, key, value);
              return value;
            });
  }

  public void keep(long revision, K key, V value) {
    Map<K, V> current = current(revision);
    long added = weigher.applyAsLong(value);
    if (weight.addAndGet(added) <= capacity) {
      current.put(key, value);
    } else {
      weight.addAndGet(-added);
    }
  }

  /** The values of this revision; a newer revision makes every older value stale. */
  private synchronized Map<K, V> current(long seen) {
    if (seen > revision) {
      values.clear();
      weight.set(0);
      revision = seen;
    }
    return seen == revision ? values : Map.of();
  }
}
