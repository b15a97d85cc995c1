package dev.rustdist.catalog.curation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a load of a dataset document did, by kind of entry. */
@Schema(name = "DatasetLoad")
public record DatasetLoad(
    @Schema(description = "The revision the catalog is at after it.", examples = "58")
        long revision,
    Tally categories,
    Tally crates) {

  @Schema(name = "DatasetLoadTally")
  public record Tally(long created, long updated, long deleted, long unchanged) {

    Tally deleting(long count) {
      return new Tally(created, updated, deleted + count, unchanged);
    }
  }
}
