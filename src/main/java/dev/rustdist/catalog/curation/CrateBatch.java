package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.crate.CrateDocument;
import dev.rustdist.catalog.crate.CrateView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The crates a batch added, as the API now shows them, in the batch's order. */
@Schema(name = "CrateBatch")
public record CrateBatch(
    @Schema(
            description = "The crates added; each is at /api/v1/crates/{slug}.",
            type = SchemaType.ARRAY,
            implementation = CrateView.class)
        List<CrateDocument> items,
    @Schema(description = "How many were added.", examples = "2") int total) {}
