package dev.rustdist.catalog.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.fuzz.RawHttp.Answer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules every answer keeps, however malformed its request, and the answers that broke them,
 * grouped by what was sent and what came back so that each group reads as one thing to fix.
 */
final class Findings {

  /** Java names, stack-trace lines and driver messages: what a client must never see. */
  private static final Pattern JAVA_INTERNALS =
      Pattern.compile(
          "Exception|java\\.|javax\\.|jakarta\\.|at dev\\.|Caused by|org\\.hibernate"
              + "|org\\.postgresql|^\\s*at [\\w$.<>/]+\\(",
          Pattern.MULTILINE);

  private static final String PROBLEM = "application/problem+json";
  private static final int EXAMPLES_PER_GROUP = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One broken rule: what was wrong with the request, the operation it went to, the request as a
   * reader would want to resend it, and what came back.
   */
  record Finding(String rule, String what, String operation, String request, String answer) {

    String group() {
      return rule + " ← " + what;
    }

    String line() {
      return request + "  →  " + answer;
    }
  }

  private final List<Finding> findings = new ArrayList<>();

  /** The rules an answer breaks, by name; none when it keeps them all. */
  private static List<String> broken(Answer answer) {
    List<String> rules = new ArrayList<>();
    if (answer.status() >= 500) {
      rules.add(answer.status() + " " + mediaType(answer));
    } else if (answer.status() >= 400) {
      if (!PROBLEM.equals(mediaType(answer))) {
        rules.add(answer.status() + " without a problem (" + mediaType(answer) + ")");
      } else if (problemStatus(answer) != answer.status()) {
        rules.add(answer.status() + " with a problem whose status is not " + answer.status());
      }
    }
    if (JAVA_INTERNALS.matcher(answer.text()).find()
        || answer.headers().values().stream().anyMatch(v -> JAVA_INTERNALS.matcher(v).find())) {
      rules.add(answer.status() + " showing Java internals");
    }
    return rules;
  }

  void check(String what, String operation, String request, Answer answer) {
    for (String rule : broken(answer)) {
      add(rule, what, operation, request, excerpt(answer));
    }
  }

  void add(String rule, String what, String operation, String request, String answer) {
    findings.add(new Finding(rule, what, operation, request, answer));
  }

  void addAll(Findings others) {
    findings.addAll(others.findings);
  }

  boolean isEmpty() {
    return findings.isEmpty();
  }

  int size() {
    return findings.size();
  }

  /** Every finding, one a line, by group. */
  String all() {
    StringBuilder all = new StringBuilder();
    grouped()
        .forEach(
            (group, members) ->
                members.forEach(
                    finding ->
                        all.append(group).append("  |  ").append(finding.line()).append('\n')));
    return all.toString();
  }

  /** Each group with how many answers it holds and a few of them, from different operations. */
  String report() {
    StringBuilder report = new StringBuilder();
    grouped()
        .forEach(
            (group, members) -> {
              report.append('\n').append(group).append(" (").append(members.size()).append(")\n");
              Set<String> shown = new LinkedHashSet<>();
              for (Finding finding : members) {
                if (shown.size() < EXAMPLES_PER_GROUP && shown.add(finding.operation())) {
                  report.append("    ").append(finding.line()).append('\n');
                }
              }
            });
    return report.toString();
  }

  private Map<String, List<Finding>> grouped() {
    Map<String, List<Finding>> groups = new TreeMap<>();
    for (Finding finding : findings) {
      groups.computeIfAbsent(finding.group(), group -> new ArrayList<>()).add(finding);
    }
    return groups;
  }

  private static String mediaType(Answer answer) {
    String type = answer.header("Content-Type");
    return type == null ? "no Content-Type" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }

  private static int problemStatus(Answer answer) {
    try {
      JsonNode problem = JSON.readTree(answer.body());
      return problem != null && problem.path("status").isInt() ? problem.get("status").asInt() : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** The status, media type and first bytes of the body, control characters shown escaped. */
  static String excerpt(Answer answer) {
    return answer.status() + " " + mediaType(answer) + " " + printable(answer.text(), 160);
  }

  static String printable(String text, int length) {
    StringBuilder printable = new StringBuilder();
    text.codePoints()
        .limit(length)
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                printable.append(String.format("\\x%02X", c));
              } else {
                printable.appendCodePoint(c);
              }
            });
    return text.codePointCount(0, text.length()) > length ? printable + "…" : printable.toString();
  }
}
