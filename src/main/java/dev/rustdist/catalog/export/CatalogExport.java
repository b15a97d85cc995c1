package dev.rustdist.catalog.export;

import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.crate.CrateView;
import dev.rustdist.catalog.document.MindMapView;
import dev.rustdist.catalog.vocabulary.TermView;
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
    ExportLabels labels) {

  Quadrant quadrantOf(CrateView crate) {
    return Quadrant.containing(quadrants, crate.category().slug());
  }

  List<CrateView> cratesIn(CategoryView category) {
    return crates.stream()
        .filter(crate -> crate.category().slug().equals(category.slug()))
        .toList();
  }

  /** The label of a value of a vocabulary, in the export's language. */
  static String label(List<TermView> terms, String code) {
    return terms.stream()
        .filter(term -> term.code().equals(code))
        .map(TermView::label)
        .findFirst()
        .orElse(code);
  }
}
