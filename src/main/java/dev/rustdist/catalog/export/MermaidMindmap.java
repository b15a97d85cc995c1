package dev.rustdist.catalog.export;

import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.crate.CrateView;
import dev.rustdist.catalog.document.MindMapView;
import dev.rustdist.catalog.vocabulary.Term;
import dev.rustdist.catalog.vocabulary.TermView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document's mind map as a Mermaid mindmap: every line as the document writes it, in the
 * export's language, each crate with its maturity and ring. A category is drawn with the crates of
 * it that the filters match, and not at all where they match none; crates and categories that the
 * mind map does not name follow those it names.
 *
 * <p>Laid out as a tree (dagre) rather than by Mermaid's default force-directed layout, which draws
 * lines across other lines' boxes at this size. A line naming several crates has one line under it
 * for each maturity and ring they share, not one per crate: spread under it, they pulled lines
 * across their neighbours' boxes.
 */
final class MermaidMindmap {

  private static final String INDENT = "  ";

  private final CatalogExport export;
  private final Map<String, CrateView> matched = new LinkedHashMap<>();
  private final Set<String> namedCrates = new HashSet<>();
  private final Set<String> namedCategories = new HashSet<>();
  private int lines;

  private MermaidMindmap(CatalogExport export) {
    this.export = export;
    export.crates().forEach(crate -> matched.put(crate.slug(), crate));
    collectNamed(export.mindMap().root());
  }

  static String of(CatalogExport export) {
    MermaidMindmap map = new MermaidMindmap(export);
    MindMapView.Node root = export.mindMap().root();
    StringBuilder mermaid = new StringBuilder("---\nconfig:\n  layout: dagre\n---\nmindmap\n");
    mermaid.append(INDENT).append("root((\"").append(quoted(root.text())).append("\"))\n");
    root.children().forEach(child -> map.line(mermaid, child, 2));
    return mermaid.toString();
  }

  private void line(StringBuilder mermaid, MindMapView.Node node, int depth) {
    if (node.category() != null) {
      category(
          mermaid, depth, node.category(), "category_" + id(node.category()), node.text(), node);
      return;
    }
    node(mermaid, depth, "line_" + ++lines, node.text());
    node.children().forEach(child -> line(mermaid, child, depth + 1));
    if (node.children().stream().anyMatch(child -> child.category() != null)) {
      for (CategoryView category : export.categories()) {
        if (!namedCategories.contains(category.slug())) {
          category(
              mermaid,
              depth + 1,
              category.slug(),
              "category_" + id(category.slug()),
              category.name(),
              null);
        }
      }
    }
  }

  /** A category's line with its lines under it; nothing where no crate of it is drawn. */
  private void category(
      StringBuilder mermaid,
      int depth,
      String slug,
      String id,
      String text,
      MindMapView.Node node) {
    StringBuilder under = new StringBuilder();
    boolean drawsCrates = false;
    for (MindMapView.Node child : node == null ? List.<MindMapView.Node>of() : node.children()) {
      List<CrateView> crates =
          child.crates().stream().filter(matched::containsKey).map(matched::get).toList();
      if (child.crates().size() == 1 && !crates.isEmpty()) {
        CrateView crate = crates.get(0);
        node(under, depth + 1, "crate_" + id(crate.slug()), child.text() + " · " + labels(crate));
        drawsCrates = true;
      } else if (!crates.isEmpty()) {
        node(under, depth + 1, "line_" + ++lines, child.text());
        Map<String, List<CrateView>> byLabels = new LinkedHashMap<>();
        crates.forEach(
            crate -> byLabels.computeIfAbsent(labels(crate), key -> new ArrayList<>()).add(crate));
        byLabels.forEach(
            (labels, alike) ->
                node(
                    under,
                    depth + 2,
                    "crates_" + id(alike.get(0).slug()),
                    String.join(", ", alike.stream().map(CrateView::name).toList())
                        + " · "
                        + labels));
        drawsCrates = true;
      } else if (child.crates().isEmpty()) {
        node(under, depth + 1, "line_" + ++lines, child.text());
      }
    }
    for (CrateView crate : matched.values()) {
      if (crate.category().slug().equals(slug) && !namedCrates.contains(crate.slug())) {
        crate(under, depth + 1, crate);
        drawsCrates = true;
      }
    }
    if (drawsCrates) {
      node(mermaid, depth, id, text);
      mermaid.append(under);
    }
  }

  private void crate(StringBuilder mermaid, int depth, CrateView crate) {
    node(mermaid, depth, "crate_" + id(crate.slug()), crate.name() + " · " + labels(crate));
  }

  /** Its maturity and ring, labelled in the export's language. */
  private String labels(CrateView crate) {
    return label(export.maturityLevels(), crate.maturity())
        + " · "
        + label(export.rings(), crate.ring());
  }

  private static String label(List<TermView> vocabulary, Term term) {
    return vocabulary.stream()
        .filter(view -> view.code().equals(term.code()))
        .map(TermView::label)
        .findFirst()
        .orElse(term.code());
  }

  private void collectNamed(MindMapView.Node node) {
    if (node.category() != null) {
      namedCategories.add(node.category());
      node.children().forEach(child -> namedCrates.addAll(child.crates()));
    }
    node.children().forEach(this::collectNamed);
  }

  private static void node(StringBuilder mermaid, int depth, String id, String text) {
    mermaid
        .append(INDENT.repeat(depth))
        .append(id)
        .append("[\"")
        .append(quoted(text))
        .append("\"]\n");
  }

  private static String id(String slug) {
    return slug.replace('-', '_');
  }

  /** Inside a quoted node text, Mermaid reads an entity code for the quote character. */
  private static String quoted(String text) {
    return text.replace("\"", "#quot;");
  }
}
