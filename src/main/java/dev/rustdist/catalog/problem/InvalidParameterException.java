package dev.rustdist.catalog.problem;

import java.util.List;

/** A request parameter that the API cannot accept; answered with 400. */
public class InvalidParameterException extends RuntimeException {

  private final Problem.InvalidParameter parameter;

  public InvalidParameterException(String name, String value, String reason, List<String> allowed) {
    super("Query parameter '" + name + "' " + reason + "; got '" + value + "'.");
    this.parameter = new Problem.InvalidParameter(name, "query", value, reason, allowed);
  }

  public InvalidParameterException(String name, String value, String reason) {
    this(name, value, reason, List.of());
  }

  public Problem.InvalidParameter parameter() {
    return parameter;
  }
}
