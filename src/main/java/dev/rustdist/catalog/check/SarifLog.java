package dev.rustdist.catalog.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A check as a SARIF 2.1.0 log, which CI systems show as code-scanning results: one result per
 * reason, at the document checked, and the verdict among the run's properties.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

  static final String MEDIA_TYPE = "application/sarif+json";
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The rules a reason can be of, in the order their indexes refer to. */
  private static final List<Rule> RULES =
      List.of(
          rule("ring", "A dependency is in a tech-radar ring that the policy fails on."),
          rule("maturity", "A dependency is less mature than the policy asks for."),
          rule("sunset", "A dependency is past the sunset date the catalog set for it."),
          rule("deprecated", "The catalog deprecates a dependency."),
          rule("replacement", "The catalog prefers something else to a dependency."));

  static SarifLog of(CheckReport report, String toolVersion, String lang) {
    String document = report.format().fileName();
    List<String> ruleIds = RULES.stream().map(Rule::id).toList();
    List<Result> results =
        report.reasons().stream()
            .map(
                reason ->
                    new Result(
                        reason.rule(),
                        ruleIds.indexOf(reason.rule()),
                        reason.verdict() == Verdict.FAIL ? "error" : "warning",
                        new Message(reason.message()),
                        List.of(
                            new Location(
                                new PhysicalLocation(new ArtifactLocation(document), new Region(1)),
                                List.of(
                                    new LogicalLocation(
                                        reason.dependency(), "module", reason.crate())))),
                        Map.of("dependency/v1", reason.dependency() + "/" + reason.rule())))
            .toList();
    return new SarifLog(
        SCHEMA,
        "2.1.0",
        List.of(
            new Run(
                new Tool(new Driver("rust-dist-catalog", toolVersion, RULES)),
                List.of(new Artifact(new ArtifactLocation(document))),
                results,
                lang,
                Map.of(
                    "verdict", report.verdict().code(),
                    "dependencies", report.dependencies(),
                    "known", report.known().size(),
                    "unknown", report.unknown().count()))));
  }

  private static Rule rule(String id, String description) {
    return new Rule(id, new Message(description), new Configuration("warning"));
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Run(
      Tool tool,
      List<Artifact> artifacts,
      List<Result> results,
      String language,
      Map<String, Object> properties) {}

  record Tool(Driver driver) {}

  record Driver(String name, String version, List<Rule> rules) {}

  record Rule(String id, Message shortDescription, Configuration defaultConfiguration) {}

  record Configuration(String level) {}

  record Artifact(ArtifactLocation location) {}

  record Result(
      String ruleId,
      int ruleIndex,
      String level,
      Message message,
      List<Location> locations,
      Map<String, String> partialFingerprints) {}

  record Message(String text) {}

  record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {}

  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record ArtifactLocation(String uri) {}

  record Region(int startLine) {}

  record LogicalLocation(String name, String kind, String fullyQualifiedName) {}
}
