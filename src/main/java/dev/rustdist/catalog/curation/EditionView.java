package dev.rustdist.catalog.curation;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named revision: an edition of the radar. */
@Schema(name = "Edition")
public record EditionView(
    @Schema(examples = "2026-Q4") String name,
    @Schema(description = "The revision it names.", examples = "57") long revision,
    @Schema(description = "When the data reached that revision.") OffsetDateTime reachedAt,
    @Schema(description = "When it was named.") OffsetDateTime namedAt,
    @Schema(description = "Who named it: the token's subject.", examples = "alice@example.org")
        String namedBy) {}
