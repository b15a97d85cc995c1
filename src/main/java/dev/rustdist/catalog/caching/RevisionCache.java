package dev.rustdist.catalog.caching;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Values computed from one dataset revision, all dropped as soon as a newer revision is seen. Their
 * total weight is bounded: a value that would pass the bound first drops those kept so far, so that
 * what is read again comes back and what was read once does not stay for good.
 */
public final class RevisionCache<K, V> {

  private final long capacity;
  private final ToLongFunction<V> weigher;
  private final Map<K, V> values = new ConcurrentHashMap<>();
  private long weight; // guarded by this
  private long revision; // guarded by this

  public RevisionCache(long capacity, ToLongFunction<V> weigher) {
    this.capacity = capacity;
    this.weigher = weigher;
  }

  public Optional<V> find(long seen, K key) {
    return isCurrent(seen) ? Optional.ofNullable(values.get(key)) : Optional.empty();
  }

  /** The value kept for the key, or the one computed now and kept. */
  public V get(long seen, K key, Supplier<V> compute) {
    return find(seen, key)
        .orElseGet(
            () -> {
              V value = compute.get();
              keep(seen, key, value);
              return value;
            });
  }

  /**
   * Keeps a value computed from the given revision, unless a newer revision has been seen since: it
   * would be stale already.
   */
  public synchronized void keep(long seen, K key, V value) {
    long added = weigher.applyAsLong(value);
    if (!isCurrent(seen) || added > capacity) {
      return;
    }
    if (weight + added > capacity) {
      values.clear();
      weight = 0;
    }
    V replaced = values.put(key, value);
    weight += added - (replaced == null ? 0 : weigher.applyAsLong(replaced));
  }

  /** Whether this revision's values are the ones kept; a newer revision drops every older value. */
  private synchronized boolean isCurrent(long seen) {
    if (seen > revision) {
      values.clear();
      weight = 0;
      revision = seen;
    }
    return seen == revision;
  }
}
