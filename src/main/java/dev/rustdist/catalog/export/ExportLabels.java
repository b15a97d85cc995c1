package dev.rustdist.catalog.export;

import dev.rustdist.catalog.counterpart.Ecosystem;
import dev.rustdist.catalog.i18n.Translations;
import java.util.Map;

/**
 * The words an export writes around the catalog's texts, per language. The values of the maturity
 * and ring scales are not here: the vocabularies hold their labels.
 */
record ExportLabels(
    // what follows a label: a colon and a space, or a full-width colon, which takes none
    String colon,
    // what separates the items of a run, and what encloses an aside
    String separator,
    String opening,
    String closing,
    String category,
    String maturity,
    String ring,
    String pros,
    String cons,
    String positioning,
    String counterparts,
    String platforms,
    String note,
    String evaluation,
    String links,
    String repository,
    String assessment,
    String strengths,
    String weaknesses,
    String trends,
    String conclusion,
    Map<Ecosystem, String> ecosystems) {

  private static final Map<String, ExportLabels> BY_LANGUAGE =
      Map.of(
          "en",
          new ExportLabels(
              ": ",
              ", ",
              " (",
              ")",
              "Category",
              "Maturity",
              "Ring",
              "Pros",
              "Cons",
              "Positioning",
              "Counterparts",
              "Platforms",
              "Note",
              "Evaluation",
              "Links",
              "Repository",
              "Assessment",
              "Strengths",
              "Weaknesses",
              "Trends",
              "Conclusion",
              Map.of(Ecosystem.JAVA, "Java", Ecosystem.GO, "Go", Ecosystem.PLATFORM, "platform")),
          "zh",
          new ExportLabels(
              "：",
              "、",
              "（",
              "）",
              "类别",
              "成熟度",
              "雷达环",
              "优点",
              "缺点",
              "定位",
              "对应",
              "平台",
              "说明",
              "评价",
              "链接",
              "代码仓库",
              "总结评价",
              "优势",
              "劣势",
              "趋势",
              "结论",
              Map.of(Ecosystem.JAVA, "Java", Ecosystem.GO, "Go", Ecosystem.PLATFORM, "平台")));

  static ExportLabels in(String lang) {
    return Translations.in(lang, BY_LANGUAGE);
  }

  /** A value after its label: "Category: Actor Frameworks", "类别：Actor 框架". */
  String labelled(String label, String value) {
    return label + colon + value;
  }

  /** A text with an aside: "Akka (Java)", "Akka（Java）". */
  String aside(String text, String aside) {
    return text + opening + aside + closing;
  }

  /** A label as it ends, before its value: "Category:", "类别：". */
  String ending(String label) {
    return label + colon.strip();
  }

  /**
   * Sentences joined into one text: with a space, except after the full-width punctuation that ends
   * a Chinese sentence or clause, which is never followed by one.
   */
  static String sentences(Iterable<String> sentences) {
    StringBuilder text = new StringBuilder();
    for (String sentence : sentences) {
      if (!text.isEmpty() && "。！？；：，）”".indexOf(text.charAt(text.length() - 1)) < 0) {
        text.append(' ');
      }
      text.append(sentence);
    }
    return text.toString();
  }
}
