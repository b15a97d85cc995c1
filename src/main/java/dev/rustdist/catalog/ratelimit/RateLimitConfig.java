package dev.rustdist.catalog.ratelimit;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How much each client may ask of the API; the values are in application.properties. */
@ConfigMapping(prefix = "catalog.rate-limit")
public interface RateLimitConfig {

  /** Off, no client is limited: for benchmarks, or behind a proxy that limits them itself. */
  boolean enabled();

  /** GET and HEAD (and any other method that is not a write); a 304 counts as a quarter. */
  Policy reads();

  /** POST, PUT, PATCH and DELETE. */
  Policy writes();

  /** 401 and 403 answers; a client that has had this many has its writes refused unread. */
  Policy failedAuthentications();

  /** How many clients each policy keeps count of; beyond that, the least active are forgotten. */
  int maxClients();

  /** A quota: this many requests at once, refilled evenly over the period. */
  interface Policy {

    long limit();

    Duration period();
  }
}
