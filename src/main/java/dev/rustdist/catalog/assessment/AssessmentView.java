package dev.rustdist.catalog.assessment;

import dev.rustdist.catalog.counterpart.Ecosystem;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The document's overall assessment of Rust for distributed systems. */
@Schema(name = "Assessment")
public record AssessmentView(
    @Schema(
            description = "The title of the document the catalog is curated from.",
            examples =
                "Open-source frameworks and key libraries for building distributed systems in the"
                    + " Rust ecosystem")
        String title,
    @Schema(description = "How the ecosystem compares with Java's and Go's, in brief.")
        List<Point> overview,
    List<Point> strengths,
    List<Point> weaknesses,
    List<Point> trends,
    @Schema(description = "The document's conclusion, sentence by sentence.")
        List<Point> conclusion,
    @Schema(
            description =
                "The \"State of Ecosystem\" branch of the document's mind map, its lines as read"
                    + " from GET /api/v1/mindmap.")
        List<Point> state,
    @Schema(
            description =
                "The \"Overall Evaluation\" branch of the document's mind map, its lines as read"
                    + " from GET /api/v1/mindmap.")
        List<Point> takeaways,
    @Schema(
            description =
                "The frameworks and platforms of other ecosystems that the document compares Rust"
                    + " with, and where it does so.")
        List<Comparison> comparisons) {

  /** One point of the assessment. */
  @Schema(name = "AssessmentPoint")
  public record Point(
      @Schema(
              description = "Its heading; null where it has none.",
              nullable = true,
              examples = "Performance")
          String title,
      @Schema(
              examples =
                  "Distributed systems built with Rust usually achieve very high performance and"
                      + " resource utilisation.")
          String text,
      @Schema(
              description = "The slugs of the counterparts it names.",
              examples = "[\"spring-cloud\"]")
          List<String> counterparts) {}

  /** A counterpart in another ecosystem and the places the document measures Rust against it. */
  @Schema(name = "Comparison")
  public record Comparison(
      @Schema(examples = "etcd") String slug,
      @Schema(examples = "etcd") String name,
      Ecosystem ecosystem,
      @Schema(description = "The crates it is named for.", examples = "[\"raft-rs\"]")
          List<String> crates,
      @Schema(description = "The categories it is named for.", examples = "[]")
          List<String> categories,
      @Schema(description = "The sections of the assessment that name it.", examples = "[]")
          List<String> sections) {}
}
