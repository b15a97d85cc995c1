package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.counterpart.CounterpartView;
import dev.rustdist.catalog.counterpart.RelatedCounterpartView;
import dev.rustdist.catalog.replacement.ReplacementView;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A crate as the API shows it, with its texts in the response's language. */
@Schema(name = "Crate")
public record CrateView(
    @Schema(description = "Identifies the crate in this API.", examples = "tokio") String slug,
    @Schema(description = "The name the catalog knows it by.", examples = "tokio") String name,
    @Schema(
            description =
                "What the document writes beside its name, apart from its description; null where"
                    + " it writes nothing.",
            nullable = true,
            examples = "Erlang/BEAM style")
        String qualifier,
    CategoryRef category,
    MaturityLevel maturity,
    Ring ring,
    @Schema(
            description = "What it is.",
            examples =
                "The Rust community's de facto standard async runtime. Provides asynchronous task"
                    + " scheduling, network I/O (TCP/UDP/Unix domain sockets), timers,"
                    + " synchronisation primitives and more.")
        String description,
    @Schema(
            description =
                "Where it stands and when to choose it; null where the document gives no"
                    + " positioning.",
            nullable = true,
            examples =
                "Essential. The vast majority of Rust distributed systems are built on Tokio.")
        String positioning,
    @Schema(
            description =
                "Its line in the document's mind map (GET /api/v1/mindmap), under its category;"
                    + " null where it has none.",
            nullable = true,
            examples = "tokio (De facto standard, high performance, rich ecosystem) - ESSENTIAL")
        String summary,
    @Schema(examples = "[\"Extremely high performance\", \"Stable\"]") List<String> pros,
    @Schema(examples = "[\"A certain learning curve for newcomers.\"]") List<String> cons,
    Links links,
    @Schema(
            description =
                "Frameworks or systems of other ecosystems that the document names in its place or"
                    + " as its equivalents, for the crate or its category.")
        List<CounterpartView> alternatives,
    @Schema(description = "Platforms of which this crate is the Rust side.")
        List<CounterpartView> platforms,
    @Schema(
            description =
                "Every counterpart that the document names for the crate, then for its category,"
                    + " with what it is to the crate: an equivalent, what Rust lacks, or the"
                    + " platform the crate serves.")
        List<RelatedCounterpartView> counterparts,
    @Schema(
            description =
                "The date from which the crate is deprecated; null when it is not. Its answers then"
                    + " carry the Deprecation header field (RFC 9745).",
            nullable = true,
            examples = "2026-12-01")
        LocalDate deprecated,
    @Schema(
            description =
                "The date after which it is gone from the catalog's recommendations; null when none"
                    + " is set. Its answers then carry the Sunset header field (RFC 8594).",
            nullable = true,
            examples = "2027-06-01")
        LocalDate sunset,
    @Schema(
            description =
                "What the catalog prefers to it, and why, in the curators' order: what a dependency"
                    + " check (POST /api/v1/checks) recommends in its place.")
        List<ReplacementView> replacements) {

  /** The category a crate belongs to. */
  @Schema(name = "CategoryRef")
  public record CategoryRef(
      @Schema(examples = "async-runtime") String slug,
      @Schema(examples = "Foundational Async Runtime") String name) {}

  /** Where to find the crate; a link is null where it cannot be stated with certainty. */
  @Schema(name = "CrateLinks")
  public record Links(
      @Schema(
              description = "The name it is published under on crates.io.",
              nullable = true,
              examples = "tokio")
          String cratesIoName,
      @Schema(nullable = true, examples = "https://crates.io/crates/tokio") String cratesIo,
      @Schema(nullable = true, examples = "https://docs.rs/tokio") String docsRs,
      @Schema(nullable = true, examples = "https://github.com/tokio-rs/tokio") String repository) {}
}
