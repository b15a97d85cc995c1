package dev.rustdist.catalog.export;

import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.crate.CrateView;
import java.util.List;

/** The catalog as a Mermaid mindmap: categories around the root, their crates around them. */
final class MermaidMindmap {

  private static final String INDENT = "  ";

  private MermaidMindmap() {}

  static String of(CatalogExport export) {
    StringBuilder mermaid = new StringBuilder("mindmap\n");
    mermaid.append(INDENT).append("root((rust-dist-catalog))\n");
    for (CategoryView category : export.categories()) {
      List<CrateView> crates = export.cratesIn(category);
      if (crates.isEmpty()) {
        continue;
      }
      node(mermaid, 2, "category_" + id(category.slug()), category.name());
      for (CrateView crate : crates) {
        String text =
            crate.name()
                + " · "
                + crate.maturity().code()
                + " · "
                + crate.ring().code()
                + (crate.summary() != null ? ": " + crate.summary() : "");
        node(mermaid, 3, "crate_" + id(crate.slug()), text);
      }
    }
    return mermaid.toString();
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
