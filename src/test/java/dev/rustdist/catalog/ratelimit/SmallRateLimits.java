package dev.rustdist.catalog.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Limits a test reaches in a few requests. Only the test classes that name this profile run with
 * them; every other class runs with the %test settings, where the limits are off.
 */
public class SmallRateLimits implements QuarkusTestProfile {

  static final int READS = 6;
  static final int WRITES = 6;
  static final int FAILED_AUTHENTICATIONS = 3;
  static final int FAILED_AUTHENTICATIONS_PERIOD_SECONDS = 15;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "catalog.rate-limit.enabled",
        "true",
        "catalog.rate-limit.reads.limit",
        Integer.toString(READS),
        "catalog.rate-limit.reads.period",
        "1m",
        "catalog.rate-limit.writes.limit",
        Integer.toString(WRITES),
        "catalog.rate-limit.writes.period",
        "1m",
        "catalog.rate-limit.failed-authentications.limit",
        Integer.toString(FAILED_AUTHENTICATIONS),
        "catalog.rate-limit.failed-authentications.period",
        FAILED_AUTHENTICATIONS_PERIOD_SECONDS + "s");
  }
}
