package dev.rustdist.catalog.export;

import dev.rustdist.catalog.crate.CrateView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

  record Timeline(int moved, String ringId, LocalDate date, String description) {}

  static BackstageTechRadar of(CatalogExport export) {
    return new BackstageTechRadar(
        export.quadrants().stream().map(q -> new Quadrant(q.id(), q.name())).toList(),
        export.rings().stream()
            .map(r -> new Ring(r.code(), r.label(), RING_COLORS.get(r.code()), r.meaning()))
            .toList(),
        export.crates().stream().map(crate -> entry(crate, export)).toList());
  }

  private static Entry entry(CrateView crate, CatalogExport export) {
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
                export.modified(),
                crate.positioning() != null ? crate.positioning() : crate.summary())));
  }
}
