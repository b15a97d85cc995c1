package dev.rustdist.catalog.i18n;

import java.util.Map;

/** Picks one language's text out of all its translations. */
public final class Translations {

  private Translations() {}

  /** The text in this language, or in the default language where it has not been translated. */
  public static <T> T in(String lang, Map<String, T> translations) {
    T text = translations.get(lang);
    return text != null ? text : translations.get(Languages.DEFAULT);
  }
}
