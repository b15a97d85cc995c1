package dev.rustdist.catalog.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class ExportResourceTest {

  private static final String EXPORTS = "/api/v1/exports/";

  @Test
  void shouldExportWhatTheBackstageTechRadarLoads() {
    JsonPath radar =
        given()
            .when()
            .get(EXPORTS + "backstage-tech-radar")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .body("quadrants", hasSize(4))
            .body("quadrants.id", contains("q1", "q2", "q3", "q4"))
            .body(
                "quadrants[0].name", is("Foundational Async Runtime / RPC & Network Communication"))
            .body("rings.id", contains("adopt", "trial", "assess", "hold"))
            .body("rings.color", everyItem(matchesPattern("#[0-9A-F]{6}")))
            .body("entries", hasSize(17))
            .body("entries[0].id", is("tokio"))
            .body("entries[0].title", is("tokio"))
            .body("entries[0].quadrant", is("q1"))
            .body("entries[0].url", is("https://github.com/tokio-rs/tokio"))
            .body("entries[0].timeline[0].moved", is(0))
            .body("entries[0].timeline[0].ringId", is("adopt"))
            .body("entries[0].timeline[0].date", matchesPattern("\\d{4}-\\d{2}-\\d{2}"))
            .extract()
            .jsonPath();
    Set<String> quadrants = Set.copyOf(radar.getList("quadrants.id", String.class));
    Set<String> rings = Set.copyOf(radar.getList("rings.id", String.class));
    for (int i = 0; i < 17; i++) {
      assertTrue(quadrants.contains(radar.getString("entries[" + i + "].quadrant")));
      assertTrue(rings.contains(radar.getString("entries[" + i + "].timeline[0].ringId")));
      assertTrue(radar.getString("entries[" + i + "].key").matches("[a-z0-9-]+"));
    }
  }

  @Test
  void shouldHonourTheFiltersAndTheLanguage() {
    given()
        .queryParam("maturity", "experimental")
        .queryParam("lang", "zh")
        .when()
        .get(EXPORTS + "backstage-tech-radar")
        .then()
        .statusCode(200)
        .header("Content-Language", "zh")
        .body("entries.id", contains("lunatic"))
        .body("quadrants", hasSize(4))
        .body("quadrants[2].name", is("Actor 框架 / 消息队列客户端"))
        .body("rings[0].name", is("采用"))
        .body("entries[0].description", startsWith("一个受 Erlang 启发的运行时"));
  }

  @Test
  void shouldExportBuildYourOwnRadarCsv() {
    String csv =
        given()
            .queryParam("category", "actors")
            .when()
            .get(EXPORTS + "byor-csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    List<List<String>> rows = parseCsv(csv);
    assertEquals(List.of("name", "ring", "quadrant", "isNew", "description"), rows.get(0));
    assertEquals(3, rows.size());
    assertEquals(
        List.of("actix", "Assess", "Actor Frameworks / Message Queue Clients", "FALSE"),
        rows.get(1).subList(0, 4));
    assertTrue(
        rows.get(1).get(4).startsWith("<p>A concurrency framework based on the actor model"));
    assertEquals("lunatic", rows.get(2).get(0));
  }

  @Test
  void shouldQuoteCsvFieldsThatHoldCommasAndQuotes() {
    String csv =
        given().queryParam("category", "rpc").get(EXPORTS + "byor-csv").then().extract().asString();
    List<List<String>> rows = parseCsv(csv);
    assertEquals(6, rows.size());
    rows.forEach(row -> assertEquals(5, row.size(), row.toString()));
    assertTrue(rows.get(1).get(4).contains("hyper (HTTP/2) and prost (Protobuf)"));
  }

  @Test
  void shouldExportBuildYourOwnRadarJson() {
    given()
        .queryParam("ring", "hold")
        .when()
        .get(EXPORTS + "byor-json")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("$", hasSize(1))
        .body("[0].name", is("raft-rs"))
        .body("[0].ring", is("Hold"))
        .body("[0].quadrant", is("Distributed Consensus / Distributed Workflow/Orchestration"))
        .body("[0].isNew", is("FALSE"))
        .body("[0].description", containsString("Raft consensus algorithm"));
  }

  @Test
  void shouldExportAnAwesomeListInMarkdown() {
    String markdown =
        given()
            .when()
            .get(EXPORTS + "markdown")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/markdown"))
            .extract()
            .asString();
    assertTrue(markdown.startsWith("# rust-dist-catalog\n"));
    assertEquals(8, markdown.lines().filter(line -> line.startsWith("## ")).count());
    assertEquals(17, markdown.lines().filter(line -> line.startsWith("- ")).count());
    assertTrue(
        markdown.contains("- [tokio](https://github.com/tokio-rs/tokio) `standard` `adopt` - "));
    assertTrue(markdown.contains("## RPC & Network Communication"));
  }

  @Test
  void shouldExportAMermaidMindmap() {
    String mermaid =
        given()
            .queryParam("lang", "zh")
            .when()
            .get(EXPORTS + "mermaid-mindmap")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/vnd.mermaid"))
            .extract()
            .asString();
    // laid out as a tree: the default layout draws lines across other boxes
    assertTrue(mermaid.startsWith("---\nconfig:\n  layout: dagre\n---\nmindmap\n"), mermaid);
    List<String> lines = mermaid.lines().skip(5).toList();
    assertEquals("  root((\"Rust 分布式系统框架与库评估\"))", lines.get(0));
    Pattern node = Pattern.compile("( {2})+(line|category|crates?)_[a-z0-9_]+\\[\"[^\"]*\"\\]");
    for (String line : lines.subList(1, lines.size())) {
      assertTrue(node.matcher(line).matches(), line);
    }
    // the document's 36 lines under the root, and one for the web frameworks' maturity and ring
    assertEquals(36 + 1, lines.size() - 1);
    assertEquals(8, lines.stream().filter(line -> line.startsWith("      category_")).count());
    assertEquals(13, lines.stream().filter(line -> line.strip().startsWith("crate_")).count());
    assertTrue(lines.contains("    line_1[\"生态现状\"]"), mermaid);
    assertTrue(lines.contains("      category_message_queues[\"6. 消息队列客户端（库，而非框架）\"]"));
    assertTrue(lines.contains("        line_9[\"其他（较少见的通用 RPC）\"]"), mermaid);
    assertTrue(lines.contains("    line_10[\"总体评价\"]"), mermaid);
    // maturity and ring in the export's language
    assertTrue(
        lines.contains("        crate_tokio[\"tokio（事实标准，高性能，生态丰富）- 必选 · 事实标准 · 采用\"]"), mermaid);
    assertTrue(
        lines.contains("          crates_axum[\"axum, actix-web, warp, rocket · 成熟 · 试用\"]"),
        mermaid);
  }

  @Test
  void shouldDrawOnlyTheMatchedCratesInTheMermaidMindmap() {
    String mermaid =
        given()
            .queryParam("maturity", "experimental")
            .when()
            .get(EXPORTS + "mermaid-mindmap")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(
        mermaid.contains(
            "mindmap\n  root((\"Rust Distributed Systems Frameworks & Libraries Evaluation\"))\n"),
        mermaid);
    List<String> crates = mermaid.lines().filter(line -> line.contains("crate_")).toList();
    assertEquals(
        List.of(
            "        crate_lunatic[\"lunatic (Erlang-inspired, Wasm-focused, experimental) ·"
                + " Experimental · Assess\"]"),
        crates);
    assertEquals(1, mermaid.lines().filter(line -> line.contains("category_")).count());
    assertTrue(mermaid.contains("line_1[\"State of Ecosystem\"]"), mermaid);
  }

  @Test
  void shouldNotFindAnUnknownFormat() {
    given()
        .when()
        .get(EXPORTS + "pdf")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body(
            "detail",
            containsString("backstage-tech-radar, byor-csv, byor-json, markdown, mermaid-mindmap"));
  }

  @Test
  void shouldRejectBadFiltersOnExports() {
    given()
        .queryParam("maturity", "ancient")
        .when()
        .get(EXPORTS + "markdown")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters[0].name", is("maturity"))
        .body("invalidParameters[0].allowed", notNullValue());
  }

  /** An RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
  private static List<List<String>> parseCsv(String csv) {
    assertTrue(csv.endsWith("\r\n"));
    List<List<String>> rows = new ArrayList<>();
    Matcher field = Pattern.compile("\"((?:[^\"]|\"\")*)\"(,|\r\n)").matcher(csv);
    List<String> row = new ArrayList<>();
    int end = 0;
    while (field.find() && field.start() == end) {
      row.add(field.group(1).replace("\"\"", "\""));
      if (field.group(2).equals("\r\n")) {
        rows.add(row);
        row = new ArrayList<>();
      }
      end = field.end();
    }
    assertEquals(csv.length(), end, "the whole CSV parses");
    return rows;
  }
}
