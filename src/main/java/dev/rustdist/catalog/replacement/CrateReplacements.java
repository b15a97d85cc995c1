package dev.rustdist.catalog.replacement;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A crate's succession: whether it is deprecated, until when, and what to prefer to it. */
@Schema(name = "CrateReplacements")
public record CrateReplacements(
    @Schema(examples = "raft-rs") String slug,
    @Schema(
            description =
                "The date from which the crate is deprecated; null when it is not. Its answers then"
                    + " carry the Deprecation header field (RFC 9745).",
            nullable = true,
            examples = "2026-12-01")
        LocalDate deprecated,
    @Schema(
            description =
                "The date after which it is gone from the catalog's recommendations; null when none"
                    + " is set. Its answers then carry the Sunset header field (RFC 8594).",
            nullable = true,
            examples = "2027-06-01")
        LocalDate sunset,
    @Schema(description = "What the catalog prefers to it, in the curators' order.")
        List<ReplacementView> replacements) {}
