package dev.rustdist.catalog.check;

import dev.rustdist.catalog.check.CheckReport.KnownDependency;
import dev.rustdist.catalog.check.CheckReport.Reason;
import dev.rustdist.catalog.check.CheckReport.UnknownDependencies;
import dev.rustdist.catalog.crate.CrateService;
import dev.rustdist.catalog.crate.CrateView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks a project's dependencies against the catalog: each one the catalog knows by its crates.io
 * name, with what the catalog says of it; the others counted; and the verdict of the policy's rules
 * and the catalog's advice.
 */
@ApplicationScoped
public class CheckService {

  /** The most unknown dependencies a report names; it counts them all. */
  public static final int MAX_UNKNOWN_LISTED = 100;

  private final CrateService crates;
  private final Clock clock;

  CheckService(CrateService crates) {
    this.crates = crates;
    this.clock = Clock.systemUTC();
  }

  CheckReport check(DependencyList document, CheckPolicy policy, String lang) {
    Map<String, List<String>> versions = new LinkedHashMap<>();
    for (Dependency dependency : document.dependencies()) {
      List<String> named = versions.computeIfAbsent(dependency.name(), name -> new ArrayList<>());
      if (dependency.version() != null && !named.contains(dependency.version())) {
        named.add(dependency.version());
      }
    }
    Map<String, List<CrateView>> byName =
        crates.byCratesIoNames(versions.keySet(), lang).stream()
            .collect(
                Collectors.groupingBy(
                    crate -> crate.links().cratesIoName(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<KnownDependency> known = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    versions.forEach(
        (name, named) -> {
          List<CrateView> crates = byName.get(name);
          if (crates == null) {
            unknown.add(name);
            return;
          }
          crates.forEach(
              crate ->
                  known.add(
                      new KnownDependency(
                          name,
                          named,
                          crate.slug(),
                          crate.name(),
                          crate.maturity(),
                          crate.ring(),
                          crate.positioning(),
                          crate.deprecated(),
                          crate.sunset(),
                          crate.alternatives(),
                          crate.replacements())));
        });
    List<Reason> reasons = new ArrayList<>();
    CheckMessages messages = CheckMessages.in(lang);
    LocalDate today = LocalDate.now(clock);
    known.forEach(dependency -> reasons.addAll(reasons(dependency, policy, messages, today)));
    Verdict verdict = reasons.stream().map(Reason::verdict).reduce(Verdict.PASS, Verdict::worse);
    return new CheckReport(
        document.format(),
        verdict,
        policy,
        reasons,
        versions.size(),
        known,
        new UnknownDependencies(
            unknown.size(), unknown.subList(0, Math.min(unknown.size(), MAX_UNKNOWN_LISTED))));
  }

  /** What the policy and the catalog's advice say of one known dependency. */
  private static List<Reason> reasons(
      KnownDependency dependency, CheckPolicy policy, CheckMessages messages, LocalDate today) {
    List<Reason> reasons = new ArrayList<>();
    String name = dependency.dependency();
    String crate = dependency.crate();
    if (policy.failOn().contains(dependency.ring())) {
      reasons.add(
          reason(
              Verdict.FAIL,
              "ring",
              dependency,
              messages.ring().formatted(name, crate, dependency.ring().code())));
    }
    if (policy.minMaturity() != null && dependency.maturity().compareTo(policy.minMaturity()) < 0) {
      reasons.add(
          reason(
              Verdict.FAIL,
              "maturity",
              dependency,
              messages
                  .maturity()
                  .formatted(
                      name, crate, dependency.maturity().code(), policy.minMaturity().code())));
    }
    if (dependency.sunset() != null && !dependency.sunset().isAfter(today)) {
      reasons.add(
          reason(
              Verdict.FAIL,
              "sunset",
              dependency,
              messages
                  .sunset()
                  .formatted(name, crate, dependency.deprecated(), dependency.sunset())));
    } else if (dependency.deprecated() != null) {
      reasons.add(
          reason(
              Verdict.WARN,
              "deprecated",
              dependency,
              dependency.sunset() == null
                  ? messages.deprecated().formatted(name, crate, dependency.deprecated())
                  : messages
                      .deprecatedUntil()
                      .formatted(name, crate, dependency.deprecated(), dependency.sunset())));
    }
    advice(dependency, messages)
        .forEach(message -> reasons.add(reason(Verdict.WARN, "replacement", dependency, message)));
    return reasons;
  }

  /**
   * The catalog's replacements as sentences: one for each reason, naming every replacement given
   * for it (raft-rs: etcd and Consul, for one reason).
   */
  private static List<String> advice(KnownDependency dependency, CheckMessages messages) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    dependency
        .replacements()
        .forEach(
            replacement -> {
              List<String> named =
                  byReason.computeIfAbsent(replacement.reason(), reason -> new ArrayList<>());
              if (replacement.preferred() != null) {
                named.add(replacement.preferred());
              }
            });
    List<String> advice = new ArrayList<>();
    byReason.forEach(
        (reason, named) ->
            advice.add(
                named.isEmpty()
                    ? messages
                        .avoid()
                        .formatted(dependency.dependency(), dependency.crate(), reason)
                    : messages
                        .prefer()
                        .formatted(
                            dependency.dependency(),
                            dependency.crate(),
                            String.join(messages.separator(), named),
                            Objects.toString(reason, ""))));
    return advice;
  }

  private static Reason reason(
      Verdict verdict, String rule, KnownDependency dependency, String message) {
    return new Reason(verdict, rule, dependency.dependency(), dependency.crate(), message);
  }
}
