package dev.rustdist.catalog.export;

import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.crate.CrateView;
import dev.rustdist.catalog.document.MindMapView;
import dev.rustdist.catalog.vocabulary.TermView;
import java.time.LocalDate;
import java.util.List;

/**
 * What an export is made of: the crates matched, in one language, with their context: the
 * document's title and mind map, the categories, and the vocabularies.
 */
record CatalogExport(
    String title,
    MindMapView mindMap,
    List<CrateView> crates,
    List<CategoryView> categories,
    List<Quadrant> quadrants,
    List<TermView> maturityLevels,
    List<TermView> rings,
    LocalDate modified) {

  Quadrant quadrantOf(CrateView crate) {
    return Quadrant.containing(quadrants, crate.category().slug());
  }

  List<CrateView> cratesIn(CategoryView category) {
    return crates.stream()
        .filter(crate -> crate.category().slug().equals(category.slug()))
        .toList();
  }
}
