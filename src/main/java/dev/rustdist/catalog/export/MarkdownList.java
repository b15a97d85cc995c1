package dev.rustdist.catalog.export;

import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.crate.CrateView;
import java.util.List;

/** The catalog as an awesome-list style Markdown document, grouped by category. */
final class MarkdownList {

  private MarkdownList() {}

  static String of(CatalogExport export) {
    StringBuilder md = new StringBuilder("# rust-dist-catalog\n\n");
    md.append(legend("Maturity", export.maturityLevels())).append(legend("Ring", export.rings()));
    for (CategoryView category : export.categories()) {
      List<CrateView> crates = export.cratesIn(category);
      if (crates.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(escape(category.name())).append("\n\n");
      if (category.description() != null) {
        md.append(escape(category.description())).append("\n\n");
      }
      for (CrateView crate : crates) {
        md.append("- ")
            .append(
                crate.links().repository() != null
                    ? "[" + escape(crate.name()) + "](" + crate.links().repository() + ")"
                    : "**" + escape(crate.name()) + "**")
            .append(" `")
            .append(crate.maturity().code())
            .append("` `")
            .append(crate.ring().code())
            .append("` - ")
            .append(escape(crate.description()))
            .append(crate.positioning() != null ? " " + escape(crate.positioning()) : "")
            .append("\n");
      }
    }
    return md.toString();
  }

  private static String legend(String title, List<dev.rustdist.catalog.vocabulary.TermView> terms) {
    StringBuilder md = new StringBuilder("**").append(title).append(":**");
    terms.forEach(
        term ->
            md.append(" `")
                .append(term.code())
                .append("` ")
                .append(escape(term.label()))
                .append(term.equals(terms.get(terms.size() - 1)) ? "" : " ·"));
    return md.append("\n\n").toString();
  }

  /** Characters that would otherwise turn plain text into Markdown syntax. */
  private static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
