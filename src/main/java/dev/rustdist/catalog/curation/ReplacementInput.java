package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.query.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to prefer to a crate, as curators write it. */
@Schema(
    name = "ReplacementInput",
    description =
        "A crate of the catalog or a counterpart to prefer, by slug, with the reason in every"
            + " language; neither where the reason only says why the crate is to be avoided.")
public record ReplacementInput(
    @Pattern(regexp = Slugs.PATTERN)
        @Size(max = Slugs.MAX_LENGTH)
        @Schema(description = "The slug of a crate of the catalog.", examples = "tonic")
        String crate,
    @Pattern(regexp = Slugs.PATTERN)
        @Size(max = Slugs.MAX_LENGTH)
        @Schema(description = "The slug of a counterpart.", examples = "etcd")
        String counterpart,
    @NotNull @Schema(description = "Why, by language code; every language is required.")
        Map<String, @NotBlank @Size(max = 1000) String> reason) {}
