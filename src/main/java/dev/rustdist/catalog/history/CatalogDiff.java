package dev.rustdist.catalog.history;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed in the catalog between two revisions. */
@Schema(name = "CatalogDiff")
public record CatalogDiff(
    Point from,
    Point to,
    @Schema(
            description =
                "Crates in the catalog at `to` and not at `from`, in the document's order.")
        List<Entry> added,
    @Schema(description = "Crates in the catalog at `from` and not at `to`.") List<Entry> removed,
    @Schema(description = "Crates whose ring changed: the radar's moves.") List<Move> moved,
    @Schema(description = "Crates whose maturity changed.") List<Move> maturity,
    @Schema(
            description =
                "Crates whose other fields changed, in any language, with the fields' names as"
                    + " the crate's record names them.")
        List<Changed> changed,
    @Schema(description = "Categories in the catalog at `to` and not at `from`.")
        List<Entry> addedCategories,
    @Schema(description = "Categories in the catalog at `from` and not at `to`.")
        List<Entry> removedCategories,
    @Schema(description = "Categories whose fields changed, in any language.")
        List<Changed> changedCategories) {

  /** One end of the diff. */
  @Schema(name = "DiffPoint")
  public record Point(
      @Schema(examples = "57") long revision,
      OffsetDateTime reachedAt,
      @Schema(
              description = "The edition named, where one was named as this end.",
              nullable = true,
              examples = "2026-Q4")
          String edition) {}

  /** A crate or category added or removed. */
  @Schema(name = "DiffEntry")
  public record Entry(
      @Schema(examples = "tonic") String slug,
      @Schema(examples = "tonic") String name,
      @Schema(description = "A crate's ring; null for a category.", nullable = true) String ring) {}

  /** A value that changed, from one end to the other. */
  @Schema(name = "DiffMove")
  public record Move(
      @Schema(examples = "raft-rs") String slug,
      @Schema(examples = "raft-rs") String name,
      @Schema(examples = "trial") String from,
      @Schema(examples = "hold") String to) {}

  /** An entry whose fields changed. */
  @Schema(name = "DiffChange")
  public record Changed(
      @Schema(examples = "tokio") String slug,
      @Schema(examples = "tokio") String name,
      @Schema(examples = "[\"description\", \"pros\"]") List<String> fields) {}
}
