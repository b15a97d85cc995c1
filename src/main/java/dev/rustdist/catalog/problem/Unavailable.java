package dev.rustdist.catalog.problem;

import java.util.List;

/** The answer while the database cannot serve: 503, and when to try again. */
public final class Unavailable {

  /** Long enough for a restarted database to take connections again. */
  public static final String RETRY_AFTER_SECONDS = "5";

  private Unavailable() {}

  public static Problem problem(String instance) {
    return Problem.of(
        "unavailable",
        "Service unavailable",
        503,
        "The catalog's database cannot answer right now; nothing was changed. Try again in "
            + RETRY_AFTER_SECONDS
            + " seconds.",
        instance,
        List.of());
  }
}
