package dev.rustdist.catalog.crate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class CompareAndAlternativesTest {

  @Test
  void shouldCompareCratesSideBySideInTheOrderAsked() {
    given()
        .queryParam("crates", "tokio,actix,lunatic")
        .when()
        .get("/api/v1/compare")
        .then()
        .statusCode(200)
        .body("crates.slug", contains("tokio", "actix", "lunatic"))
        .body("crates.maturity", contains("standard", "mature", "experimental"))
        .body("crates.ring", contains("adopt", "assess", "assess"))
        .body("crates[1].category.slug", is("actors"))
        .body("crates[2].cons", hasItem("Very new and highly experimental"));
    given()
        .queryParam("crates", "sqlx", "diesel")
        .queryParam("lang", "zh")
        .when()
        .get("/api/v1/compare")
        .then()
        .statusCode(200)
        .body("crates[1].description", is("流行的同步 ORM，异步支持仍在发展中。"));
  }

  @Test
  void shouldRejectComparingFewerThanTwoCrates() {
    given()
        .queryParam("crates", "tokio")
        .when()
        .get("/api/v1/compare")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters[0].name", is("crates"))
        .body("invalidParameters[0].reason", containsString("from 2 to 10"));
    given().when().get("/api/v1/compare").then().statusCode(400);
    given()
        .queryParam("crates", "tokio,tokio")
        .when()
        .get("/api/v1/compare")
        .then()
        .statusCode(400);
  }

  @Test
  void shouldRejectComparingAnUnknownCrate() {
    given()
        .queryParam("crates", "tokio,left-pad")
        .when()
        .get("/api/v1/compare")
        .then()
        .statusCode(400)
        .body("invalidParameters[0].value", is("left-pad"))
        .body("invalidParameters[0].reason", containsString("GET /api/v1/crates"))
        .body("invalidParameters[0].allowed", nullValue());
  }

  @Test
  void shouldListTheAlternativesOfACrate() {
    given()
        .when()
        .get("/api/v1/crates/raft-rs/alternatives")
        .then()
        .statusCode(200)
        .body("slug", is("raft-rs"))
        .body("sameCategory", empty())
        .body("otherEcosystems.slug", contains("etcd", "consul"));
    given()
        .when()
        .get("/api/v1/crates/axum/alternatives")
        .then()
        .body("sameCategory.slug", contains("tonic", "actix-web", "warp", "rocket"))
        // the document names net/rpc, Dubbo and Thrift as what Rust lacks, not as alternatives
        .body("otherEcosystems", empty());
    given()
        .when()
        .get("/api/v1/crates/tonic")
        .then()
        .body("alternatives", empty())
        .body("counterparts.name", contains("net/rpc", "Dubbo", "Thrift"))
        .body("counterparts.relation", everyItem(is("lacking")));
    given().when().get("/api/v1/crates/left-pad/alternatives").then().statusCode(404);
  }
}
