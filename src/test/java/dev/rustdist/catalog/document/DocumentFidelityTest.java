package dev.rustdist.catalog.document;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds what the API serves to the source document: every Chinese text that comes from it is the
 * document's own words (its markdown marks aside), every evaluative sentence of the document is
 * served, and the mind map is the document's, line by line.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class DocumentFidelityTest {

  static final Path DOCUMENT = Path.of("../shared/seed/rust-distributed-ecosystem.zh.md");

  /** A sentence of these kinds, after its label, is one the catalog must serve. */
  private static final Pattern LABELLED =
      Pattern.compile("^\\s*- (?:\\*\\*([^*]+?):\\*\\*|\\*\\*`[^`]+`:\\*\\*)\\s*(.*)$");

  private static final List<String> SERVED_LABELS = List.of("描述", "优点", "缺点", "定位", "评价");

  @Test
  void shouldServeEveryChineseTextInTheDocumentsOwnWords() throws IOException {
    String document = plain(Files.readString(DOCUMENT));
    List<String> served = servedTexts();
    List<String> notInDocument = served.stream().filter(text -> !document.contains(text)).toList();
    assertEquals(List.of(), notInDocument, "served in zh, but not the document's words");
    System.out.printf("%d zh texts served verbatim from the document%n", served.size());
    assertTrue(served.size() > 100, "read " + served.size() + " texts");
  }

  @Test
  void shouldServeEveryEvaluativeSentenceOfTheDocument() throws IOException {
    List<String> served = servedTexts();
    List<String> sentences = evaluativeSentences(Files.readString(DOCUMENT));
    List<String> missing =
        sentences.stream().filter(sentence -> !isServed(sentence, served)).toList();
    assertEquals(List.of(), missing, "the document says it, the catalog does not serve it");
    assertTrue(sentences.size() > 60, "read " + sentences.size() + " sentences");
  }

  @Test
  void shouldServeTheMindMapLineByLine() throws IOException {
    List<String> lines = new ArrayList<>();
    flatten(
        given().when().get("/api/v1/mindmap").then().statusCode(200).extract().path("root"),
        0,
        lines);
    assertEquals(mindMapLines(Files.readString(DOCUMENT)), lines);
  }

  /** Every zh text the API serves that comes from the document. */
  private static List<String> servedTexts() {
    List<String> texts = new ArrayList<>();
    JsonPath crates = get("/api/v1/crates?limit=100");
    texts.addAll(crates.getList("items.description"));
    texts.addAll(crates.getList("items.positioning"));
    texts.addAll(crates.getList("items.qualifier"));
    crates.<List<String>>getList("items.pros").forEach(texts::addAll);
    crates.<List<String>>getList("items.cons").forEach(texts::addAll);
    JsonPath categories = get("/api/v1/categories?limit=100");
    texts.addAll(categories.getList("items.name"));
    texts.addAll(categories.getList("items.description"));
    texts.addAll(categories.getList("items.note"));
    texts.addAll(categories.getList("items.evaluation"));
    JsonPath assessment = get("/api/v1/assessment");
    for (String section : List.of("overview", "strengths", "weaknesses", "trends", "conclusion")) {
      texts.addAll(assessment.getList(section + ".title"));
      texts.addAll(assessment.getList(section + ".text"));
    }
    texts.add(assessment.getString("title"));
    return texts.stream().filter(Objects::nonNull).toList();
  }

  private static JsonPath get(String path) {
    return given()
        .queryParam("lang", "zh")
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /**
   * The sentences the document states as descriptions, pros, cons, positionings, evaluations,
   * assessment points and conclusion, and its opening comparison, markdown marks removed.
   */
  static List<String> evaluativeSentences(String markdown) {
    List<String> sentences = new ArrayList<>();
    boolean assessment = false;
    boolean conclusion = false;
    for (String line : markdown.lines().toList()) {
      if (line.startsWith("### ")) {
        assessment = line.startsWith("### 9.");
        conclusion = false;
        continue;
      }
      if (line.startsWith("**结论:**")) {
        conclusion = true;
        continue;
      }
      if (line.startsWith("---")) {
        conclusion = false;
      }
      Matcher labelled = LABELLED.matcher(line);
      if (line.startsWith("需要明确一点") || conclusion) {
        sentences.addAll(sentences(line));
      } else if (labelled.matches()
          && (labelled.group(1) == null
              || SERVED_LABELS.contains(labelled.group(1))
              || assessment)) {
        sentences.addAll(sentences(labelled.group(2)));
      }
    }
    return sentences;
  }

  private static List<String> sentences(String markdown) {
    return Stream.of(plain(markdown).split("(?<=。)"))
        .map(String::strip)
        .filter(sentence -> !sentence.isEmpty())
        .toList();
  }

  /**
   * A sentence is served whole, or (where the catalog lists its parts as separate pros or cons)
   * every part of it between 、 and ， is.
   */
  private static boolean isServed(String sentence, List<String> served) {
    if (served.stream().anyMatch(text -> text.contains(sentence))) {
      return true;
    }
    return Stream.of(sentence.replaceAll("。$", "").split("[、，]"))
        .allMatch(part -> served.stream().anyMatch(text -> text.contains(part)));
  }

  /** The mind map of section 10, each line as depth, two spaces each, then its text. */
  static List<String> mindMapLines(String markdown) {
    String section = markdown.substring(markdown.indexOf("### 10."));
    String tree = section.substring(section.indexOf("```text") + 8, section.lastIndexOf("```"));
    return tree.lines()
        .filter(line -> !line.isBlank())
        .map(
            line -> {
              int branch = line.indexOf("|-- ");
              return branch < 0
                  ? plain(line)
                  : "  ".repeat(branch / 4 + 1) + plain(line.substring(branch + 4));
            })
        .toList();
  }

  private static void flatten(Map<String, Object> node, int depth, List<String> lines) {
    lines.add("  ".repeat(depth) + node.get("text"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> children = (List<Map<String, Object>>) node.get("children");
    children.forEach(child -> flatten(child, depth + 1, lines));
  }

  /**
   * The document's text without its markdown marks (emphasis, code, links); a line that ends in a
   * comma runs on into the next.
   */
  static String plain(String markdown) {
    return markdown
        .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replace("**", "")
        .replace("*", "")
        .replace("`", "")
        .replace("，\n", "，")
        .strip();
  }
}
