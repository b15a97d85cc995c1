package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.query.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category as curators write it: every text in every language the catalog is written in. */
@Schema(
    name = "CategoryInput",
    description =
        "No text or key may contain control characters other than tab and newline. A counterpart"
            + " is named once, in alternatives or lacking.")
public record CategoryInput(
    @NotBlank
        @Pattern(regexp = Slugs.PATTERN)
        @Size(max = Slugs.MAX_LENGTH)
        @Schema(examples = "observability")
        String slug,
    @NotNull @Schema(description = "Its texts, by language code; every language is required.")
        Map<String, @NotNull @Valid Text> texts,
    @Size(max = MAX_COUNTERPARTS)
        @Schema(
            description = "Slugs of counterparts its texts name as equivalents of its crates.",
            examples = "[]",
            uniqueItems = true)
        List<@NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = Slugs.MAX_LENGTH) String>
            alternatives,
    @Size(max = MAX_COUNTERPARTS)
        @Schema(
            description =
                "Slugs of counterparts its texts name as what other ecosystems have and Rust"
                    + " lacks.",
            examples = "[\"net-rpc\"]",
            uniqueItems = true)
        List<@NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = Slugs.MAX_LENGTH) String>
            lacking)
    implements EntryInput {

  /** A category's texts in one language. */
  @Schema(name = "CategoryTextInput")
  public record Text(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 2000) String description,
      @Size(max = 2000) String note,
      @Size(max = 2000) String evaluation) {}
}
