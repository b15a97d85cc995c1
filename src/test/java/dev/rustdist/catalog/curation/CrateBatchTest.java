package dev.rustdist.catalog.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Crates added in bulk through HTTP: all of a batch, or none of it. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CrateBatchTest {

  private static final String BATCHES = "/api/v1/crate-batches";

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  @AfterEach
  void removeWhatTheTestAdded() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, "batch-%");
  }

  static String crate(String slug, String ring) {
    return """
        {"slug": "%1$s", "name": "%1$s", "category": "message-queues", "maturity": "emerging",
         "ring": "%2$s", "cratesIoName": "%1$s",
         "texts": {"en": {"description": "An organisation's own crate."},
                   "zh": {"description": "组织自己的 crate。"}},
         "pros": [], "cons": []}
        """
        .formatted(slug, ring);
  }

  private static RequestSpecification curator() {
    return given().header("Authorization", Tokens.curator()).contentType("application/json");
  }

  private static long revision() {
    return Long.parseLong(
        given().get("/api/v1/rings").then().extract().header("X-Dataset-Revision"));
  }

  @Test
  void shouldAddEveryCrateOfABatchInOneRevision() {
    long before = revision();
    curator()
        .body("[" + crate("batch-one", "trial") + "," + crate("batch-two", "hold") + "]")
        .when()
        .post(BATCHES)
        .then()
        .statusCode(201)
        .body("total", is(2))
        .body("items.slug", contains("batch-one", "batch-two"))
        .body("items[1].ring", is("hold"));
    given().get("/api/v1/crates/batch-two").then().statusCode(200).body("name", is("batch-two"));
    org.junit.jupiter.api.Assertions.assertEquals(before + 1, revision());
    given()
        .get("/api/v1/crates/batch-one/history")
        .then()
        .body("items.operation", contains("create"));
    // the organisation's own crates are then known to checks
    given()
        .contentType("application/toml")
        .body(
            "version = 4\n[[package]]\nname = \"batch-two\"\nversion = \"1.0.0\"\nsource = \"x\"\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .when()
        .post("/api/v1/checks")
        .then()
        .statusCode(200)
        .body("verdict", is("fail"))
        .body("known.crate", contains("batch-two"));
  }

  @Test
  void shouldAddNoneWhenOneBreaksARule() {
    long before = revision();
    curator()
        .body(
            "["
                + crate("batch-one", "trial")
                + ","
                + crate("batch-two", "sideways")
                + ","
                + crate("batch-one", "trial")
                + ", 42]")
        .when()
        .post(BATCHES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters.name", contains("[1].ring", "[2].slug", "[3]"))
        .body("invalidParameters[1].reason", is("is the slug of entry [0] too"));
    given().get("/api/v1/crates/batch-one").then().statusCode(404);
    org.junit.jupiter.api.Assertions.assertEquals(before, revision());
  }

  @Test
  void shouldAddNoneWhenASlugIsTaken() {
    curator()
        .body("[" + crate("batch-one", "trial") + "," + crate("tokio", "adopt") + "]")
        .when()
        .post(BATCHES)
        .then()
        .statusCode(409)
        .body("detail", containsString("'tokio'"));
    given().get("/api/v1/crates/batch-one").then().statusCode(404);
  }

  @Test
  void shouldRefuseBatchesOutsideTheLimits() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= CrateBatchResource.MAX_CRATES; i++) {
      many.add("{}");
    }
    curator()
        .body("[" + String.join(",", many) + "]")
        .when()
        .post(BATCHES)
        .then()
        .statusCode(400)
        .body("detail", containsString("from 1 to 100 entries; it holds 101"));
    curator().body("[]").when().post(BATCHES).then().statusCode(400);
    curator().body(crate("batch-one", "trial")).when().post(BATCHES).then().statusCode(400);
    given()
        .contentType("application/json")
        .body("[" + crate("batch-one", "trial") + "]")
        .when()
        .post(BATCHES)
        .then()
        .statusCode(401);
  }
}
