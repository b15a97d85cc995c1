package dev.rustdist.catalog.query;

import java.util.regex.Pattern;

/** What a slug may look like, as the schema's CHECK constraints also say. */
public final class Slugs {

  /**
   * Lower-case letters and digits in words joined by single hyphens: the same slugs as {@code
   * [a-z0-9]+(-[a-z0-9]+)*}, written without a repeated group, which Java's matcher follows one
   * stack frame per repetition and overflows on a long enough value, before any length check.
   */
  public static final String PATTERN = "(?!-)(?!.*--)[a-z0-9-]+(?<!-)";

  public static final int MAX_LENGTH = 64;

  private static final Pattern SLUG = Pattern.compile(PATTERN);

  private Slugs() {}

  public static boolean isSlug(String value) {
    return value.length() <= MAX_LENGTH && SLUG.matcher(value).matches();
  }
}
