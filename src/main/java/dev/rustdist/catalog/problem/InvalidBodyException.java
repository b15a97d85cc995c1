package dev.rustdist.catalog.problem;

import java.util.List;

/** A request body that breaks the API's rules, field by field; answered with 400. */
public class InvalidBodyException extends ProblemException {

  public InvalidBodyException(List<Problem.InvalidParameter> fields) {
    super(
        400,
        "invalid-body",
        "Invalid body",
        "The body breaks "
            + fields.size()
            + (fields.size() == 1 ? " rule" : " rules")
            + ": "
            + String.join(
                "; ", fields.stream().map(field -> field.name() + " " + field.reason()).toList())
            + ".",
        fields);
  }

  public static InvalidBodyException of(String field, String reason) {
    return new InvalidBodyException(
        List.of(new Problem.InvalidParameter(field, "body", null, reason, List.of())));
  }

  public static Problem.InvalidParameter field(String name, String reason, List<String> allowed) {
    return new Problem.InvalidParameter(name, "body", null, reason, allowed);
  }
}
