package dev.rustdist.catalog.problem;

import java.util.List;

/** A body that holds more than the service processes, such as too many packages; 413. */
public class ContentTooLargeException extends ProblemException {

  public ContentTooLargeException(String field, String reason) {
    super(
        413,
        "content-too-large",
        "Content too large",
        field + " " + reason + ".",
        List.of(new Problem.InvalidParameter(field, "body", null, reason, List.of())));
  }
}
