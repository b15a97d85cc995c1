package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.counterpart.Counterpart;
import dev.rustdist.catalog.problem.InvalidBodyException;
import dev.rustdist.catalog.problem.Problem;
import io.quarkus.panache.common.Sort;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules one write's body breaks, gathered so that one answer lists every one of them. A value
 * whose own form is broken (too many items, not a slug, a control character) is not looked up in
 * the catalog: nothing the form refuses reaches the database.
 */
public final class BodyCheck {

  private final List<String> languages;
  private final List<Problem.InvalidParameter> broken = new ArrayList<>();
  private final Set<String> brokenFields = new HashSet<>();
  // every counterpart the body names, with the field that first names it
  private final Map<String, String> counterparts = new LinkedHashMap<>();

  BodyCheck(List<String> languages) {
    this.languages = languages;
  }

  /**
   * The violations of the input's field constraints, by field. A value that did not fit its field
   * at all (see {@link BodyShape}) was read as absent and is broken already: it is not said to be
   * missing too.
   */
  <T> void violations(Set<ConstraintViolation<T>> violations) {
    Set<String> misfits = Set.copyOf(brokenFields);
    violations.stream()
        .map(
            violation ->
                Map.entry(
                    fieldName(violation.getPropertyPath().toString()), violation.getMessage()))
        .filter(violation -> !misfits.contains(PlainText.escaped(violation.getKey())))
        .sorted(Map.Entry.comparingByKey())
        .forEach(violation -> broken(violation.getKey(), violation.getValue(), List.of()));
  }

  public void broken(String field, String reason, List<String> allowed) {
    String name = PlainText.escaped(field);
    broken.add(InvalidBodyException.field(name, reason, allowed));
    brokenFields.add(name);
  }

  /** Whether a rule of the field itself is broken, such as its size or its pattern. */
  public boolean isBroken(String field) {
    return brokenFields.contains(PlainText.escaped(field));
  }

  /** Texts must be given in every language the catalog is written in, and in no other. */
  public void languages(String field, Map<String, ?> texts) {
    if (texts == null) {
      return;
    }
    Set<String> given = new TreeSet<>(texts.keySet());
    for (String lang : languages) {
      if (!given.contains(lang)) {
        broken(field + "." + lang, "is required", languages);
      }
    }
    for (String lang : given) {
      if (!languages.contains(lang)) {
        broken(field + "." + lang, "is not a language the catalog is written in", languages);
      }
    }
  }

  public void languagesOfEach(String field, List<? extends Map<String, ?>> items) {
    if (items == null || isBroken(field)) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      languages(field + "[" + i + "]", items.get(i));
    }
  }

  /**
   * Slugs that must each name a counterpart, once in the whole body (an entry relates to a
   * counterpart once). They are looked up together, by {@link #lookUpCounterparts}.
   */
  public void counterparts(String field, List<String> slugs) {
    if (slugs == null || isBroken(field)) {
      return;
    }
    for (int i = 0; i < slugs.size(); i++) {
      String item = field + "[" + i + "]";
      if (slugs.get(i) != null && !isBroken(item)) {
        String first = counterparts.putIfAbsent(slugs.get(i), item);
        if (first != null) {
          broken(item, "names the counterpart that " + first + " names already", List.of());
        }
      }
    }
  }

  /** Looks up every counterpart the body names in one query; an unknown one breaks its field. */
  void lookUpCounterparts() {
    Set<String> known = Counterpart.bySlug(counterparts.keySet()).keySet();
    List<String> all = null;
    for (Map.Entry<String, String> named : counterparts.entrySet()) {
      if (!known.contains(named.getKey())) {
        if (all == null) {
          all =
              Counterpart.<Counterpart>listAll(Sort.by("position")).stream()
                  .map(counterpart -> counterpart.slug)
                  .toList();
        }
        broken(named.getValue(), "must be the slug of a counterpart", all);
      }
    }
  }

  /** The rules broken, each named as a field under the prefix, e.g. {@code [3].ring}. */
  List<Problem.InvalidParameter> brokenUnder(String prefix) {
    return broken.stream()
        .map(
            field ->
                InvalidBodyException.field(
                    field.name().equals("body") ? prefix : prefix + "." + field.name(),
                    field.reason(),
                    field.allowed()))
        .toList();
  }

  void throwIfBroken() {
    if (!broken.isEmpty()) {
      throw new InvalidBodyException(broken);
    }
  }

  /** A property path as the body writes it: map keys such as languages after dots. */
  private static String fieldName(String propertyPath) {
    return propertyPath
        .replace("<map value>", "")
        .replace("<list element>", "")
        .replaceAll("\\[([A-Za-z][^\\]]*)]", ".$1")
        .replace("..", ".")
        .replaceAll("\\.$", "");
  }
}
