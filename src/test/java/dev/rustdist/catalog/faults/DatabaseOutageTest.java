package dev.rustdist.catalog.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import dev.rustdist.catalog.curation.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The database goes away and comes back: the service says so honestly, then heals by itself. */
@QuarkusTest
@WithTestResource(ProxiedPostgresResource.class)
class DatabaseOutageTest {

  private static final Duration RECOVERY = Duration.ofSeconds(30);

  @AfterEach
  void bringTheDatabaseBack() {
    ProxiedPostgresResource.pool.restore();
    ProxiedPostgresResource.listener.restore();
  }

  @Test
  void shouldAnswer503WhileTheDatabaseIsUnreachableThenRecoverByItself() {
    for (int time = 1; time <= 2; time++) { // asked again, kept as a snapshot
      given().when().get("/api/v1/rings").then().statusCode(200);
    }
    String tag =
        given()
            .when()
            .get("/api/v1/crates/lunatic")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");

    ProxiedPostgresResource.pool.refuse();
    ProxiedPostgresResource.listener.refuse();

    unavailable(given().queryParam("q", "outage").when().get("/api/v1/crates"));
    unavailable(
        given()
            .header("Authorization", Tokens.curator())
            .header("If-Match", tag)
            .contentType("application/merge-patch+json")
            .body("{\"ring\": \"hold\"}")
            .when()
            .patch("/api/v1/crates/lunatic"));
    given().when().get("/api/v1/rings").then().statusCode(200);
    given().when().get("/q/health/ready").then().statusCode(503);
    // restarting the instance would not bring the database back: it stays alive
    given()
        .when()
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("revision-listener"));
    given().when().get("/q/health/started").then().statusCode(200);

    ProxiedPostgresResource.pool.restore();
    ProxiedPostgresResource.listener.restore();

    Instant deadline = Instant.now().plus(RECOVERY);
    int status = 0;
    while (status != 200 && Instant.now().isBefore(deadline)) {
      status = given().queryParam("q", "recovered").when().get("/api/v1/crates").statusCode();
    }
    given().queryParam("q", "recovered").when().get("/api/v1/crates").then().statusCode(200);
    given().when().get("/q/health/ready").then().statusCode(200);
    given().when().get("/api/v1/crates/lunatic").then().statusCode(200).body("ring", is("assess"));
  }

  private static void unavailable(io.restassured.response.Response response) {
    ValidatableResponse answer = response.then();
    answer
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "5")
        .body("status", is(503))
        .body("type", is("urn:rust-dist-catalog:problem:unavailable"));
  }
}
