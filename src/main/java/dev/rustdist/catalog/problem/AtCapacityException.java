package dev.rustdist.catalog.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** This instance already serves as many of something as it may; 503, and when to try again. */
public class AtCapacityException extends ProblemException {

  private final Duration retryAfter;

  public AtCapacityException(String detail, Duration retryAfter) {
    super(503, "unavailable", "Service unavailable", detail, List.of());
    this.retryAfter = retryAfter;
  }

  @Override
  Optional<Duration> retryAfter() {
    return Optional.of(retryAfter);
  }
}
