package dev.rustdist.catalog.curation;

/** The role a credential needs to write to the catalog. */
public final class Curator {

  public static final String ROLE = "curator";
  public static final String MERGE_PATCH = "application/merge-patch+json";

  private Curator() {}
}
