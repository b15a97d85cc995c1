package dev.rustdist.catalog.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value of a vocabulary with its meaning, in the response's language. */
@Schema(name = "Term")
public record TermView(
    @Schema(description = "The value as filters and records write it.", examples = "mature")
        String code,
    @Schema(description = "Its place on the scale, from 1.", examples = "3") int rank,
    @Schema(examples = "Mature") String label,
    @Schema(examples = "Proven in production, with a mature ecosystem and documentation.")
        String meaning) {}
