package dev.rustdist.catalog.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A revision to name, as curators write it. */
@Schema(name = "EditionInput")
public record EditionInput(
    @NotBlank
        @Pattern(
            regexp = Editions.NAME_PATTERN,
            message =
                "must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit,"
                    + " and not only digits")
        @Schema(
            description =
                "The edition's name; not only digits, which would read as a revision number.",
            examples = "2026-Q4",
            maxLength = 40)
        String name,
    @PositiveOrZero
        @Schema(
            description = "The revision it names; the current one when absent.",
            examples = "57",
            nullable = true)
        Long revision) {}
