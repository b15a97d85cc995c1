package dev.rustdist.catalog.curation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the catalog's data is now: where it stands, what it holds, whose it is, its digest. */
@Schema(name = "Dataset")
public record DatasetView(
    @Schema(description = "The current revision.", examples = "57") long revision,
    @Schema(description = "When the data last changed.") OffsetDateTime modifiedAt,
    @Schema(description = "When the curated data was loaded.") OffsetDateTime seededAt,
    Counts counts,
    DatasetLicence licence,
    Attribution attribution,
    Export export) {

  public record Counts(
      long categories,
      long crates,
      @Schema(description = "The other ecosystems' frameworks the catalog compares with.")
          long counterparts,
      long editions,
      @Schema(description = "The writes recorded.") long changes) {}

  @Schema(name = "DatasetAttribution")
  public record Attribution(
      Source source,
      @Schema(
              description =
                  "Who wrote to the catalog since: the subjects of their tokens, first"
                      + " writer first.",
              examples = "[\"alice@example.org\"]")
          List<String> curators) {}

  /** The document the catalog was curated from. */
  @Schema(name = "DatasetSource")
  public record Source(
      @Schema(examples = Datasets.SOURCE_FILE) String file,
      @Schema(description = "The language it is written in.", examples = "zh") String language,
      @Schema(description = "Its title, by language code.") Map<String, String> titles) {}

  @Schema(name = "DatasetExport")
  public record Export(
      @Schema(
              description = "The document of this revision, which never changes.",
              examples = "/api/v1/exports/dataset?asOf=57")
          String href,
      @Schema(
              description = "The SHA-256 of its bytes, as its Repr-Digest header field gives it.",
              examples = "sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:")
          String digest,
      @Schema(description = "Its length in bytes.") long bytes) {}
}
