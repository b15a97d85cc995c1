package dev.rustdist.catalog.check;

import dev.rustdist.catalog.counterpart.CounterpartView;
import dev.rustdist.catalog.replacement.ReplacementView;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the catalog says about a project's dependencies, and the verdict under a policy. */
@Schema(name = "CheckReport")
public record CheckReport(
    DocumentFormat format,
    Verdict verdict,
    CheckPolicy policy,
    @Schema(description = "Why the verdict is what it is: every warning and failure, in order.")
        List<Reason> reasons,
    @Schema(
            description =
                "How many different crates the document names as dependencies (a Cargo.lock's"
                    + " packages with a source, an SBOM's Rust components).",
            examples = "142")
        int dependencies,
    @Schema(description = "The dependencies the catalog knows, by crates.io name.")
        List<KnownDependency> known,
    UnknownDependencies unknown) {

  /** A dependency the catalog knows, with what it says about it. */
  @Schema(name = "KnownDependency")
  public record KnownDependency(
      @Schema(description = "Its crates.io name, as the document names it.", examples = "raft")
          String dependency,
      @Schema(
              description =
                  "The versions the document names (a Cargo.toml's requirements), in its order.",
              examples = "[\"0.7.0\"]")
          List<String> versions,
      @Schema(description = "The crate's slug in the catalog.", examples = "raft-rs") String crate,
      @Schema(examples = "raft-rs") String name,
      MaturityLevel maturity,
      Ring ring,
      @Schema(
              description = "Where it stands and when to choose it; null where none is given.",
              nullable = true)
          String positioning,
      @Schema(description = "Deprecated from this date; null when it is not.", nullable = true)
          LocalDate deprecated,
      @Schema(description = "Gone on this date; null when none is set.", nullable = true)
          LocalDate sunset,
      @Schema(
              description =
                  "The equivalents in other ecosystems named for the crate or its category, as"
                      + " the crate's own record lists them.")
          List<CounterpartView> alternatives,
      @Schema(description = "What the catalog prefers to it, each with its reason.")
          List<ReplacementView> replacements) {}

  /** The dependencies the catalog does not know. */
  @Schema(name = "UnknownDependencies")
  public record UnknownDependencies(
      @Schema(description = "How many.", examples = "130") int count,
      @Schema(
              description =
                  "Their crates.io names, in the document's order: the first "
                      + CheckService.MAX_UNKNOWN_LISTED
                      + ".",
              maxItems = CheckService.MAX_UNKNOWN_LISTED)
          List<String> names) {}

  /** One warning or failure. */
  @Schema(name = "CheckReason")
  public record Reason(
      @Schema(description = "`warn` or `fail`.") Verdict verdict,
      @Schema(
              description =
                  "The rule: `ring` (in a ring the policy fails on), `maturity` (below the"
                      + " policy's minimum), `sunset` (past its sunset date), `deprecated`, or"
                      + " `replacement` (the catalog prefers something else).",
              enumeration = {"ring", "maturity", "sunset", "deprecated", "replacement"})
          String rule,
      @Schema(examples = "raft") String dependency,
      @Schema(examples = "raft-rs") String crate,
      @Schema(
              description = "What is wrong, in the response's language.",
              examples = "raft (raft-rs) is in the ring hold, which the policy fails on.")
          String message) {}
}
