package dev.rustdist.catalog.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.curation.Tokens;
import dev.rustdist.catalog.curation.WrittenEntries;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class ExportResourceTest {

  private static final String EXPORTS = "/api/v1/exports/";
  private static final String PROBE = "radar-probe";

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  @AfterEach
  void removeWhatTheTestWrote() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, PROBE);
  }

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
            .body(
                "entries[0].timeline[0].date",
                matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"))
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
  void shouldDateEachRingEntryWithTheWriteThatMovedTheCrate() {
    Map<String, String> before = radarDates();
    String probe =
        """
        {"slug": "%s", "name": "radar-probe", "category": "rpc", "maturity": "emerging",
         "ring": "%s", "cratesIoName": "radar-probe",
         "repository": "https://github.com/example/radar-probe",
         "texts": {"en": {"description": "A crate written to move on the radar."},
                   "zh": {"description": "为在雷达上移动而写入的 crate。"}},
         "pros": [{"en": "Moves", "zh": "会移动"}], "cons": [{"en": "Not real", "zh": "并不存在"}],
         "alternatives": [], "platforms": []}
        """;
    given()
        .header("Authorization", Tokens.curator())
        .contentType("application/json")
        .body(probe.formatted(PROBE, "assess"))
        .post("/api/v1/crates")
        .then()
        .statusCode(201);
    Map<String, String> created = radarDates();
    assertEquals(lastWrite(), Instant.parse(created.get(PROBE)), "dated with its write");
    created.remove(PROBE);
    assertEquals(before, created, "no other entry is redated");

    String tag = given().get("/api/v1/crates/" + PROBE).then().extract().header("ETag");
    given()
        .header("Authorization", Tokens.curator())
        .header("If-Match", tag)
        .contentType("application/json")
        .body(probe.formatted(PROBE, "trial"))
        .put("/api/v1/crates/" + PROBE)
        .then()
        .statusCode(200);
    Map<String, String> moved = radarDates();
    assertEquals(lastWrite(), Instant.parse(moved.get(PROBE)), "dated with the write moving it");
    assertEquals(
        List.of("trial", "assess"),
        given()
            .get(EXPORTS + "backstage-tech-radar")
            .then()
            .extract()
            .jsonPath()
            .getList("entries.find { it.id == '" + PROBE + "' }.timeline.ringId"),
        "one timeline entry per ring, newest first");
    assertTrue(Instant.parse(moved.get(PROBE)).isAfter(Instant.parse(created.get("tokio"))));
    moved.remove(PROBE);
    assertEquals(before, moved, "no other entry is redated");
  }

  private static Map<String, String> radarDates() {
    JsonPath radar = given().get(EXPORTS + "backstage-tech-radar").then().extract().jsonPath();
    Map<String, String> dates = new LinkedHashMap<>();
    List<String> ids = radar.getList("entries.id", String.class);
    for (int i = 0; i < ids.size(); i++) {
      dates.put(ids.get(i), radar.getString("entries[" + i + "].timeline[0].date"));
    }
    return dates;
  }

  /** When the probe was last written, as the change log records it. */
  private static Instant lastWrite() {
    List<String> written =
        given()
            .queryParam("limit", 100)
            .get("/api/v1/crates/" + PROBE + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.occurredAt", String.class);
    return OffsetDateTime.parse(written.get(written.size() - 1)).toInstant();
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
    assertEquals(
        List.of("name", "ring", "quadrant", "isNew", "status", "description"), rows.get(0));
    assertEquals(3, rows.size());
    assertEquals(
        List.of("actix", "Assess", "Languages & Frameworks", "FALSE", "No Change"),
        rows.get(1).subList(0, 5));
    assertTrue(
        rows.get(1).get(5).startsWith("<p>A concurrency framework based on the actor model"));
    assertTrue(rows.get(1).get(5).endsWith("<p>Category: Actor Frameworks</p>"));
    assertEquals("lunatic", rows.get(2).get(0));
  }

  @Test
  void shouldQuoteCsvFieldsThatHoldCommasAndQuotes() {
    String csv =
        given().queryParam("category", "rpc").get(EXPORTS + "byor-csv").then().extract().asString();
    List<List<String>> rows = parseCsv(csv);
    assertEquals(6, rows.size());
    rows.forEach(row -> assertEquals(6, row.size(), row.toString()));
    assertTrue(rows.get(1).get(5).contains("hyper (HTTP/2) and prost (Protobuf)"));
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
        .body("[0].quadrant", is("Techniques"))
        .body("[0].isNew", is("FALSE"))
        .body("[0].description", containsString("Raft consensus algorithm"))
        .body("[0].description", endsWith("<p>Category: Distributed Consensus</p>"));
  }

  @ParameterizedTest
  @CsvSource({"byor-csv, en", "byor-csv, zh", "byor-json, en", "byor-json, zh"})
  void shouldBeDrawnWholeByBuildYourOwnRadar(String format, String lang) {
    var response = given().queryParam("lang", lang).when().get(EXPORTS + format);
    response.then().statusCode(200);
    List<String> columns;
    List<Map<String, String>> rows = new ArrayList<>();
    if (format.equals("byor-csv")) {
      List<List<String>> csv = parseCsv(response.asString());
      columns = csv.get(0);
      for (List<String> fields : csv.subList(1, csv.size())) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          row.put(columns.get(i), fields.get(i));
        }
        rows.add(row);
      }
    } else {
      rows.addAll(response.jsonPath().getList("$"));
      columns = List.copyOf(rows.get(0).keySet());
    }

    List<BuildYourOwnRadarPort.Blip> blips = BuildYourOwnRadarPort.plot(columns, rows);

    assertEquals(17, blips.size(), "every crate is drawn");
    assertEquals(
        Set.copyOf(BuildYourOwnRadarPort.DEFAULT_QUADRANTS),
        blips.stream().map(BuildYourOwnRadarPort.Blip::quadrant).collect(Collectors.toSet()));
    for (Map<String, String> row : rows) {
      // what the sanitizer would strip or re-encode would reach the reader changed
      Map<String, String> kept = BuildYourOwnRadarPort.sanitize(row);
      kept.keySet().retainAll(row.keySet());
      assertEquals(row, kept, "BYOR keeps the row as written");
    }
    String category =
        lang.equals("zh") ? "<p>类别：核心异步运行时</p>" : "<p>Category: Foundational Async Runtime</p>";
    assertTrue(blips.get(0).description().endsWith(category), blips.get(0).description());
    assertEquals("Platforms", blips.get(0).quadrant());
  }

  @Test
  void shouldUseTheCategoriesAsQuadrantsWhenAsked() {
    given()
        .queryParam("quadrants", "categories")
        .queryParam("ring", "hold")
        .when()
        .get(EXPORTS + "byor-json")
        .then()
        .statusCode(200)
        .body("[0].quadrant", is("Distributed Consensus / Distributed Workflow/Orchestration"));
  }

  @Test
  void shouldRefuseQuadrantsItCannotApply() {
    given()
        .queryParam("quadrants", "zalando")
        .when()
        .get(EXPORTS + "byor-csv")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters[0].name", is("quadrants"))
        .body("invalidParameters[0].allowed", contains("byor", "categories"));
    given()
        .queryParam("quadrants", "byor")
        .when()
        .get(EXPORTS + "backstage-tech-radar")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters[0].name", is("quadrants"))
        .body("detail", containsString("byor-csv and byor-json"));
  }

  /** The export in a language, also left in target/exports for CI to lint. */
  private static String markdown(String lang) throws IOException {
    String markdown =
        given()
            .queryParam("lang", lang)
            .when()
            .get(EXPORTS + "markdown")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/markdown"))
            .header("Content-Language", lang)
            .extract()
            .asString();
    Path exports = Files.createDirectories(Path.of("target", "exports"));
    Files.writeString(exports.resolve("catalog." + lang + ".md"), markdown);
    return markdown;
  }

  @Test
  void shouldExportTheCatalogAsAMarkdownDocument() throws IOException {
    String markdown = markdown("en");
    List<String> lines = markdown.lines().toList();
    assertEquals(
        "# Open-source frameworks and key libraries for building distributed systems in the Rust"
            + " ecosystem",
        lines.get(0));
    assertTrue(
        lines.get(2).startsWith("One thing needs to be clear: compared with Java (Spring Cloud,"));
    assertEquals(
        List.of(
            "Foundational Async Runtime",
            "RPC & Network Communication",
            "Distributed Consensus",
            "Distributed Workflow/Orchestration",
            "Actor Frameworks",
            "Message Queue Clients",
            "Database Interaction",
            "Cloud Native Integration",
            "Assessment",
            "Maturity",
            "Ring"),
        headings(lines, "## "));
    assertEquals(17 + 4, headings(lines, "### ").size(), "the crates and the assessment's parts");
    assertTrue(
        markdown.contains(
            """
            ### tokio

            The Rust community's de facto standard async runtime."""));
    assertTrue(
        markdown.contains(
            """
            - **Maturity:** Standard
            - **Ring:** Adopt
            - **Pros:**
              - Extremely high performance
            """));
    assertTrue(markdown.contains("- **Positioning:** Essential."));
    assertTrue(
        markdown.contains(
            "- **Links:** [Repository](https://github.com/tokio-rs/tokio), [crates.io]("));
    assertTrue(
        markdown.contains("- **Counterparts:** etcd (platform), Consul (platform)"),
        "raft-rs's analogues");
    assertTrue(markdown.contains("- **Platforms:** Temporal"), "temporal-sdk-rust's platform");
    assertTrue(markdown.contains("**Evaluation:** These client libraries"), "a category's");
    assertTrue(markdown.contains("- **Performance:** Distributed systems built with Rust"));
    assertTrue(markdown.contains("- **Experimental:** Very new or experimental"));
    assertWellFormed(markdown);
  }

  @Test
  void shouldWriteTheMarkdownDocumentInChinese() throws IOException {
    String markdown = markdown("zh");
    List<String> lines = markdown.lines().toList();
    assertEquals("核心异步运行时", headings(lines, "## ").get(0), "the categories in the chosen language");
    assertEquals(List.of("总结评价", "成熟度", "雷达环"), headings(lines, "## ").subList(8, 11));
    assertTrue(markdown.contains("- **成熟度：** 事实标准\n- **雷达环：** 采用\n- **优点：**\n  - "));
    assertTrue(markdown.contains("- **定位：** "));
    assertTrue(markdown.contains("- **对应：** etcd（平台）、Consul（平台）"), "raft-rs's analogues");
    assertTrue(markdown.contains("- **链接：** [代码仓库](https://github.com/tokio-rs/tokio)、"));
    // the overview's two sentences, joined as Chinese is written
    assertTrue(markdown.contains("成熟度不一。Rust 社区更倾向于"), "no space after 。");
    assertFalse(markdown.contains("。 "), "no space after 。 anywhere");
    assertFalse(markdown.contains("`standard`"), "labels, not codes");
    assertWellFormed(markdown);
  }

  @Test
  void shouldKeepToTheFilteredCrates() {
    String markdown =
        given()
            .queryParam("category", "actors")
            .get(EXPORTS + "markdown")
            .then()
            .extract()
            .asString();
    List<String> lines = markdown.lines().toList();
    assertEquals(
        List.of("Actor Frameworks", "Assessment", "Maturity", "Ring"), headings(lines, "## "));
    assertTrue(headings(lines, "### ").containsAll(List.of("actix", "lunatic")));
    assertFalse(markdown.contains("### tokio"));
  }

  private static List<String> headings(List<String> lines, String level) {
    return lines.stream()
        .filter(line -> line.startsWith(level))
        .map(line -> line.substring(level.length()))
        .toList();
  }

  /** One blank line between blocks, none at the end, no trailing spaces. */
  private static void assertWellFormed(String markdown) {
    assertFalse(markdown.contains("\n\n\n"), "no double blank line");
    assertTrue(markdown.endsWith("\n") && !markdown.endsWith("\n\n"), "one final newline");
    markdown.lines().forEach(line -> assertFalse(line.endsWith(" "), line));
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
