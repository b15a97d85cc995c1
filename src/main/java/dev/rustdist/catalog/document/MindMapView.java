package dev.rustdist.catalog.document;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The document's mind map, as the API shows it, with its texts in the response's language. */
@Schema(name = "MindMap")
public record MindMapView(
    @Schema(
            description = "The title of the document the catalog is curated from.",
            examples =
                "Open-source frameworks and key libraries for building distributed systems in the"
                    + " Rust ecosystem")
        String title,
    @Schema(description = "The mind map's root line, and under it every other line.") Node root) {

  /** One line of the mind map and the lines under it. */
  @Schema(name = "MindMapNode")
  public record Node(
      @Schema(
              description =
                  "The line as the document writes it (in English; translated in other"
                      + " languages), markdown marks removed.",
              examples = "tokio (De facto standard, high performance, rich ecosystem) - ESSENTIAL")
          String text,
      @Schema(
              description = "The slug of the category the line stands for; null for other lines.",
              nullable = true,
              examples = "async-runtime")
          String category,
      @Schema(description = "The slugs of the crates the line names.", examples = "[\"tokio\"]")
          List<String> crates,
      @Schema(description = "The points of GET /api/v1/assessment that the line sums up.")
          List<PointRef> assessmentPoints,
      @Schema(description = "The lines under it, in the document's order.") List<Node> children) {}

  /** A point of the assessment: its section, and its place in that section from 1. */
  @Schema(name = "AssessmentPointRef")
  public record PointRef(
      @Schema(examples = "strength") String section, @Schema(examples = "1") int position) {}
}
