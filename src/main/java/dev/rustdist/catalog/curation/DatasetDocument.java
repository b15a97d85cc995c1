package dev.rustdist.catalog.curation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole curated catalog at one revision as one JSON document: every category and crate as
 * curators write them, every language, in the catalog's order. Loaded back by {@code PUT
 * /api/v1/dataset}, it makes the catalog what it was.
 */
@Schema(
    name = "DatasetDocument",
    description =
        "The catalog's categories and crates at one revision, as curators write them, in the"
            + " catalog's order. `revision`, `reachedAt` and `licence` say where it comes from; a"
            + " load reads only `format`, `categories` and `crates`.")
public record DatasetDocument(
    @NotNull
        @Pattern(regexp = Datasets.FORMAT, message = "must be " + Datasets.FORMAT)
        @Schema(
            description = "What the document is, and the version of its form.",
            enumeration = Datasets.FORMAT)
        String format,
    @Schema(description = "The revision it was read at.", examples = "57") Long revision,
    @Schema(description = "When the data reached that revision.") OffsetDateTime reachedAt,
    DatasetLicence licence,
    @NotNull @Schema(description = "Every category, in the catalog's order.")
        List<@NotNull @Valid CategoryInput> categories,
    @NotNull @Schema(description = "Every crate, in its category's order, categories in theirs.")
        List<@NotNull @Valid CrateInput> crates) {}
