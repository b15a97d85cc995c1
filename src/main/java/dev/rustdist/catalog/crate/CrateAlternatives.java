package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.category.CategoryView.CrateSummary;
import dev.rustdist.catalog.counterpart.CounterpartView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What could be used instead of a crate. */
@Schema(name = "CrateAlternatives")
public record CrateAlternatives(
    @Schema(examples = "raft-rs") String slug,
    @Schema(description = "The other crates of its category, in the document's order.")
        List<CrateSummary> sameCategory,
    @Schema(
            description =
                "Equivalents in other ecosystems that the document names for the crate or its"
                    + " category.")
        List<CounterpartView> otherEcosystems) {}
