package dev.rustdist.catalog.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A failure the client can act on: it is answered with its own status and problem type. */
public abstract class ProblemException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final List<Problem.InvalidParameter> invalidParameters;

  protected ProblemException(
      int status,
      String type,
      String title,
      String detail,
      List<Problem.InvalidParameter> invalidParameters) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.invalidParameters = List.copyOf(invalidParameters);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  String title() {
    return title;
  }

  List<Problem.InvalidParameter> invalidParameters() {
    return invalidParameters;
  }

  /** How long the client should wait before it asks again, for a failure it can wait out. */
  Optional<Duration> retryAfter() {
    return Optional.empty();
  }
}
