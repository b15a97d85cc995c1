package dev.rustdist.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as the README's run command does: with no datasource configured, so that
 * the service starts, migrates and serves its own embedded PostgreSQL.
 */
@QuarkusIntegrationTest
class PackagedServiceIT {

  @Test
  void shouldServeTheExperimentalCratesInBothLanguages() {
    given()
        .queryParam("maturity", "experimental")
        .when()
        .get("/api/v1/crates")
        .then()
        .statusCode(200)
        .header("Content-Language", "en")
        .body("items.slug", contains("lunatic"))
        .body("items[0].maturity", is("experimental"));
    given()
        .header("Accept-Language", "zh")
        .queryParam("maturity", "experimental")
        .when()
        .get("/api/v1/crates")
        .then()
        .statusCode(200)
        .header("Content-Language", "zh")
        .body("items[0].description", containsString("一个受 Erlang 启发的运行时"));
  }

  @Test
  void shouldServeTheContractAndSwaggerUiInProduction() {
    given().when().get("/q/openapi").then().statusCode(200).body(containsString("listCrates"));
    given().when().get("/q/swagger-ui/").then().statusCode(200);
    given().when().get("/").then().statusCode(200).body(containsString("/q/swagger-ui"));
  }

  @Test
  void shouldReportReadiness() {
    given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
  }
}
