package dev.rustdist.catalog.problem;

import java.util.List;

/** A request parameter, or header, that the API cannot accept; answered with 400. */
public class InvalidParameterException extends ProblemException {

  public InvalidParameterException(String name, String value, String reason, List<String> allowed) {
    this("query", name, value, reason, allowed);
  }

  public InvalidParameterException(String name, String value, String reason) {
    this(name, value, reason, List.of());
  }

  private InvalidParameterException(
      String in, String name, String value, String reason, List<String> allowed) {
    super(
        400,
        "invalid-parameter",
        "Invalid parameter",
        (in.equals("header") ? "Header '" : "Query parameter '")
            + name
            + "' "
            + reason
            + "; got '"
            + Problem.excerpt(value)
            + "'.",
        List.of(new Problem.InvalidParameter(name, in, Problem.excerpt(value), reason, allowed)));
  }

  /** A request header the API cannot read. */
  public static InvalidParameterException header(String name, String value, String reason) {
    return new InvalidParameterException("header", name, value, reason, List.of());
  }
}
