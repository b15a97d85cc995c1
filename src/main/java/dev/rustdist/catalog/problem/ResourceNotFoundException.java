package dev.rustdist.catalog.problem;

import java.util.List;

/** A catalog entry that does not exist; answered with 404. */
public class ResourceNotFoundException extends ProblemException {

  public ResourceNotFoundException(String kind, String slug) {
    super(
        404,
        "not-found",
        "Not found",
        "There is no " + kind + " '" + Problem.excerpt(slug) + "'.",
        List.of());
  }

  /** Nothing of any kind can be there, for the reason the detail gives. */
  public ResourceNotFoundException(String detail) {
    super(404, "not-found", "Not found", detail, List.of());
  }

  public ResourceNotFoundException(String kind, String slug, List<String> existing) {
    super(
        404,
        "not-found",
        "Not found",
        "There is no "
            + kind
            + " '"
            + Problem.excerpt(slug)
            + "'; there are "
            + String.join(", ", existing)
            + ".",
        List.of());
  }
}
