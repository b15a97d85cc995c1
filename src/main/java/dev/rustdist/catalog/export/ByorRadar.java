package dev.rustdist.catalog.export;

import dev.rustdist.catalog.crate.CrateView;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows Thoughtworks' Build Your Own Radar reads: name, ring, quadrant, isNew, description. BYOR
 * orders rings by their English names, so the ring is always the English one; the description is
 * HTML, in the export's language.
 */
final class ByorRadar {

  static final List<String> COLUMNS = List.of("name", "ring", "quadrant", "isNew", "description");

  record Row(String name, String ring, String quadrant, String isNew, String description) {}

  private ByorRadar() {}

  static List<Row> rows(CatalogExport export) {
    return export.crates().stream().map(crate -> row(crate, export)).toList();
  }

  /** RFC 4180 CSV: every field quoted, lines ending in CRLF. */
  static String csv(CatalogExport export) {
    return Stream.concat(
            Stream.of(COLUMNS),
            rows(export).stream()
                .map(
                    row ->
                        List.of(
                            row.name(),
                            row.ring(),
                            row.quadrant(),
                            row.isNew(),
                            row.description())))
        .map(fields -> fields.stream().map(ByorRadar::quoted).collect(Collectors.joining(",")))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  private static Row row(CrateView crate, CatalogExport export) {
    String ring = crate.ring().code();
    StringBuilder description =
        new StringBuilder("<p>").append(html(crate.description())).append("</p>");
    if (crate.positioning() != null) {
      description.append("<p>").append(html(crate.positioning())).append("</p>");
    }
    return new Row(
        crate.name(),
        Character.toUpperCase(ring.charAt(0)) + ring.substring(1),
        export.quadrantOf(crate).name(),
        // the catalog keeps no history of movements yet: nothing is new to a reader
        "FALSE",
        description.toString());
  }

  private static String quoted(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
