package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.category.Category;
import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.counterpart.CounterpartRelation;
import dev.rustdist.catalog.counterpart.CounterpartView;
import dev.rustdist.catalog.counterpart.RelatedCounterpartView;
import dev.rustdist.catalog.i18n.Translations;
import java.util.List;
import java.util.stream.Stream;

/** Maps crate entities to the API's records. */
public final class CrateMapper {

  private CrateMapper() {}

  public static CrateAlternatives toAlternatives(Crate crate) {
    return new CrateAlternatives(
        crate.slug,
        crate.category.crates.stream()
            .filter(other -> !other.equals(crate))
            .map(CategoryView::summary)
            .toList(),
        otherEcosystems(crate));
  }

  /**
   * The equivalents named for the crate itself, then those named for its category; never what the
   * document says Rust lacks.
   */
  private static List<CounterpartView> otherEcosystems(Crate crate) {
    return Stream.concat(
            crate.counterparts.stream()
                .filter(link -> link.relation == CounterpartRelation.EQUIVALENT)
                .map(link -> CounterpartView.of(link.counterpart)),
            CategoryView.equivalents(crate.category).map(RelatedCounterpartView::counterpart))
        .distinct()
        .toList();
  }

  public static CrateView.CategoryRef toRef(Category category, String lang) {
    return new CrateView.CategoryRef(category.slug, Translations.in(lang, category.texts).name());
  }
}
