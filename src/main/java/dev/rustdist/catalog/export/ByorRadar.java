package dev.rustdist.catalog.export;

import dev.rustdist.catalog.crate.CrateView;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rows Thoughtworks' Build Your Own Radar reads: name, ring, quadrant, isNew, description. BYOR
 * matches rings and quadrants against the English names it is configured with, so both are always
 * English; the description is HTML, in the export's language, and names the crate's category.
 */
final class ByorRadar {

  static final List<String> COLUMNS =
      List.of("name", "ring", "quadrant", "isNew", "status", "description");

  record Row(
      String name,
      String ring,
      String quadrant,
      @Schema(
              description = "TRUE for a crate new since the revision compared with (see `status`).",
              enumeration = {"TRUE", "FALSE"})
          String isNew,
      @Schema(
              description =
                  "Compared with the latest edition before the export's revision (or `since`, or"
                      + " the first revision kept).",
              enumeration = {
                RadarMoves.NEW,
                RadarMoves.MOVED_IN,
                RadarMoves.MOVED_OUT,
                RadarMoves.NO_CHANGE
              })
          String status,
      String description) {}

  private ByorRadar() {}

  static List<Row> rows(CatalogExport export, ByorQuadrants quadrants, RadarMoves moves) {
    return export.crates().stream().map(crate -> row(crate, export, quadrants, moves)).toList();
  }

  /** RFC 4180 CSV: every field quoted, lines ending in CRLF. */
  static String csv(CatalogExport export, ByorQuadrants quadrants, RadarMoves moves) {
    return Stream.concat(
            Stream.of(COLUMNS),
            rows(export, quadrants, moves).stream()
                .map(
                    row ->
                        List.of(
                            row.name(),
                            row.ring(),
                            row.quadrant(),
                            row.isNew(),
                            row.status(),
                            row.description())))
        .map(fields -> fields.stream().map(ByorRadar::quoted).collect(Collectors.joining(",")))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  private static Row row(
      CrateView crate, CatalogExport export, ByorQuadrants quadrants, RadarMoves moves) {
    String ring = crate.ring().code();
    String status = moves.status(crate);
    StringBuilder description = paragraph(new StringBuilder(), crate.description());
    if (crate.positioning() != null) {
      paragraph(description, crate.positioning());
    }
    ExportLabels labels = export.labels();
    // with BYOR's quadrant names the category would otherwise be lost
    paragraph(description, labels.labelled(labels.category(), crate.category().name()));
    return new Row(
        crate.name(),
        Character.toUpperCase(ring.charAt(0)) + ring.substring(1),
        quadrants.quadrantOf(crate.category().slug(), export),
        status.equals(RadarMoves.NEW) ? "TRUE" : "FALSE",
        status,
        description.toString());
  }

  private static StringBuilder paragraph(StringBuilder html, String text) {
    return html.append("<p>").append(escaped(text)).append("</p>");
  }

  private static String quoted(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
