package dev.rustdist.catalog.query;

import dev.rustdist.catalog.problem.InvalidParameterException;
import dev.rustdist.catalog.vocabulary.Term;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads raw query parameters into values, rejecting what the API does not allow. Repeatable
 * parameters may be repeated or given as one comma-separated value.
 */
public final class QueryParameters {

  /** The most values one repeatable parameter takes, repeated or comma-separated. */
  public static final int MAX_VALUES = 100;

  private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);
  private static final Pattern SEPARATOR = Pattern.compile(",");
  private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\p{Cc}");

  private QueryParameters() {}

  public static int integer(String name, String raw, int defaultValue, int min, int max) {
    return integer(name, raw, defaultValue, min, max, "");
  }

  /**
   * A whole number within bounds; {@code beyond} says what to do instead of a value out of them.
   */
  public static int integer(
      String name, String raw, int defaultValue, int min, int max, String beyond) {
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    String reason = "must be a whole number from " + min + " to " + max + beyond;
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, raw, reason);
    }
    if (value < min || value > max) {
      throw new InvalidParameterException(name, raw, reason);
    }
    return value;
  }

  public static <T extends Enum<T> & Term> T term(Class<T> vocabulary, String name, String raw) {
    return Term.fromCode(vocabulary, raw.strip())
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    name,
                    raw,
                    "must be one of " + String.join(", ", Term.codes(vocabulary)),
                    Term.codes(vocabulary)));
  }

  /** The union of the terms given; empty when the parameter is absent. */
  public static <T extends Enum<T> & Term> Set<T> terms(
      Class<T> vocabulary, String name, Collection<String> raw) {
    Set<T> terms = EnumSet.noneOf(vocabulary);
    values(name, raw).forEach(value -> terms.add(term(vocabulary, name, value)));
    return terms;
  }

  public static Set<String> slugs(String name, Collection<String> raw) {
    Set<String> slugs = new LinkedHashSet<>();
    for (String value : values(name, raw)) {
      if (value.length() > Slugs.MAX_LENGTH || !SLUG.matcher(value).matches()) {
        throw new InvalidParameterException(
            name,
            value,
            "must be a slug: lower-case letters and digits separated by single hyphens, at most "
                + Slugs.MAX_LENGTH
                + " characters");
      }
      slugs.add(value);
    }
    return slugs;
  }

  /** true or false; false when absent. */
  public static boolean bool(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    return switch (raw.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidParameterException(
              name, raw, "must be true or false", List.of("true", "false"));
    };
  }

  /** Free text, stripped; null when absent or blank. */
  public static String text(String name, String raw, int maxLength) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.strip();
    if (text.codePointCount(0, text.length()) > maxLength) {
      throw new InvalidParameterException(
          name, text, "must be at most " + maxLength + " characters long");
    }
    if (CONTROL_CHARACTER.matcher(text).find()) {
      throw new InvalidParameterException(
          name, text, "must be plain text, without control characters");
    }
    return text;
  }

  private static List<String> values(String name, Collection<String> raw) {
    if (raw == null) {
      return List.of();
    }
    List<String> values =
        raw.stream()
            .flatMap(SEPARATOR::splitAsStream)
            .map(String::strip)
            .filter(value -> !value.isEmpty())
            .toList();
    if (values.size() > MAX_VALUES) {
      throw new InvalidParameterException(
          name,
          String.join(",", values),
          "takes at most " + MAX_VALUES + " values, repeated or comma-separated");
    }
    return values;
  }
}
