package dev.rustdist.catalog.export;

import dev.rustdist.catalog.assessment.AssessmentView;
import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.counterpart.CounterpartView;
import dev.rustdist.catalog.crate.CrateView;
import dev.rustdist.catalog.vocabulary.TermView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalog as a Markdown document in one language: the overview, each category with its crates
 * and all that the catalog says of them, the assessment, and the scales. Blocks are separated by
 * exactly one blank line; the document passes markdownlint with the rules set in {@code
 * .markdownlint-cli2.jsonc}.
 */
final class MarkdownList {

  private MarkdownList() {}

  static String of(CatalogExport export, AssessmentView assessment) {
    ExportLabels labels = export.labels();
    List<String> blocks = new ArrayList<>();
    blocks.add("# " + escape(export.title()));
    addParagraph(blocks, sentences(assessment.overview()));
    for (CategoryView category : export.categories()) {
      List<CrateView> crates = export.cratesIn(category);
      if (!crates.isEmpty()) {
        addCategory(blocks, category, crates, export);
      }
    }
    blocks.add("## " + escape(labels.assessment()));
    addPoints(blocks, labels.strengths(), assessment.strengths(), labels);
    addPoints(blocks, labels.weaknesses(), assessment.weaknesses(), labels);
    addPoints(blocks, labels.trends(), assessment.trends(), labels);
    if (!assessment.conclusion().isEmpty()) {
      blocks.add("### " + escape(labels.conclusion()));
      addParagraph(blocks, sentences(assessment.conclusion()));
    }
    addScale(blocks, labels.maturity(), export.maturityLevels(), labels);
    addScale(blocks, labels.ring(), export.rings(), labels);
    return String.join("\n\n", blocks) + "\n";
  }

  private static void addCategory(
      List<String> blocks, CategoryView category, List<CrateView> crates, CatalogExport export) {
    ExportLabels labels = export.labels();
    blocks.add("## " + escape(category.name()));
    addParagraph(blocks, category.description());
    if (category.note() != null) {
      blocks.add(labelled(labels, labels.note(), escape(category.note())));
    }
    if (!category.alternatives().isEmpty()) {
      blocks.add(
          labelled(labels, labels.counterparts(), counterparts(category.alternatives(), labels)));
    }
    if (category.evaluation() != null) {
      blocks.add(labelled(labels, labels.evaluation(), escape(category.evaluation())));
    }
    for (CrateView crate : crates) {
      blocks.add("### " + escape(crate.name()));
      addParagraph(blocks, crate.description());
      blocks.add(facts(crate, export));
    }
  }

  /** A crate's facts, one item each; pros and cons as lists of their own. */
  private static String facts(CrateView crate, CatalogExport export) {
    ExportLabels labels = export.labels();
    List<String> items = new ArrayList<>();
    items.add(
        labelled(
            labels,
            labels.maturity(),
            escape(CatalogExport.label(export.maturityLevels(), crate.maturity().code()))));
    items.add(
        labelled(
            labels,
            labels.ring(),
            escape(CatalogExport.label(export.rings(), crate.ring().code()))));
    addList(items, labels.pros(), crate.pros(), labels);
    addList(items, labels.cons(), crate.cons(), labels);
    if (crate.positioning() != null) {
      items.add(labelled(labels, labels.positioning(), escape(crate.positioning())));
    }
    if (!crate.alternatives().isEmpty()) {
      items.add(
          labelled(labels, labels.counterparts(), counterparts(crate.alternatives(), labels)));
    }
    if (!crate.platforms().isEmpty()) {
      items.add(
          labelled(
              labels,
              labels.platforms(),
              crate.platforms().stream()
                  .map(platform -> escape(platform.name()))
                  .collect(Collectors.joining(labels.separator()))));
    }
    List<String> links = new ArrayList<>();
    addLink(links, labels.repository(), crate.links().repository());
    addLink(links, "crates.io", crate.links().cratesIo());
    addLink(links, "docs.rs", crate.links().docsRs());
    if (!links.isEmpty()) {
      items.add(labelled(labels, labels.links(), String.join(labels.separator(), links)));
    }
    return items.stream().map(item -> "- " + item).collect(Collectors.joining("\n"));
  }

  private static void addList(
      List<String> items, String label, List<String> values, ExportLabels labels) {
    if (!values.isEmpty()) {
      items.add(
          bold(labels.ending(label))
              + values.stream()
                  .map(value -> "\n  - " + escape(value))
                  .collect(Collectors.joining()));
    }
  }

  private static void addPoints(
      List<String> blocks, String heading, List<AssessmentView.Point> points, ExportLabels labels) {
    if (points.isEmpty()) {
      return;
    }
    blocks.add("### " + escape(heading));
    blocks.add(
        points.stream()
            .map(
                point ->
                    "- "
                        + (point.title() != null
                            ? labelled(labels, point.title(), escape(point.text()))
                            : escape(point.text())))
            .collect(Collectors.joining("\n")));
  }

  private static void addScale(
      List<String> blocks, String heading, List<TermView> terms, ExportLabels labels) {
    blocks.add("## " + escape(heading));
    blocks.add(
        terms.stream()
            .map(term -> "- " + labelled(labels, term.label(), escape(term.meaning())))
            .collect(Collectors.joining("\n")));
  }

  private static void addParagraph(List<String> blocks, String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(escape(text));
    }
  }

  private static void addLink(List<String> links, String text, String url) {
    if (url != null) {
      links.add("[" + escape(text) + "](" + destination(url) + ")");
    }
  }

  private static String counterparts(List<CounterpartView> counterparts, ExportLabels labels) {
    return counterparts.stream()
        .map(
            counterpart ->
                escape(
                    labels.aside(
                        counterpart.name(), labels.ecosystems().get(counterpart.ecosystem()))))
        .collect(Collectors.joining(labels.separator()));
  }

  /**
   * A value after its bold label. The space after the label is needed in every language: a closing
   * {@code **} after punctuation such as "：" only closes before a space or more punctuation.
   */
  private static String labelled(ExportLabels labels, String label, String markdown) {
    return bold(labels.ending(label)) + " " + markdown;
  }

  private static String bold(String text) {
    return "**" + escape(text) + "**";
  }

  private static String sentences(List<AssessmentView.Point> points) {
    return ExportLabels.sentences(points.stream().map(AssessmentView.Point::text).toList());
  }

  /** A link destination with the characters that would end it or break it percent-encoded. */
  private static String destination(String url) {
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
  }

  /** Characters that would otherwise turn plain text into Markdown syntax. */
  private static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
