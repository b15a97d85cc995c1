package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.counterpart.Counterpart;
import dev.rustdist.catalog.problem.InvalidBodyException;
import dev.rustdist.catalog.problem.Problem;
import io.quarkus.panache.common.Sort;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rules one write's body breaks, gathered so that one answer lists every one of them. */
public final class BodyCheck {

  private final List<String> languages;
  private final List<Problem.InvalidParameter> broken = new ArrayList<>();

  /** Starts from the violations of the input's field constraints, by field. */
  <T> BodyCheck(List<String> languages, Set<ConstraintViolation<T>> violations) {
    this.languages = languages;
    for (ConstraintViolation<T> violation : violations) {
      broken(fieldName(violation.getPropertyPath().toString()), violation.getMessage(), List.of());
    }
    broken.sort(Comparator.comparing(Problem.InvalidParameter::name));
  }

  public void broken(String field, String reason, List<String> allowed) {
    broken.add(InvalidBodyException.field(field, reason, allowed));
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
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      languages(field + "[" + i + "]", items.get(i));
    }
  }

  public void counterparts(String field, List<String> slugs) {
    List<String> known = null;
    List<String> given = CurationMapper.orEmpty(slugs);
    for (int i = 0; i < given.size(); i++) {
      if (Counterpart.count("slug", given.get(i)) == 0) {
        if (known == null) {
          known =
              Counterpart.<Counterpart>listAll(Sort.by("position")).stream()
                  .map(counterpart -> counterpart.slug)
                  .toList();
        }
        broken(field + "[" + i + "]", "must be the slug of a counterpart", known);
      }
    }
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
