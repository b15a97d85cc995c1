package dev.rustdist.catalog.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.OptionalLong;

/**
 * One quota policy, as the IETF RateLimit header fields name one, and a token bucket per client
 * under it. A bucket holds the limit and is refilled evenly over the period; one left alone for a
 * period is full again, so it is forgotten then, and the least active are forgotten first when more
 * clients are counted than the map may hold.
 */
final class Quota {

  /** A request costs four tokens, so that a 304 can cost a quarter of one. */
  static final long REQUEST = 4;

  static final long NOT_MODIFIED = 1;

  private final String name;
  private final long limit;
  private final long windowSeconds;
  private final double periodSeconds;
  private final Bandwidth bandwidth;
  private final Cache<String, Bucket> buckets;

  private final Counter refusals;

  Quota(String name, RateLimitConfig.Policy policy, int maxClients, MeterRegistry registry) {
    this.name = name;
    this.refusals =
        Counter.builder("catalog.rate.limit.refusals")
            .tag("quota", name)
            .description("Requests refused with 429 because their client had used up a quota")
            .register(registry);
    this.limit = policy.limit();
    this.periodSeconds = policy.period().toNanos() / 1e9;
    this.windowSeconds = Math.max(1, (long) Math.ceil(periodSeconds));
    this.bandwidth =
        Bandwidth.builder()
            .capacity(limit * REQUEST)
            .refillGreedy(limit * REQUEST, policy.period())
            .build();
    this.buckets =
        Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(policy.period()).build();
  }

  void countRefusal() {
    refusals.increment();
  }

  /** The client's bucket under this quota, full the first time the client is counted. */
  Bucket bucketOf(String client) {
    return buckets.get(client, ignored -> newBucket());
  }

  /** How long until a client that has used up this quota may make a request again. */
  OptionalLong exhaustedFor(String client) {
    Bucket bucket = buckets.getIfPresent(client);
    if (bucket == null) {
      return OptionalLong.empty();
    }
    EstimationProbe estimate = bucket.estimateAbilityToConsume(REQUEST);
    return estimate.canBeConsumed()
        ? OptionalLong.empty()
        : OptionalLong.of(estimate.getNanosToWaitForRefill());
  }

  /** The RateLimit-Policy item: the quota in requests and its window in seconds. */
  String policy() {
    return "\"" + name + "\";q=" + limit + ";w=" + windowSeconds;
  }

  /** The RateLimit item: the requests left, and the seconds until the bucket is full again. */
  String state(Bucket bucket) {
    long available = bucket.getAvailableTokens();
    long capacity = limit * REQUEST;
    long untilFull = (long) Math.ceil((capacity - available) * periodSeconds / capacity);
    return state(available / REQUEST, untilFull);
  }

  /** The RateLimit item of a refusal: nothing left until the client may retry. */
  String refused(long retryAfterSeconds) {
    return state(0, retryAfterSeconds);
  }

  /** The quota in words, e.g. {@code 1200 reads per 60 s}. */
  String describe() {
    return limit + " " + name.replace('-', ' ') + " per " + windowSeconds + " s";
  }

  private String state(long remaining, long seconds) {
    return "\"" + name + "\";r=" + remaining + ";t=" + seconds;
  }

  private Bucket newBucket() {
    return Bucket.builder().addLimit(bandwidth).build();
  }
}
