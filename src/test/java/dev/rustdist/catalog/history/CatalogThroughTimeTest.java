package dev.rustdist.catalog.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.curation.Curator;
import dev.rustdist.catalog.curation.Tokens;
import dev.rustdist.catalog.curation.WrittenEntries;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The catalog read as it was: a scripted series of writes across two editions, then every revision
 * read again, compared, diffed and exported with its moves.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CatalogThroughTimeTest {

  private static final String CRATES = "/api/v1/crates";
  private static final String CATEGORIES = "/api/v1/categories";

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  @AfterEach
  void removeWhatTheTestAdded() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, "time-%");
  }

  private static RequestSpecification curator(String contentType) {
    return given().header("Authorization", Tokens.curator()).contentType(contentType);
  }

  private static String crate(String slug, String ring, String description) {
    return """
        {"slug": "%s", "name": "%s", "category": "time-kept", "maturity": "emerging",
         "ring": "%s", "texts": {"en": {"description": "%s"}, "zh": {"description": "中文%s"}},
         "pros": [{"en": "Fast.", "zh": "快。"}], "cons": []}
        """
        .formatted(slug, slug, ring, description, description);
  }

  private static String create(String path, String body) {
    return curator("application/json")
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .header("ETag");
  }

  private static String patch(String path, String tag, String patch) {
    // as bytes: a String body would be encoded in the charset rest-assured takes for the type
    return curator(Curator.MERGE_PATCH)
        .header("If-Match", tag)
        .body(patch.getBytes(StandardCharsets.UTF_8))
        .patch(path)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private static long nameEdition(String name) {
    return curator("application/json")
        .body("{\"name\": \"" + name + "\"}")
        .post("/api/v1/editions")
        .then()
        .statusCode(201)
        .header("Location", "/api/v1/editions/" + name)
        .body("name", is(name))
        .extract()
        .jsonPath()
        .getLong("revision");
  }

  /** The answer's body, and the revision it says it was read at. */
  private record Read(String body, long revision) {}

  private static Read read(String path, String lang) {
    Response response = given().header("Accept-Language", lang).get(path);
    response.then().statusCode(200);
    return new Read(response.asString(), Long.parseLong(response.header("X-Dataset-Revision")));
  }

  @Test
  void shouldReadEachRevisionAsTheCatalogHeldItThenAndDiffTheEditions() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String autumn = "autumn-" + suffix;
    String winter = "winter-" + suffix;
    create(
        CATEGORIES,
        """
        {"slug": "time-kept", "texts": {"en": {"name": "Kept in time", "description": "Before."},
                                        "zh": {"name": "时间", "description": "之前。"}},
         "alternatives": []}
        """);
    String moving = create(CRATES, crate("time-moving", "trial", "Moves later."));
    String rewritten = create(CRATES, crate("time-rewritten", "assess", "First words."));

    // the catalog at the first edition, as it was answered
    Read crateThen = read(CRATES + "/time-moving", "en");
    Read listThen = read(CRATES + "?limit=100", "en");
    Read listThenZh = read(CRATES + "?limit=100", "zh");
    Read categoriesThen = read(CATEGORIES + "?limit=100", "en");
    long first = nameEdition(autumn);
    OffsetDateTime afterFirst = OffsetDateTime.now();

    Map<Long, String> heldAt = new LinkedHashMap<>();
    Runnable keep =
        () -> {
          Read held = read(CRATES + "?category=time-kept&limit=100", "zh");
          heldAt.put(held.revision(), held.body());
        };
    patch(CRATES + "/time-moving", moving, "{\"ring\": \"adopt\", \"maturity\": \"mature\"}");
    keep.run();
    patch(
        CRATES + "/time-rewritten",
        rewritten,
        "{\"texts\": {\"en\": {\"description\": \"Second words.\"},"
            + " \"zh\": {\"description\": \"第二段。\"}}}");
    keep.run();
    create(CRATES, crate("time-new", "hold", "Came later."));
    keep.run();
    String category = given().get(CATEGORIES + "/time-kept").then().extract().header("ETag");
    patch(
        CATEGORIES + "/time-kept",
        category,
        "{\"texts\": {\"en\": {\"name\": \"Kept in time\", \"description\": \"After.\"},"
            + " \"zh\": {\"name\": \"时间\", \"description\": \"之后。\"}}}");
    keep.run();
    long second = nameEdition(winter);
    // every revision of the series, read again, is what the catalog held then
    heldAt.forEach(
        (revision, body) ->
            assertEquals(
                body,
                read(CRATES + "?category=time-kept&limit=100&asOf=" + revision, "zh").body(),
                "as of revision " + revision));
    assertEquals(4, heldAt.size());

    // each end read again is what was served then, byte for byte, by revision, edition or instant
    assertEquals(crateThen.body(), read(CRATES + "/time-moving?asOf=" + autumn, "en").body());
    assertEquals(
        crateThen.body(), read(CRATES + "/time-moving?asOf=" + crateThen.revision(), "en").body());
    assertEquals(crateThen.body(), read(CRATES + "/time-moving?asOf=" + afterFirst, "en").body());
    assertEquals(listThen.body(), read(CRATES + "?limit=100&asOf=" + autumn, "en").body());
    assertEquals(listThenZh.body(), read(CRATES + "?limit=100&asOf=" + autumn, "zh").body());
    assertEquals(
        categoriesThen.body(), read(CATEGORIES + "?limit=100&asOf=" + autumn, "en").body());
    assertNotEquals(crateThen.body(), read(CRATES + "/time-moving", "en").body());
    given().get(CRATES + "/time-new?asOf=" + autumn).then().statusCode(404);
    given()
        .queryParam("asOf", autumn)
        .queryParam("ring", "trial")
        .queryParam("category", "time-kept")
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items.slug", contains("time-moving"))
        .body("total", is(1));
    given()
        .queryParam("asOf", winter)
        .queryParam("category", "time-kept")
        .get(CRATES)
        .then()
        .body("items.slug", contains("time-moving", "time-rewritten", "time-new"))
        .body("items[0].ring", is("adopt"));
    // a page counts every match, and so does a page past the last one
    for (int offset : new int[] {2, 5}) {
      given()
          .queryParam("asOf", winter)
          .queryParam("category", "time-kept")
          .queryParam("limit", 2)
          .queryParam("offset", offset)
          .get(CRATES)
          .then()
          .statusCode(200)
          .body("items.slug", offset == 2 ? contains("time-new") : empty())
          .body("total", is(3));
    }

    // the editions, in order
    given()
        .get("/api/v1/editions")
        .then()
        .statusCode(200)
        .body("name", hasItem(autumn))
        .body("find { it.name == '" + winter + "' }.revision", is((int) second));

    // the diff between the editions is the writes between them
    JsonPath diff =
        given()
            .queryParam("from", autumn)
            .queryParam("to", winter)
            .get("/api/v1/diff")
            .then()
            .statusCode(200)
            .header("Cache-Control", containsString("immutable"))
            .body("from.revision", is((int) first))
            .body("from.edition", is(autumn))
            .body("to.revision", is((int) second))
            .extract()
            .jsonPath();
    assertEquals(List.of("time-new"), diff.getList("added.slug"));
    assertEquals(List.of(), diff.getList("removed"));
    assertEquals(
        List.of(
            Map.of("slug", "time-moving", "name", "time-moving", "from", "trial", "to", "adopt")),
        diff.getList("moved"));
    assertEquals(List.of("time-moving"), diff.getList("maturity.slug"));
    // a crate's record names its category's description nowhere: only time-rewritten's texts
    assertEquals(List.of("time-rewritten"), diff.getList("changed.slug"), diff.prettify());
    assertEquals(List.of("description"), diff.getList("changed[0].fields"));
    assertEquals(List.of("time-kept"), diff.getList("changedCategories.slug"));
    assertEquals(List.of("description"), diff.getList("changedCategories[0].fields"));
    given()
        .header("Accept", "text/markdown")
        .queryParam("from", autumn)
        .queryParam("to", winter)
        .get("/api/v1/diff")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/markdown"))
        .body(containsString("# Changes from " + autumn))
        .body(containsString("## Moved\n\n- **time-moving**: trial → adopt\n"))
        .body(containsString("## Added\n\n- **time-new**: hold\n"));
    for (String lang : List.of("en", "zh")) {
      String notes =
          given()
              .header("Accept", "text/markdown")
              .header("Accept-Language", lang)
              .queryParam("from", autumn)
              .queryParam("to", winter)
              .get("/api/v1/diff")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      leaveForCi("diff." + lang + ".md", notes);
    }

    // the radar exports of an edition compare each crate with the edition before it
    JsonPath radar =
        given()
            .queryParam("category", "time-kept")
            .queryParam("asOf", winter)
            .get("/api/v1/exports/backstage-tech-radar")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    leaveForCi("backstage-tech-radar.en.json", "en", null);
    leaveForCi("backstage-tech-radar.zh.json", "zh", null);
    leaveForCi("backstage-tech-radar.as-of.json", "en", autumn);
    assertEquals(
        List.of("adopt", "trial"),
        radar.getList("entries.find { it.id == 'time-moving' }.timeline.ringId"));
    assertEquals(
        List.of(1, 0), radar.getList("entries.find { it.id == 'time-moving' }.timeline.moved"));
    assertEquals(
        List.of(0), radar.getList("entries.find { it.id == 'time-rewritten' }.timeline.moved"));
    JsonPath byor =
        given()
            .queryParam("category", "time-kept")
            .queryParam("asOf", winter)
            .get("/api/v1/exports/byor-json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of("Moved In", "No Change", "New"), byor.getList("status"));
    assertEquals(List.of("FALSE", "FALSE", "TRUE"), byor.getList("isNew"));
    // now, the edition before is the second: nothing moved since
    given()
        .queryParam("category", "time-kept")
        .get("/api/v1/exports/byor-json")
        .then()
        .body("status", contains("No Change", "No Change", "No Change"));
    given()
        .queryParam("category", "time-kept")
        .queryParam("since", autumn)
        .get("/api/v1/exports/byor-json")
        .then()
        .body("status", contains("Moved In", "No Change", "New"));
    // as of the first edition, with nothing earlier named, nothing has moved yet
    given()
        .queryParam("category", "time-kept")
        .queryParam("asOf", autumn)
        .get("/api/v1/exports/byor-json")
        .then()
        .statusCode(200)
        .body("name", contains("time-moving", "time-rewritten"))
        .body("ring", contains("Trial", "Assess"));
  }

  /** The whole radar, timelines and all, left in target/exports for CI to parse. */
  private static void leaveForCi(String file, String lang, String asOf) {
    RequestSpecification request = given().queryParam("lang", lang);
    if (asOf != null) {
      request.queryParam("asOf", asOf);
    }
    leaveForCi(
        file,
        request
            .get("/api/v1/exports/backstage-tech-radar")
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  /** An answer left in target/exports, for CI to lint or parse. */
  private static void leaveForCi(String file, String content) {
    try {
      Path exports = Files.createDirectories(Path.of("target", "exports"));
      Files.writeString(exports.resolve(file), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void shouldAnswerAPastRevisionAsImmutable() {
    long now = read(CRATES + "/tokio", "en").revision();
    Response past = given().queryParam("asOf", now).get(CRATES + "/tokio");
    past.then()
        .statusCode(200)
        .header("Cache-Control", "public, max-age=31536000, immutable")
        .header("ETag", startsWith("\"p" + now + "-"))
        .header("X-Dataset-Revision", Long.toString(now));
    given()
        .queryParam("asOf", now)
        .header("If-None-Match", past.header("ETag"))
        .get(CRATES + "/tokio")
        .then()
        .statusCode(304);
    // the current catalog read as of its own revision is the current catalog
    for (String lang : List.of("en", "zh")) {
      assertEquals(
          read(CATEGORIES + "?limit=100", lang).body(),
          read(CATEGORIES + "?limit=100&asOf=" + now, lang).body());
      assertEquals(
          read(CRATES + "?limit=100", lang).body(),
          read(CRATES + "?limit=100&asOf=" + now, lang).body());
    }
  }

  @Test
  void shouldRefuseRevisionsItDoesNotKeep() {
    long now = read(CRATES + "/tokio", "en").revision();
    given()
        .queryParam("asOf", now + 1000)
        .get(CRATES + "/tokio")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("yet"));
    given()
        .queryParam("asOf", "2001-01-01T00:00:00Z")
        .get(CRATES)
        .then()
        .statusCode(404)
        .body("detail", containsString("history starts"));
    given()
        .queryParam("asOf", OffsetDateTime.now().plusDays(1).toString())
        .get(CATEGORIES)
        .then()
        .statusCode(404);
    given().queryParam("asOf", "no-such-edition").get(CRATES).then().statusCode(404);
    given()
        .queryParam("asOf", "2026-13-45T99:00:00Z")
        .get(CRATES)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("asOf"));
    given().queryParam("asOf", "a b").get(CRATES).then().statusCode(400);
    given()
        .queryParam("asOf", now)
        .queryParam("q", "tokio")
        .get(CRATES)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("asOf"));
    given().get("/api/v1/diff").then().statusCode(400);
    given()
        .queryParam("from", now)
        .queryParam("to", now - 1)
        .get("/api/v1/diff")
        .then()
        .statusCode(400);
    given()
        .queryParam("from", now)
        .get("/api/v1/diff")
        .then()
        .statusCode(200)
        .header("Cache-Control", not(containsString("immutable")))
        .body("added", empty())
        .body("moved", empty());
  }

  @Test
  void shouldNameEachRevisionOnceAndOnlyForCurators() {
    String name = "spring-" + UUID.randomUUID().toString().substring(0, 8);
    nameEdition(name);
    curator("application/json")
        .body("{\"name\": \"" + name + "\"}")
        .post("/api/v1/editions")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    curator("application/json")
        .body("{\"name\": \"12345\"}")
        .post("/api/v1/editions")
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("name"));
    curator("application/json")
        .body("{\"name\": \"far-" + name + "\", \"revision\": 999999999}")
        .post("/api/v1/editions")
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("revision"));
    given()
        .contentType("application/json")
        .body("{\"name\": \"anon-" + name + "\"}")
        .post("/api/v1/editions")
        .then()
        .statusCode(401);
    given().get("/api/v1/editions/" + name).then().statusCode(200).body("name", equalTo(name));
    given().get("/api/v1/editions/anon-" + name).then().statusCode(404);
  }
}
