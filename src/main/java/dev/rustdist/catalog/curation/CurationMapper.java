package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.category.Category;
import dev.rustdist.catalog.category.CategoryCounterpart;
import dev.rustdist.catalog.counterpart.Counterpart;
import dev.rustdist.catalog.counterpart.CounterpartLink;
import dev.rustdist.catalog.counterpart.CounterpartRelation;
import dev.rustdist.catalog.crate.Crate;
import dev.rustdist.catalog.crate.CrateCounterpart;
import dev.rustdist.catalog.crate.CratePoint;
import dev.rustdist.catalog.replacement.CrateReplacement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Maps entries between their entities and the representation curators write. */
final class CurationMapper {

  private CurationMapper() {}

  static CrateInput toInput(Crate crate, List<CrateReplacement> replacements) {
    return new CrateInput(
        crate.slug,
        crate.name,
        crate.category.slug,
        crate.maturity,
        crate.ring,
        crate.cratesIoName,
        crate.repositoryUrl,
        transform(
            crate.texts,
            text -> new CrateInput.Text(text.qualifier(), text.description(), text.positioning())),
        points(crate, CratePoint.Kind.PRO),
        points(crate, CratePoint.Kind.CON),
        counterparts(crate.counterparts, CounterpartRelation.EQUIVALENT),
        counterparts(crate.counterparts, CounterpartRelation.LACKING),
        counterparts(crate.counterparts, CounterpartRelation.PLATFORM),
        replacements.stream()
            .map(
                replacement ->
                    new ReplacementInput(
                        replacement.replacement == null ? null : replacement.replacement.slug,
                        replacement.counterpart == null ? null : replacement.counterpart.slug,
                        transform(replacement.reasons, reason -> reason)))
            .toList(),
        crate.deprecatedOn,
        crate.sunsetOn);
  }

  static CategoryInput toInput(Category category) {
    return new CategoryInput(
        category.slug,
        transform(
            category.texts,
            text ->
                new CategoryInput.Text(
                    text.name(), text.description(), text.note(), text.evaluation())),
        counterparts(category.counterparts, CounterpartRelation.EQUIVALENT),
        counterparts(category.counterparts, CounterpartRelation.LACKING));
  }

  /** Writes the input's fields onto the crate; its points and counterparts are made anew. */
  static void apply(
      CrateInput input,
      Crate crate,
      Category category,
      Function<String, Counterpart> counterparts,
      List<CratePoint> points,
      List<CrateCounterpart> links) {
    crate.slug = input.slug();
    crate.name = input.name();
    crate.category = category;
    crate.maturity = input.maturity();
    crate.ring = input.ring();
    crate.cratesIoName = input.cratesIoName();
    crate.repositoryUrl = input.repository();
    crate.deprecatedOn = input.deprecated();
    crate.sunsetOn = input.sunset();
    crate.texts =
        transform(
            input.texts(),
            text -> new Crate.Text(text.qualifier(), text.description(), text.positioning()));
    addPoints(crate, CratePoint.Kind.PRO, input.pros(), points);
    addPoints(crate, CratePoint.Kind.CON, input.cons(), points);
    Supplier<CrateCounterpart> link =
        () -> {
          CrateCounterpart made = new CrateCounterpart();
          made.crate = crate;
          return made;
        };
    addLinks(link, CounterpartRelation.EQUIVALENT, input.alternatives(), counterparts, links);
    addLinks(link, CounterpartRelation.LACKING, input.lacking(), counterparts, links);
    addLinks(link, CounterpartRelation.PLATFORM, input.platforms(), counterparts, links);
  }

  /** The input's replacements for the crate, in their order, their targets looked up. */
  static List<CrateReplacement> replacements(
      CrateInput input,
      Crate crate,
      Function<String, Crate> crates,
      Function<String, Counterpart> counterparts) {
    List<CrateReplacement> replacements = new ArrayList<>();
    for (ReplacementInput given : orEmpty(input.replacements())) {
      CrateReplacement replacement = new CrateReplacement();
      replacement.crate = crate;
      replacement.position = (short) (replacements.size() + 1);
      replacement.replacement = given.crate() == null ? null : crates.apply(given.crate());
      replacement.counterpart =
          given.counterpart() == null ? null : counterparts.apply(given.counterpart());
      replacement.reasons = new LinkedHashMap<>(given.reason());
      replacements.add(replacement);
    }
    return replacements;
  }

  /** Writes the input's fields onto the category; its counterpart links are made anew. */
  static void apply(
      CategoryInput input,
      Category category,
      Function<String, Counterpart> counterparts,
      List<CategoryCounterpart> links) {
    category.slug = input.slug();
    category.texts =
        transform(
            input.texts(),
            text ->
                new Category.Text(text.name(), text.description(), text.note(), text.evaluation()));
    Supplier<CategoryCounterpart> link =
        () -> {
          CategoryCounterpart made = new CategoryCounterpart();
          made.category = category;
          return made;
        };
    addLinks(link, CounterpartRelation.EQUIVALENT, input.alternatives(), counterparts, links);
    addLinks(link, CounterpartRelation.LACKING, input.lacking(), counterparts, links);
  }

  private static void addPoints(
      Crate crate, CratePoint.Kind kind, List<Map<String, String>> texts, List<CratePoint> points) {
    for (int i = 0; i < texts.size(); i++) {
      CratePoint point = new CratePoint();
      point.crate = crate;
      point.kind = kind;
      point.position = (short) (i + 1);
      point.texts = new LinkedHashMap<>(texts.get(i));
      points.add(point);
    }
  }

  /** Links the entry to the counterparts named, after the links it already has. */
  private static <L extends CounterpartLink> void addLinks(
      Supplier<L> newLink,
      CounterpartRelation relation,
      List<String> slugs,
      Function<String, Counterpart> counterparts,
      List<L> links) {
    for (String slug : orEmpty(slugs)) {
      L link = newLink.get();
      link.counterpart = counterparts.apply(slug);
      link.relation = relation;
      link.position = (short) (links.size() + 1);
      links.add(link);
    }
  }

  private static List<Map<String, String>> points(Crate crate, CratePoint.Kind kind) {
    return crate.points.stream()
        .filter(point -> point.kind == kind)
        .map(point -> (Map<String, String>) new LinkedHashMap<>(point.texts))
        .toList();
  }

  private static List<String> counterparts(
      List<? extends CounterpartLink> links, CounterpartRelation relation) {
    return links.stream()
        .filter(link -> link.relation == relation)
        .map(link -> link.counterpart.slug)
        .toList();
  }

  private static <A, B> Map<String, B> transform(Map<String, A> texts, Function<A, B> mapper) {
    Map<String, B> result = new LinkedHashMap<>();
    texts.keySet().stream()
        .sorted()
        .forEach(lang -> result.put(lang, mapper.apply(texts.get(lang))));
    return result;
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
