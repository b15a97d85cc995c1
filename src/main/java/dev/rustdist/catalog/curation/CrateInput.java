package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.query.Slugs;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A crate as curators write it: every text in every language the catalog is written in. */
@Schema(
    name = "CrateInput",
    description =
        "No text or key may contain control characters other than tab and newline. A counterpart"
            + " is named once, in alternatives, lacking or platforms.")
public record CrateInput(
    @NotBlank
        @Pattern(regexp = Slugs.PATTERN)
        @Size(max = Slugs.MAX_LENGTH)
        @Schema(examples = "tokio")
        String slug,
    @NotBlank @Size(max = 100) @Schema(examples = "tokio") String name,
    @NotBlank
        @Pattern(regexp = Slugs.PATTERN)
        @Size(max = Slugs.MAX_LENGTH)
        @Schema(description = "The slug of its category.", examples = "async-runtime")
        String category,
    @NotNull MaturityLevel maturity,
    @NotNull Ring ring,
    @Size(max = 100) @Schema(description = "Its crates.io name, where certain.", examples = "tokio")
        String cratesIoName,
    @Size(max = 300)
        @Pattern(regexp = "https://\\S+", message = "must be an https:// URL")
        @Schema(examples = "https://github.com/tokio-rs/tokio")
        String repository,
    @NotNull @Schema(description = "Its texts, by language code; every language is required.")
        Map<String, @NotNull @Valid Text> texts,
    @NotNull @Size(max = MAX_POINTS) @Schema(description = "Its pros, each by language code.")
        List<@NotNull Map<String, @NotBlank @Size(max = 1000) String>> pros,
    @NotNull @Size(max = MAX_POINTS) @Schema(description = "Its cons, each by language code.")
        List<@NotNull Map<String, @NotBlank @Size(max = 1000) String>> cons,
    @Size(max = MAX_COUNTERPARTS)
        @Schema(
            description = "Slugs of counterparts named in its place, or as its equivalents.",
            examples = "[\"etcd\"]",
            uniqueItems = true)
        List<@NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = Slugs.MAX_LENGTH) String>
            alternatives,
    @Size(max = MAX_COUNTERPARTS)
        @Schema(
            description =
                "Slugs of counterparts named as what other ecosystems have and Rust lacks.",
            examples = "[]",
            uniqueItems = true)
        List<@NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = Slugs.MAX_LENGTH) String>
            lacking,
    @Size(max = MAX_COUNTERPARTS)
        @Schema(
            description = "Slugs of platforms it is the Rust side of.",
            examples = "[]",
            uniqueItems = true)
        List<@NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = Slugs.MAX_LENGTH) String>
            platforms,
    @Size(max = MAX_COUNTERPARTS)
        @Schema(description = "What the catalog prefers to it, in this order.")
        List<@NotNull @Valid ReplacementInput> replacements,
    @Schema(
            description =
                "From when it is deprecated (its answers then carry the Deprecation header"
                    + " field); null or absent while it is not.",
            examples = "2026-12-01")
        LocalDate deprecated,
    @Schema(
            description =
                "When it is gone (its answers then carry the Sunset header field): only with"
                    + " `deprecated`, and not before it.",
            examples = "2027-06-01")
        LocalDate sunset)
    implements EntryInput {

  /**
   * A crate's texts in one language. Its summary is not written here: it is its line in the
   * document's mind map.
   */
  @Schema(name = "CrateTextInput")
  public record Text(
      @Size(max = 200) @Schema(description = "What the document writes beside its name.")
          String qualifier,
      @NotBlank @Size(max = 2000) String description,
      @Size(max = 2000) String positioning) {}
}
