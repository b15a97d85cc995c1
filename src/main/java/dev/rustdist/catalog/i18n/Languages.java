package dev.rustdist.catalog.i18n;

import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.problem.InvalidParameterException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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

  /** The longest tag the lang parameter takes (RFC 5646 asks for at least 35 to be read). */
  public static final int MAX_TAG_LENGTH = 64;

  /** The longest Accept-Language value read: a browser's list of languages is far shorter. */
  public static final int MAX_ACCEPT_LANGUAGE_LENGTH = 512;

  private static final Pattern LANGUAGE_TAG = Pattern.compile(TAG_PATTERN);

  private final Sql sql;
  private volatile List<String> offered;

  Languages(Sql sql) {
    this.sql = sql;
  }

  public String resolve(String lang, String acceptLanguage) {
    if (lang != null && !lang.isBlank()) {
      String tag = lang.strip();
      // checked for length first: the pattern's repetition costs stack in proportion to it
      boolean wellFormed = tag.length() <= MAX_TAG_LENGTH && LANGUAGE_TAG.matcher(tag).matches();
      String match = wellFormed ? lookup(tag) : null;
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

  /**
   * The offered language that best matches a language tag or an Accept-Language value, or null; a
   * value that is not a list of language ranges (RFC 9110, 12.5.4) is refused.
   */
  private String lookup(String ranges) {
    List<Locale.LanguageRange> parsed;
    try {
      if (ranges.length() > MAX_ACCEPT_LANGUAGE_LENGTH) {
        throw new IllegalArgumentException("too long");
      }
      parsed = Locale.LanguageRange.parse(ranges);
    } catch (RuntimeException malformed) {
      // the JDK's parser also fails with other unchecked exceptions on some malformed ranges
      throw InvalidParameterException.header(
          "Accept-Language",
          ranges,
          "must be a list of language ranges such as zh-CN,zh;q=0.9,en;q=0.8, at most "
              + MAX_ACCEPT_LANGUAGE_LENGTH
              + " characters long");
    }
    return Locale.lookupTag(parsed, offered());
  }

  // read with one plain statement, as every read of a request is: a query of the ORM at start would
  // have Hibernate ready its query language for it alone
  void load(@Observes StartupEvent start) {
    offered();
  }

  public List<String> offered() {
    List<String> codes = offered;
    if (codes == null) {
      codes =
          sql.list(
              SqlStatement.of("select code from language order by position"),
              row -> row.getString(1));
      offered = codes;
    }
    return codes;
  }
}
