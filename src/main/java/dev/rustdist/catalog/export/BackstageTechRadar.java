package dev.rustdist.catalog.export;

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

  record Timeline(
      int moved,
      String ringId,
      @Schema(
              description =
                  "When the crate was last written, or when the catalog was seeded if no write"
                      + " has touched it; JavaScript's Date reads it.")
          OffsetDateTime date,
      String description) {}

  static BackstageTechRadar of(CatalogExport export, Map<String, OffsetDateTime> lastChanged) {
    return new BackstageTechRadar(
        export.quadrants().stream().map(q -> new Quadrant(q.id(), q.name())).toList(),
        export.rings().stream()
            .map(r -> new Ring(r.code(), r.label(), RING_COLORS.get(r.code()), r.meaning()))
            .toList(),
        export.crates().stream()
            .map(crate -> entry(crate, export, lastChanged.get(crate.slug())))
            .toList());
  }

  private static Entry entry(CrateView crate, CatalogExport export, OffsetDateTime lastChanged) {
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
        List.of(
            new Timeline(
                0,
                crate.ring().code(),
                lastChanged,
                crate.positioning() != null ? crate.positioning() : crate.summary())));
  }
}
