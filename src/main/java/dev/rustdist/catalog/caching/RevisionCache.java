package dev.rustdist.catalog.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.ToLongBiFunction;

/**
 * Values computed from one dataset revision, all dropped as soon as a newer revision is seen, and
 * bounded by the bytes they take, keys included. What is kept is chosen by how often it is asked
 * for (Caffeine's TinyLFU): a stream of requests seen once each cannot push out what is read again
 * and again.
 */
public final class RevisionCache<K, V> {

  /** A value and the revision it was computed from. */
  private record Kept<V>(long revision, V value) {}

  private final Cache<K, Kept<V>> values;
  private final AtomicLong revision = new AtomicLong();
  private final LongAdder dropped = new LongAdder();

  /**
   * @param maxBytes the most bytes the values may take together
   * @param bytes what one key and its value take in memory, roughly
   */
  public RevisionCache(long maxBytes, ToLongBiFunction<K, V> bytes) {
    this.values =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher(
                (K key, Kept<V> kept) ->
                    (int) Math.min(Integer.MAX_VALUE, bytes.applyAsLong(key, kept.value())))
            .executor(Runnable::run)
            .recordStats()
            .build();
  }

  public Optional<V> find(long seen, K key) {
    advance(seen);
    Kept<V> kept = values.getIfPresent(key);
    return kept != null && kept.revision() == seen ? Optional.of(kept.value()) : Optional.empty();
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
   * would be stale already. One kept in a race with a newer revision is never found, as it carries
   * its revision.
   */
  public void keep(long seen, K key, V value) {
    advance(seen);
    if (seen == revision.get()) {
      values.put(key, new Kept<>(seen, value));
    }
  }

  /** The bytes the values take now, as weighed. */
  public long bytes() {
    return values.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
  }

  /** Values pushed out to stay within the bound. */
  public long evictions() {
    return values.stats().evictionCount();
  }

  /** Values dropped because a newer revision was seen. */
  public long dropped() {
    return dropped.sum();
  }

  /** A newer revision drops every value of older ones. */
  private void advance(long seen) {
    if (seen > revision.getAndAccumulate(seen, Math::max)) {
      dropped.add(values.estimatedSize());
      values.invalidateAll();
    }
  }
}
