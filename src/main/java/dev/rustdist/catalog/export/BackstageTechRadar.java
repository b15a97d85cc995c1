package dev.rustdist.catalog.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustdist.catalog.crate.CrateView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response the Backstage tech-radar plugin loads (its TechRadarLoaderResponse). */
record BackstageTechRadar(List<Quadrant> quadrants, List<Ring> rings, List<Entry> entries) {

  // the plugin's own default colours
  private static final Map<String, String> RING_COLORS =
      Map.of("adopt", "#5BA300", "trial", "#009EB0", "assess", "#C7BA00", "hold", "#E09B96");

  record Quadrant(String id, String name) {}

  record Ring(String id, String name, String color, String description) {}

  // the plugin's parser takes an absent optional field, never a null one
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entry(
      String id,
      String key,
      String title,
      String quadrant,
      String description,
      String url,
      List<Link> links,
      List<Timeline> timeline) {}

  record Link(String url, String title) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Timeline(
      @Schema(
              description =
                  "1 moved towards adopt, -1 away from it, 0 not moved. The newest entry compares"
                      + " with the latest edition before the export's revision (or `since`, or the"
                      + " first revision kept); each older one with the entry before it.",
              enumeration = {"-1", "0", "1"})
          int moved,
      String ringId,
      @Schema(
              description =
                  "When the crate entered this ring: the time of the revision whose record first"
                      + " showed it there (the first revision kept, for a crate that has not"
                      + " moved since); JavaScript's Date reads it.")
          OffsetDateTime date,
      String description) {}

  static BackstageTechRadar of(CatalogExport export, RadarMoves moves) {
    return new BackstageTechRadar(
        export.quadrants().stream().map(q -> new Quadrant(q.id(), q.name())).toList(),
        export.rings().stream()
            .map(r -> new Ring(r.code(), r.label(), RING_COLORS.get(r.code()), r.meaning()))
            .toList(),
        export.crates().stream().map(crate -> entry(crate, export, moves)).toList());
  }

  private static Entry entry(CrateView crate, CatalogExport export, RadarMoves moves) {
    List<Link> links =
        Stream.of(
                new Link(crate.links().repository(), "Repository"),
                new Link(crate.links().cratesIo(), "crates.io"),
                new Link(crate.links().docsRs(), "docs.rs"))
            .filter(link -> link.url() != null)
            .toList();
    return new Entry(
        crate.slug(),
        crate.slug(),
        crate.name(),
        export.quadrantOf(crate).id(),
        crate.description(),
        links.isEmpty() ? null : links.get(0).url(),
        links,
        moves.timeline(crate));
  }
}
