package dev.rustdist.catalog.category;

import dev.rustdist.catalog.counterpart.CounterpartRelation;
import dev.rustdist.catalog.counterpart.CounterpartView;
import dev.rustdist.catalog.counterpart.RelatedCounterpartView;
import dev.rustdist.catalog.crate.Crate;
import dev.rustdist.catalog.i18n.Translations;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category as the API shows it, with its texts in the response's language. */
@Schema(name = "Category")
public record CategoryView(
    @Schema(description = "Identifies the category in this API.", examples = "message-queues")
        String slug,
    @Schema(examples = "Message Queue Clients") String name,
    @Schema(
            description = "The document's introduction to the category; null where it has none.",
            nullable = true,
            examples =
                "These are libraries, not frameworks, but they are crucial for building distributed"
                    + " systems.")
        String description,
    @Schema(
            description = "Remarks on the category as a whole; null where there are none.",
            nullable = true)
        String note,
    @Schema(
            description =
                "The document's evaluation of the category's crates as a group; null where"
                    + " it evaluates them one by one.",
            nullable = true,
            examples =
                "These client libraries are generally of good quality and keep up with the features"
                    + " of their messaging systems.")
        String evaluation,
    @Schema(
            description =
                "The equivalents in other ecosystems that the category's texts name: what could be"
                    + " used instead of its crates.")
        List<CounterpartView> alternatives,
    @Schema(
            description =
                "Every counterpart that the category's texts name, with what it is to the"
                    + " category: e.g. the RPC frameworks of Go and Java that Rust lacks.")
        List<RelatedCounterpartView> counterparts,
    @Schema(description = "The category's crates, in the document's order.")
        List<CrateSummary> crates) {

  /** A crate of a category, in brief. */
  @Schema(name = "CrateSummary")
  public record CrateSummary(
      @Schema(examples = "lapin") String slug,
      @Schema(examples = "lapin") String name,
      MaturityLevel maturity,
      Ring ring) {}

  public static CategoryView of(Category category, String lang) {
    Category.Text text = Translations.in(lang, category.texts);
    return new CategoryView(
        category.slug,
        text.name(),
        text.description(),
        text.note(),
        text.evaluation(),
        equivalents(category).map(RelatedCounterpartView::counterpart).toList(),
        related(category).toList(),
        category.crates.stream().map(CategoryView::summary).toList());
  }

  /** The counterparts that the category's texts name, in their order. */
  public static Stream<RelatedCounterpartView> related(Category category) {
    return category.counterparts.stream()
        .map(link -> RelatedCounterpartView.of(link.counterpart, link.relation));
  }

  /** Those that could be used instead of its crates. */
  public static Stream<RelatedCounterpartView> equivalents(Category category) {
    return related(category).filter(link -> link.relation() == CounterpartRelation.EQUIVALENT);
  }

  public static CrateSummary summary(Crate crate) {
    return new CrateSummary(crate.slug, crate.name, crate.maturity, crate.ring);
  }
}
