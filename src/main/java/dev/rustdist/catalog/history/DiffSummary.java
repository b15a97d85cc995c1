package dev.rustdist.catalog.history;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A diff as a short Markdown summary, e.g. for the release notes of a radar edition. */
final class DiffSummary {

  private record Labels(
      String title,
      String revision,
      String now,
      String added,
      String removed,
      String moved,
      String maturity,
      String changed,
      String addedCategories,
      String removedCategories,
      String changedCategories,
      String nothing,
      String colon,
      String comma) {}

  private static final Map<String, Labels> BY_LANGUAGE =
      Map.of(
          "en",
          new Labels(
              "Changes from %s to %s",
              "revision %d",
              "now",
              "Added",
              "Removed",
              "Moved",
              "Maturity",
              "Changed",
              "Categories added",
              "Categories removed",
              "Categories changed",
              "Nothing changed.",
              ": ",
              ", "),
          "zh",
          new Labels(
              "从 %s 到 %s 的变化",
              "修订 %d", "当前", "新增", "移除", "环位变化", "成熟度变化", "内容变化", "新增类别", "移除类别", "类别内容变化", "没有变化。",
              "：", "、"));

  private DiffSummary() {}

  static String markdown(CatalogDiff diff, String lang) {
    Labels labels = BY_LANGUAGE.getOrDefault(lang, BY_LANGUAGE.get("en"));
    StringBuilder text =
        new StringBuilder("# ")
            .append(String.format(labels.title(), end(diff.from(), labels), end(diff.to(), labels)))
            .append('\n');
    int sections = text.length();
    section(text, labels.added(), diff.added(), entry -> entry(entry, labels));
    section(text, labels.removed(), diff.removed(), entry -> entry(entry, labels));
    section(text, labels.moved(), diff.moved(), move -> move(move, labels));
    section(text, labels.maturity(), diff.maturity(), move -> move(move, labels));
    section(text, labels.changed(), diff.changed(), change -> change(change, labels));
    section(text, labels.addedCategories(), diff.addedCategories(), entry -> entry(entry, labels));
    section(
        text, labels.removedCategories(), diff.removedCategories(), entry -> entry(entry, labels));
    section(
        text,
        labels.changedCategories(),
        diff.changedCategories(),
        change -> change(change, labels));
    if (text.length() == sections) {
      text.append('\n').append(labels.nothing()).append('\n');
    }
    return text.toString();
  }

  private static String end(CatalogDiff.Point point, Labels labels) {
    String revision = String.format(labels.revision(), point.revision());
    return point.edition() == null ? revision : point.edition() + " (" + revision + ")";
  }

  private static <T> void section(
      StringBuilder text, String heading, List<T> items, Function<T, String> line) {
    if (items.isEmpty()) {
      return;
    }
    text.append("\n## ").append(heading).append("\n\n");
    items.forEach(item -> text.append("- ").append(line.apply(item)).append('\n'));
  }

  private static String entry(CatalogDiff.Entry entry, Labels labels) {
    return name(entry.name(), entry.slug())
        + (entry.ring() == null ? "" : labels.colon() + entry.ring());
  }

  private static String move(CatalogDiff.Move move, Labels labels) {
    return name(move.name(), move.slug()) + labels.colon() + move.from() + " → " + move.to();
  }

  private static String change(CatalogDiff.Changed change, Labels labels) {
    return name(change.name(), change.slug())
        + labels.colon()
        + String.join(labels.comma(), change.fields());
  }

  /** The entry's name in bold, its Markdown characters escaped. */
  private static String name(String name, String slug) {
    String shown = name == null ? slug : name;
    return "**" + shown.replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1") + "**";
  }
}
