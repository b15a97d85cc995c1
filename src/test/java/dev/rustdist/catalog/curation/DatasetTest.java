package dev.rustdist.catalog.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole catalog as one document: described, exported at any revision, and loaded back. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class DatasetTest {

  private static final String EXPORT = "/api/v1/exports/dataset";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  @AfterEach
  void removeWhatTheTestAdded() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, "dataset-%");
  }

  private static RequestSpecification curator() {
    return given().header("Authorization", Tokens.curator()).contentType("application/json");
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return "sha-256=:"
        + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes))
        + ":";
  }

  /** The document's bytes, checked against the digest it is served with. */
  private static byte[] export(String query) throws NoSuchAlgorithmException {
    Response response = given().get(EXPORT + query);
    response.then().statusCode(200).contentType(containsString("application/json"));
    byte[] document = response.asByteArray();
    assertEquals(sha256(document), response.header("Repr-Digest"));
    return document;
  }

  private static JsonNode tree(byte[] document) throws IOException {
    return JSON.readTree(document);
  }

  /** What a load writes: the document without where it was read. */
  private static JsonNode entries(byte[] document) throws IOException {
    ObjectNode entries = JSON.createObjectNode();
    entries.set("categories", tree(document).get("categories"));
    entries.set("crates", tree(document).get("crates"));
    return entries;
  }

  private static void create(String path, String body) {
    curator().body(body.getBytes(StandardCharsets.UTF_8)).post(path).then().statusCode(201);
  }

  private static String crate(String slug, String category) {
    return """
        {"slug": "%s", "name": "%s", "category": "%s", "maturity": "emerging", "ring": "assess",
         "texts": {"en": {"description": "New."}, "zh": {"description": "新的。"}},
         "pros": [], "cons": []}
        """
        .formatted(slug, slug, category);
  }

  private static String tag(String path) {
    return given().get(path).then().statusCode(200).extract().header("ETag");
  }

  private static Response load(byte[] document) {
    return curator().body(document).put("/api/v1/dataset");
  }

  @Test
  void shouldDescribeTheDataWithTheDigestOfItsDocument() throws Exception {
    Response described = given().get("/api/v1/dataset");
    described
        .then()
        .statusCode(200)
        .body("counts.categories", greaterThan(7))
        .body("counts.crates", greaterThan(16))
        .body("counts.counterparts", greaterThan(0))
        .body("licence.name", is("Apache-2.0"))
        .body("attribution.source.file", is("rust-distributed-ecosystem.zh.md"))
        .body("attribution.source.language", is("zh"))
        .body("attribution.source.titles.zh", is("Rust 生态中用于构建分布式系统的开源框架和关键库"));
    long revision = described.jsonPath().getLong("revision");
    assertEquals(Long.parseLong(described.header("X-Dataset-Revision")), revision);
    assertEquals(EXPORT + "?asOf=" + revision, described.jsonPath().getString("export.href"));

    byte[] document = export("?asOf=" + revision);
    assertEquals(described.jsonPath().getString("export.digest"), sha256(document));
    assertEquals(described.jsonPath().getLong("export.bytes"), document.length);
    JsonNode tree = tree(document);
    assertEquals("rust-dist-catalog/dataset/1", tree.get("format").asText());
    assertEquals(revision, tree.get("revision").asLong());
    assertEquals(described.jsonPath().getInt("counts.crates"), tree.get("crates").size());
    assertEquals("tokio", tree.get("crates").get(0).get("slug").asText());
    assertTrue(
        tree.get("crates")
            .get(0)
            .at("/texts/zh/description")
            .asText()
            .startsWith("Rust 社区的事实标准异步运行时。"));
    // canonical: the same data, the same bytes
    assertArrayEquals(document, export(""));
  }

  @Test
  void shouldLoadAnEarlierDocumentBackAsTheCatalogWasThen() throws Exception {
    create("/api/v1/crates", crate("dataset-gone", "async-runtime"));
    byte[] before = export("");
    long then = tree(before).get("revision").asLong();

    // a category and a crate added, a crate rewritten, one deleted
    create(
        "/api/v1/categories",
        """
        {"slug": "dataset-kept", "texts": {"en": {"name": "Kept"}, "zh": {"name": "保留"}}}
        """);
    create("/api/v1/crates", crate("dataset-new", "dataset-kept"));
    curator()
        .contentType(Curator.MERGE_PATCH)
        .header("If-Match", tag("/api/v1/crates/lunatic"))
        .body("{\"ring\": \"hold\"}")
        .patch("/api/v1/crates/lunatic")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Tokens.curator())
        .header("If-Match", tag("/api/v1/crates/dataset-gone"))
        .delete("/api/v1/crates/dataset-gone")
        .then()
        .statusCode(204);
    byte[] changed = export("");
    assertNotEquals(entries(before), entries(changed));

    Response loaded = load(before);
    loaded
        .then()
        .statusCode(200)
        .body("categories.deleted", is(1))
        .body("crates.created", is(1))
        .body("crates.updated", is(1))
        .body("crates.deleted", is(1));
    assertEquals(
        tree(before).get("crates").size() - 2, loaded.jsonPath().getInt("crates.unchanged"));

    // the catalog holds again what it held, in the same order, and the past stays as it was
    byte[] after = export("");
    assertEquals(entries(before), entries(after));
    assertArrayEquals(before, export("?asOf=" + then));
    assertArrayEquals(changed, export("?asOf=" + (loaded.jsonPath().getLong("revision") - 1)));
    given().get("/api/v1/crates/lunatic").then().statusCode(200).body("ring", is("assess"));
    given().get("/api/v1/crates/dataset-gone").then().statusCode(200);
    given().get("/api/v1/crates/dataset-new").then().statusCode(404);
    given()
        .get("/api/v1/changes?since=" + then + "&limit=100")
        .then()
        .body("items.findAll { it.slug == 'dataset-gone' }.operation", hasItem("create"));

    // the same document again changes nothing: no write, no new revision
    long revision = loaded.jsonPath().getLong("revision");
    load(after)
        .then()
        .statusCode(200)
        .body("revision", is((int) revision))
        .body("crates.unchanged", is(tree(after).get("crates").size()));
  }

  @Test
  void shouldRefuseABrokenDocumentWholeAndWriteNothing() throws Exception {
    byte[] document = export("");
    ObjectNode broken = (ObjectNode) tree(document);
    ((ObjectNode) broken.get("categories").get(0).at("/texts/en")).put("name", "Renamed");
    ((ObjectNode) broken.get("crates").get(1)).put("ring", "orbit");
    ((ObjectNode) broken.get("crates").get(2)).put("category", "nowhere");
    broken.put("format", "something/else");
    curator()
        .body(JSON.writeValueAsBytes(broken))
        .put("/api/v1/dataset")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters.name", containsInAnyOrder("format", "crates[1].ring"));

    // form right, a rule broken only the catalog can tell: nothing written before it stays
    broken.put("format", "rust-dist-catalog/dataset/1");
    ((ObjectNode) broken.get("crates").get(1)).put("ring", "adopt");
    curator()
        .body(JSON.writeValueAsBytes(broken))
        .put("/api/v1/dataset")
        .then()
        .statusCode(400)
        .body("invalidParameters.name", containsInAnyOrder("crates[2].category"));
    assertArrayEquals(document, export(""));

    ObjectNode twice = (ObjectNode) tree(document);
    twice.withArray("crates").add(twice.get("crates").get(0));
    curator()
        .body(JSON.writeValueAsBytes(twice))
        .put("/api/v1/dataset")
        .then()
        .statusCode(400)
        .body(
            "invalidParameters.name",
            containsInAnyOrder("crates[" + (twice.get("crates").size() - 1) + "].slug"));
  }

  @Test
  void shouldLetOnlyCuratorsLoadADocument() throws Exception {
    given()
        .contentType("application/json")
        .body(export(""))
        .put("/api/v1/dataset")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}
