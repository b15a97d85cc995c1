package dev.rustdist.catalog.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Curators' writes, through HTTP, against the real database; each test removes what it added. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CurationTest {

  private static final String CRATES = "/api/v1/crates";
  private static final String TARPC = CRATES + "/tarpc";

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  @AfterEach
  void removeWhatTheTestAdded() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, "tarpc", "volo", "observability");
  }

  static String tarpc(String maturity) {
    return """
        {"slug": "tarpc", "name": "tarpc", "category": "rpc", "maturity": "%s", "ring": "assess",
         "cratesIoName": "tarpc", "repository": "https://github.com/google/tarpc",
         "texts": {"en": {"description": "An RPC framework for Rust with a focus on ease of use.",
                          "positioning": "Worth a look for Rust-to-Rust RPC."},
                   "zh": {"description": "一个注重易用性的 Rust RPC 框架。",
                          "positioning": "适合 Rust 之间的 RPC。"}},
         "pros": [{"en": "No IDL: services are Rust traits", "zh": "无需 IDL：服务就是 Rust trait"}],
         "cons": [{"en": "Rust only", "zh": "仅限 Rust"}],
         "alternatives": ["net-rpc"], "platforms": []}
        """
        .formatted(maturity);
  }

  private static RequestSpecification curator() {
    return given().header("Authorization", Tokens.curator()).contentType("application/json");
  }

  /** A curator's merge patch to the entry read with this ETag. */
  private static RequestSpecification patching(String tag) {
    return given()
        .header("Authorization", Tokens.curator())
        .contentType("application/merge-patch+json")
        .header("If-Match", tag);
  }

  private static long revision() {
    return Long.parseLong(
        given().get("/api/v1/rings").then().extract().header("X-Dataset-Revision"));
  }

  private static String createTarpc() {
    return curator()
        .body(tarpc("emerging"))
        .when()
        .post(CRATES)
        .then()
        .statusCode(201)
        .extract()
        .header("ETag");
  }

  @Test
  void shouldRefuseWritesWithoutACredential() {
    given()
        .contentType("application/json")
        .body(tarpc("emerging"))
        .when()
        .post(CRATES)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .header("X-Dataset-Revision", notNullValue())
        .body("status", is(401));
    given()
        .header("Authorization", "Bearer not-a-token")
        .contentType("application/json")
        .body(tarpc("emerging"))
        .when()
        .post(CRATES)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Tokens.fromAnotherIssuer())
        .contentType("application/json")
        .body(tarpc("emerging"))
        .when()
        .post(CRATES)
        .then()
        .statusCode(401);
    given().get(TARPC).then().statusCode(404);
  }

  @Test
  void shouldRefuseWritesWithoutTheCuratorRole() {
    given()
        .header("Authorization", Tokens.reader())
        .contentType("application/json")
        .body(tarpc("emerging"))
        .when()
        .post(CRATES)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("curator"));
    given().get(TARPC).then().statusCode(404);
  }

  @Test
  void shouldRefuseATokenIssuedInTheFuture() {
    given()
        .header("Authorization", Tokens.curatorIssuedAt(Instant.now().plus(Duration.ofHours(1))))
        .contentType(Curator.MERGE_PATCH)
        .body("{}")
        .when()
        .patch(CRATES + "/tokio")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"));
    // within the clock skew allowed: authenticated, then refused for the missing If-Match
    given()
        .header("Authorization", Tokens.curatorIssuedAt(Instant.now().plusSeconds(30)))
        .contentType(Curator.MERGE_PATCH)
        .body("{}")
        .when()
        .patch(CRATES + "/tokio")
        .then()
        .statusCode(428);
  }

  @Test
  void shouldAddACrateAndRecordIt() {
    long before = revision();
    curator()
        .header("Host", "evil.example")
        .body(tarpc("emerging"))
        .when()
        .post(CRATES)
        .then()
        .statusCode(201)
        .header("Location", is(TARPC))
        .header("ETag", startsWith("\"v1-r"))
        .header("X-Dataset-Revision", notNullValue())
        .body("slug", is("tarpc"))
        .body("category.slug", is("rpc"))
        // its own equivalent, and what the document says Rust lacks in its category
        .body("alternatives.slug", contains("net-rpc"))
        .body("counterparts.slug", contains("net-rpc", "dubbo", "thrift"))
        .body("counterparts.relation", contains("equivalent", "lacking", "lacking"));
    given()
        .header("Accept-Language", "zh")
        .get(TARPC)
        .then()
        .statusCode(200)
        .header("ETag", startsWith("\"v1-"))
        .body("description", is("一个注重易用性的 Rust RPC 框架。"))
        .body("pros", contains("无需 IDL：服务就是 Rust trait"))
        .body("links.docsRs", is("https://docs.rs/tarpc"));
    assertEquals(before + 1, revision(), "one write, one revision");
    given()
        .queryParam("since", before)
        .get("/api/v1/changes")
        .then()
        .body("items", hasSize(1))
        .body("items[0].operation", is("create"))
        .body("items[0].entity", is("crate"))
        .body("items[0].slug", is("tarpc"))
        .body("items[0].actor", is(Tokens.CURATOR))
        .body("items[0].before", nullValue())
        .body("items[0].after.maturity", is("emerging"))
        .body("items[0].moves.maturity.to", is("emerging"));
    given().queryParam("category", "rpc").get(CRATES).then().body("items.slug", hasItem("tarpc"));
  }

  @Test
  void shouldRejectAnInvalidCrateListingEveryBrokenRule() {
    long before = revision();
    curator()
        .body(
            """
            {"slug": "Not A Slug", "name": "", "category": "blockchain", "maturity": "mature",
             "ring": "adopt", "texts": {"en": {"description": "x"}, "fr": {"description": "x"}},
             "pros": [{"en": "fast"}], "cons": [], "alternatives": ["grails"], "platforms": []}
            """)
        .when()
        .post(CRATES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", is("urn:rust-dist-catalog:problem:invalid-body"))
        .body("invalidParameters.name", hasItem("slug"))
        .body("invalidParameters.name", hasItem("name"))
        .body("invalidParameters.name", hasItem("category"))
        .body("invalidParameters.name", hasItem("texts.zh"))
        .body("invalidParameters.name", hasItem("texts.fr"))
        .body("invalidParameters.name", hasItem("pros[0].zh"))
        .body("invalidParameters.name", hasItem("alternatives[0]"))
        .body("invalidParameters.find { it.name == 'category' }.allowed", hasItem("rpc"))
        .body("invalidParameters.every { it.in == 'body' }", is(true));
    assertEquals(before, revision());
  }

  @Test
  void shouldRejectUnknownValuesAndProperties() {
    curator()
        .body(tarpc("ancient"))
        .when()
        .post(CRATES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters[0].name", is("maturity"))
        .body(
            "invalidParameters[0].reason",
            containsString("experimental, emerging, mature, standard"))
        .body(not(containsString("dev.rustdist")));
    curator()
        .body(tarpc("emerging").replace("\"ring\"", "\"stars\": 5, \"ring\""))
        .when()
        .post(CRATES)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("stars"))
        .body("detail", containsString("is not a property"))
        .body(not(containsString("dev.rustdist")));
    curator().body("{not json").when().post(CRATES).then().statusCode(400);
    given().get(TARPC).then().statusCode(404);
  }

  @Test
  void shouldRefuseAnExistingSlug() {
    createTarpc();
    curator().body(tarpc("mature")).when().post(CRATES).then().statusCode(409);
  }

  @Test
  void shouldReplaceACrateReadAtItsCurrentVersion() {
    createTarpc();
    String tag = given().get(TARPC).then().extract().header("ETag");
    curator()
        .header("If-Match", tag)
        .body(tarpc("mature"))
        .when()
        .put(TARPC)
        .then()
        .statusCode(200)
        .header("ETag", startsWith("\"v2-r"))
        .body("maturity", is("mature"));
    given().get(TARPC).then().body("maturity", is("mature")).header("ETag", startsWith("\"v2-"));
  }

  /** One tag per entry: a write's answer is tagged as the read of the entry it wrote. */
  @Test
  void shouldTagAWritesAnswerSoThatTheNextReadAndWriteCanUseIt() {
    String created = createTarpc();
    given()
        .header("If-None-Match", created)
        .when()
        .get(TARPC)
        .then()
        .statusCode(304)
        .header("ETag", is(created));
    String patched =
        patching(created)
            .body("{\"ring\": \"trial\"}")
            .when()
            .patch(TARPC)
            .then()
            .statusCode(200)
            .header("ETag", startsWith("\"v2-r"))
            .extract()
            .header("ETag");
    assertNotEquals(created, patched);
    given().when().get(TARPC).then().statusCode(200).header("ETag", is(patched));
    given().header("If-None-Match", patched).when().get(TARPC).then().statusCode(304);
    String inChinese =
        curator()
            .header("If-Match", patched)
            .queryParam("lang", "zh")
            .body(tarpc("mature"))
            .when()
            .put(TARPC)
            .then()
            .statusCode(200)
            .header("Content-Language", "zh")
            .extract()
            .header("ETag");
    given()
        .queryParam("lang", "zh")
        .header("If-None-Match", inChinese)
        .when()
        .get(TARPC)
        .then()
        .statusCode(304);
    given().header("If-None-Match", inChinese).when().get(TARPC).then().statusCode(200);
    patching(inChinese).body("{\"ring\": \"adopt\"}").when().patch(TARPC).then().statusCode(200);
    patching(patched).body("{\"ring\": \"hold\"}").when().patch(TARPC).then().statusCode(412);
  }

  @Test
  void shouldRefuseAStaleOrMissingIfMatch() {
    String created = createTarpc();
    curator().header("If-Match", created).body(tarpc("mature")).put(TARPC).then().statusCode(200);
    long before = revision();
    curator()
        .header("If-Match", created)
        .body(tarpc("standard"))
        .when()
        .put(TARPC)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("detail", containsString("current version is 2"));
    curator()
        .body(tarpc("standard"))
        .when()
        .put(TARPC)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    curator()
        .header("If-Match", "W/\"v2\"")
        .body(tarpc("standard"))
        .put(TARPC)
        .then()
        .statusCode(412);
    given().get(TARPC).then().body("maturity", is("mature"));
    given().get(TARPC + "/history").then().body("total", is(2));
    assertEquals(before, revision());
  }

  @Test
  void shouldNotLetASlugChange() {
    String tag = createTarpc();
    curator()
        .header("If-Match", tag)
        .body(tarpc("mature").replace("\"slug\": \"tarpc\"", "\"slug\": \"volo\""))
        .when()
        .put(TARPC)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("slug"));
  }

  @Test
  void shouldMergePatchACrateAndShowTheMoveInItsHistory() {
    String tag = createTarpc();
    patching(tag)
        .body(
            """
            {"maturity": "mature", "ring": "trial",
             "texts": {"en": {"positioning": null}}, "cons": []}
            """)
        .when()
        .patch(TARPC)
        .then()
        .statusCode(200)
        .header("ETag", startsWith("\"v2-r"))
        .body("maturity", is("mature"))
        .body("ring", is("trial"))
        .body("positioning", nullValue())
        .body("cons", empty())
        .body("pros", hasSize(1));
    given()
        .get(TARPC + "/history")
        .then()
        .statusCode(200)
        .body("total", is(2))
        .body("items.operation", contains("create", "update"))
        .body("items[1].moves.maturity.from", is("emerging"))
        .body("items[1].moves.maturity.to", is("mature"))
        .body("items[1].moves.ring.from", is("assess"))
        .body("items[1].moves.ring.to", is("trial"))
        .body("items[1].before.texts.en.positioning", is("Worth a look for Rust-to-Rust RPC."))
        .body("items[1].after.texts.en.positioning", nullValue());
  }

  @Test
  void shouldCountACrateAddedAfterTheTotalsWereRead() {
    var before =
        given()
            .queryParam("maturity", "emerging")
            .queryParam("facets", true)
            .get(CRATES)
            .then()
            .statusCode(200)
            .extract();
    int total = before.path("total");
    int inRpc = before.path("facets.category.rpc");
    createTarpc();
    given()
        .queryParam("maturity", "emerging")
        .queryParam("facets", true)
        .queryParam("limit", 5) // another request than before, so no stored response answers it
        .get(CRATES)
        .then()
        .body("total", is(total + 1))
        .body("facets.category.rpc", is(inRpc + 1));
  }

  @Test
  void shouldListAMovedCrateInItsNewCategorysPlace() {
    String tag = createTarpc();
    patching(tag)
        .body("{\"category\": \"async-runtime\"}")
        .when()
        .patch(TARPC)
        .then()
        .statusCode(200)
        .body("category.slug", is("async-runtime"));
    given()
        .queryParam("limit", 3)
        .get(CRATES)
        .then()
        .body("items.slug", contains("tokio", "tarpc", "tonic"));
  }

  @Test
  void shouldShowWhatIsWrittenToACategoryInItsCratesRecords() throws SQLException {
    createTarpc();
    curator()
        .body(
            """
            {"slug": "observability",
             "texts": {"en": {"name": "Observability"}, "zh": {"name": "可观测性"}},
             "alternatives": []}
            """)
        .when()
        .post("/api/v1/categories")
        .then()
        .statusCode(201);
    patching(given().get(TARPC).then().extract().header("ETag"))
        .body("{\"category\": \"observability\"}")
        .when()
        .patch(TARPC)
        .then()
        .statusCode(200)
        .body("category.name", is("Observability"));
    patching(given().get("/api/v1/categories/observability").then().extract().header("ETag"))
        .body(
            "{\"texts\": {\"zh\": {\"name\": \"可观测\"}}, \"alternatives\": [\"go-kit\"]}"
                .getBytes(StandardCharsets.UTF_8))
        .when()
        .patch("/api/v1/categories/observability")
        .then()
        .statusCode(200);
    given()
        .queryParam("lang", "zh")
        .get(TARPC)
        .then()
        .body("category.name", is("可观测"))
        .body("alternatives.slug", contains("net-rpc", "go-kit"));
    given()
        .queryParam("category", "observability")
        .queryParam("lang", "zh")
        .get(CRATES)
        .then()
        .body("items[0].category.name", is("可观测"))
        .body("items[0].counterparts.slug", contains("net-rpc", "go-kit"));
    assertEquals(0, recordsUnlikeTheirAssembly());
  }

  /** How many crates' ready records differ from what their tables assemble now. */
  private long recordsUnlikeTheirAssembly() throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select count(*) from crate_documents(array(select id from crate)) fresh"
                    + " full join crate_document kept"
                    + " on (kept.crate_id, kept.lang) = (fresh.crate_id, fresh.lang)"
                    + " where kept.body::text is distinct from fresh.body::text")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void shouldRejectABadPatch() {
    String tag = createTarpc();
    patching(tag)
        .body("{\"ring\": \"avoid\"}")
        .when()
        .patch(TARPC)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("ring"));
    patching(tag)
        .body("{\"texts\": {\"zh\": null}}")
        .when()
        .patch(TARPC)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("texts.zh"));
    given().get(TARPC).then().body("ring", is("assess")).header("ETag", startsWith("\"v1-"));
  }

  @Test
  void shouldDeleteACrate() {
    String tag = createTarpc();
    given()
        .header("Authorization", Tokens.curator())
        .header("If-Match", tag)
        .when()
        .delete(TARPC)
        .then()
        .statusCode(204);
    given().get(TARPC).then().statusCode(404);
    given()
        .get(TARPC + "/history")
        .then()
        .statusCode(200)
        .body("items.operation", contains("create", "delete"))
        .body("items[1].after", nullValue())
        .body("items[1].moves.maturity.from", is("emerging"));
    given().get(CRATES).then().body("total", is(17));
  }

  @Test
  void shouldLetExactlyOneOfTwoConcurrentUpdatesWin() throws Exception {
    String tag = createTarpc();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Response>> updates = new ArrayList<>();
    for (String maturity : List.of("mature", "standard")) {
      Callable<Response> update =
          () -> {
            start.await();
            return curator().header("If-Match", tag).body(tarpc(maturity)).put(TARPC);
          };
      updates.add(pool.submit(update));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    String winner = null;
    for (Future<Response> update : updates) {
      Response response = update.get();
      statuses.add(response.statusCode());
      if (response.statusCode() == 200) {
        winner = response.jsonPath().getString("maturity");
      }
    }
    pool.shutdown();
    statuses.sort(Integer::compare);
    assertEquals(List.of(200, 412), statuses);
    given().get(TARPC).then().body("maturity", is(winner)).header("ETag", startsWith("\"v2-"));
    given()
        .get(TARPC + "/history")
        .then()
        .body("items.operation", contains("create", "update"))
        .body("items[1].after.maturity", is(winner));
  }

  @Test
  void shouldFeedChangesAfterARevisionInPages() {
    long before = revision();
    String tag = createTarpc();
    curator().header("If-Match", tag).body(tarpc("mature")).put(TARPC).then().statusCode(200);
    curator()
        .body(tarpc("experimental").replace("tarpc", "volo"))
        .post(CRATES)
        .then()
        .statusCode(201);
    given()
        .queryParam("since", before)
        .get("/api/v1/changes")
        .then()
        .statusCode(200)
        .body("total", is(3))
        .body("items.slug", contains("tarpc", "tarpc", "volo"))
        .body("items.operation", contains("create", "update", "create"));
    Response first =
        given().queryParam("since", before).queryParam("limit", 1).get("/api/v1/changes");
    first.then().body("items", hasSize(1)).header("Link", containsString("rel=\"next\""));
    long revisionOfFirst = first.jsonPath().getLong("items[0].revision");
    given()
        .queryParam("since", revisionOfFirst)
        .get("/api/v1/changes")
        .then()
        .body("items.operation", contains("update", "create"));
    given().queryParam("since", -1).get("/api/v1/changes").then().statusCode(400);
  }

  @Test
  void shouldCurateCategories() {
    String category =
        """
        {"slug": "observability",
         "texts": {"en": {"name": "Observability"}, "zh": {"name": "可观测性"}},
         "alternatives": []}
        """;
    given().queryParam("category", "observability").get(CRATES).then().statusCode(400);
    String tag =
        curator()
            .body(category)
            .when()
            .post("/api/v1/categories")
            .then()
            .statusCode(201)
            .body("name", is("Observability"))
            .extract()
            .header("ETag");
    given()
        .get("/api/v1/categories")
        .then()
        .body("total", is(9))
        .body("items[8].slug", is("observability"));
    given()
        .queryParam("category", "observability")
        .queryParam("facets", true)
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("total", is(0))
        .body("facets.category.observability", is(0));
    patching(tag)
        .body("{\"texts\": {\"en\": {\"description\": \"Tracing and metrics.\"}}}")
        .when()
        .patch("/api/v1/categories/observability")
        .then()
        .statusCode(200)
        .body("description", is("Tracing and metrics."));
    String patched =
        given().get("/api/v1/categories/observability").then().extract().header("ETag");
    curator()
        .header("If-Match", patched)
        .body(category.replace("\"alternatives\": []", "\"alternatives\": [\"go-kit\"]"))
        .when()
        .put("/api/v1/categories/observability")
        .then()
        .statusCode(200)
        .header("ETag", startsWith("\"v3-r"))
        .body("description", nullValue())
        .body("alternatives.slug", contains("go-kit"));
    curator()
        .body("{\"slug\": \"observability\", \"texts\": {\"en\": {\"name\": \"\"}}}")
        .when()
        .post("/api/v1/categories")
        .then()
        .statusCode(400)
        .body("invalidParameters.name", hasItem("texts.en.name"))
        .body("invalidParameters.name", hasItem("texts.zh"));
    String rpc = given().get("/api/v1/categories/rpc").then().extract().header("ETag");
    given()
        .header("Authorization", Tokens.curator())
        .header("If-Match", rpc)
        .when()
        .delete("/api/v1/categories/rpc")
        .then()
        .statusCode(409)
        .body("detail", containsString("still holds 5 crates"));
    String current =
        given().get("/api/v1/categories/observability").then().extract().header("ETag");
    given()
        .header("Authorization", Tokens.curator())
        .header("If-Match", current)
        .when()
        .delete("/api/v1/categories/observability")
        .then()
        .statusCode(204);
    given()
        .get("/api/v1/categories/observability/history")
        .then()
        .body("items.operation", contains("create", "update", "update", "delete"));
  }
}
