package dev.rustdist.catalog.problem;

/** A catalog entry that does not exist; answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

  public ResourceNotFoundException(String kind, String slug) {
    super("There is no " + kind + " '" + slug + "'.");
  }
}
