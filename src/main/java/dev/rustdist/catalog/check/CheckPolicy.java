package dev.rustdist.catalog.check;

import dev.rustdist.catalog.query.QueryParameters;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a check fails on: the rings named, and maturities below a level. */
@Schema(name = "CheckPolicy")
public record CheckPolicy(
    @Schema(
            description = "A known dependency in one of these rings fails the check.",
            examples = "[\"hold\", \"assess\"]")
        Set<Ring> failOn,
    @Schema(
            description =
                "A known dependency less mature than this fails the check; null when the policy"
                    + " has no such rule.",
            nullable = true,
            examples = "mature")
        MaturityLevel minMaturity) {

  /** The rings a check fails on unless told otherwise: the catalog's advice against. */
  static final String DEFAULT_FAIL_ON = "hold";

  static CheckPolicy of(List<String> failOn, String minMaturity) {
    Set<Ring> rings = QueryParameters.terms(Ring.class, "failOn", failOn);
    return new CheckPolicy(
        rings.isEmpty() ? EnumSet.of(Ring.HOLD) : rings,
        minMaturity == null || minMaturity.isBlank()
            ? null
            : QueryParameters.term(MaturityLevel.class, "minMaturity", minMaturity));
  }
}
