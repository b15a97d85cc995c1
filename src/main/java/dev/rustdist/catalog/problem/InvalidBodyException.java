package dev.rustdist.catalog.problem;

import java.util.List;

/** A request body that breaks the API's rules, field by field; answered with 400. */
public class InvalidBodyException extends ProblemException {

  /**
   * The most broken rules one answer lists: a body can break as many as it has items, and the
   * answer to it stays small.
   */
  public static final int LISTED = 100;

  public InvalidBodyException(List<Problem.InvalidParameter> fields) {
    super(400, "invalid-body", "Invalid body", detail(fields), listed(fields));
  }

  public static InvalidBodyException of(String field, String reason) {
    return new InvalidBodyException(
        List.of(new Problem.InvalidParameter(field, "body", null, reason, List.of())));
  }

  public static Problem.InvalidParameter field(String name, String reason, List<String> allowed) {
    return new Problem.InvalidParameter(name, "body", null, reason, allowed);
  }

  private static String detail(List<Problem.InvalidParameter> fields) {
    return "The body breaks "
        + fields.size()
        + (fields.size() == 1 ? " rule" : " rules")
        + (fields.size() > LISTED ? "; the first " + LISTED : "")
        + ": "
        + String.join(
            "; ",
            listed(fields).stream().map(field -> field.name() + " " + field.reason()).toList())
        + ".";
  }

  private static List<Problem.InvalidParameter> listed(List<Problem.InvalidParameter> fields) {
    return fields.subList(0, Math.min(fields.size(), LISTED));
  }
}
