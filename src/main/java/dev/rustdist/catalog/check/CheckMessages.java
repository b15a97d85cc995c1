package dev.rustdist.catalog.check;

import dev.rustdist.catalog.i18n.Translations;
import java.util.Map;

/**
 * The sentences a check's reasons are written in, per language: each takes the dependency's name
 * and the crate's, then what the rule is about. Dates are ISO dates and vocabulary values their
 * codes, in every language.
 */
record CheckMessages(
    String ring,
    String maturity,
    String sunset,
    String deprecated,
    String deprecatedUntil,
    String prefer,
    String avoid,
    String separator) {

  private static final Map<String, CheckMessages> BY_LANGUAGE =
      Map.of(
          "en",
          new CheckMessages(
              "%s (%s) is in the ring %s, which the policy fails on.",
              "%s (%s) is %s; the policy asks for %s or more mature.",
              "%s (%s) was deprecated on %s and is gone since %s.",
              "%s (%s) is deprecated from %s.",
              "%s (%s) is deprecated from %s and is gone on %s.",
              "For %1$s (%2$s) the catalog prefers %3$s: %4$s",
              "%s (%s): %s",
              " or "),
          "zh",
          new CheckMessages(
              "%s（%s）处于雷达环 %s，策略对此判为失败。",
              "%s（%s）的成熟度为 %s，策略要求至少为 %s。",
              "%s（%s）自 %s 起已弃用，并已于 %s 停止支持。",
              "%s（%s）自 %s 起弃用。",
              "%s（%s）自 %s 起弃用，将于 %s 停止支持。",
              "相比 %1$s（%2$s），目录更推荐 %3$s：%4$s",
              "%s（%s）：%s",
              " 或 "));

  static CheckMessages in(String lang) {
    return Translations.in(lang, BY_LANGUAGE);
  }
}
