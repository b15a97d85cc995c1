package dev.rustdist.catalog.problem;

import java.util.List;

/** A catalog entry that does not exist; answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

  public ResourceNotFoundException(String kind, String slug) {
    super("There is no " + kind + " '" + slug + "'.");
  }

  public ResourceNotFoundException(String kind, String slug, List<String> existing) {
    super(
        "There is no " + kind + " '" + slug + "'; there are " + String.join(", ", existing) + ".");
  }
}
