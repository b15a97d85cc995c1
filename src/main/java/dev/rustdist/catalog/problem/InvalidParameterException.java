package dev.rustdist.catalog.problem;

import java.util.List;

/** A request parameter that the API cannot accept; answered with 400. */
public class InvalidParameterException extends ProblemException {

  public InvalidParameterException(String name, String value, String reason, List<String> allowed) {
    super(
        400,
        "invalid-parameter",
        "Invalid parameter",
        "Query parameter '" + name + "' " + reason + "; got '" + value + "'.",
        List.of(new Problem.InvalidParameter(name, "query", value, reason, allowed)));
  }

  public InvalidParameterException(String name, String value, String reason) {
    this(name, value, reason, List.of());
  }
}
