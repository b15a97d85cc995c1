package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.query.QueryParameters;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which crates to list, and in which order. {@code maturities} and {@code rings} hold the values
 * allowed (all of them when unfiltered); {@code categories} is empty when unfiltered; {@code sort}
 * is empty when the order was not asked for.
 */
public record CrateQuery(
    Set<MaturityLevel> maturities,
    Set<Ring> rings,
    Set<String> categories,
    String text,
    List<String> sort) {

  public static final int MAX_TEXT_LENGTH = 100;

  public static CrateQuery of(CrateFilterParams params) {
    Set<MaturityLevel> maturities =
        QueryParameters.terms(MaturityLevel.class, "maturity", params.maturity);
    if (maturities.isEmpty()) {
      maturities = EnumSet.allOf(MaturityLevel.class);
    }
    if (params.minMaturity != null && !params.minMaturity.isBlank()) {
      maturities.retainAll(
          QueryParameters.term(MaturityLevel.class, "minMaturity", params.minMaturity).andAbove());
    }
    Set<Ring> rings = QueryParameters.terms(Ring.class, "ring", params.ring);
    return new CrateQuery(
        maturities,
        rings.isEmpty() ? EnumSet.allOf(Ring.class) : rings,
        QueryParameters.slugs("category", params.category),
        QueryParameters.text("q", params.q, MAX_TEXT_LENGTH),
        CrateSort.parse(params.sort));
  }
}
