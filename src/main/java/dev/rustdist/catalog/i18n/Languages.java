package dev.rustdist.catalog.i18n;

import dev.rustdist.catalog.problem.InvalidParameterException;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses the language of a response: an explicit {@code lang} parameter wins, then the best match
 * of {@code Accept-Language}, then English. The languages offered are those in the database.
 */
@ApplicationScoped
public class Languages {

  public static final String DEFAULT = "en";

  /** A language tag as the lang parameter takes it: a language and optional subtags. */
  public static final String TAG_PATTERN = "[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*";

  private static final Pattern LANGUAGE_TAG = Pattern.compile(TAG_PATTERN);

  private volatile List<String> offered;

  public String resolve(String lang, String acceptLanguage) {
    if (lang != null && !lang.isBlank()) {
      String match = LANGUAGE_TAG.matcher(lang.strip()).matches() ? lookup(lang.strip()) : null;
      if (match == null) {
        throw new InvalidParameterException(
            "lang",
            lang,
            "must be one of the languages the catalog is written in: "
                + String.join(", ", offered()),
            offered());
      }
      return match;
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      String match = lookup(acceptLanguage);
      if (match != null) {
        return match;
      }
    }
    return DEFAULT;
  }

  /** The offered language that best matches an Accept-Language value, or null. */
  private String lookup(String ranges) {
    try {
      return Locale.lookupTag(Locale.LanguageRange.parse(ranges), offered());
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  @Transactional
  void load(@Observes StartupEvent start) {
    offered();
  }

  public List<String> offered() {
    List<String> codes = offered;
    if (codes == null) {
      codes =
          Language.<Language>listAll(Sort.by("position")).stream()
              .map(language -> language.code)
              .toList();
      offered = codes;
    }
    return codes;
  }
}
