package dev.rustdist.catalog.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class HttpErrorTest {

  @Test
  void shouldAnswerAnUnknownApiPathWithAProblem() {
    given()
        .when()
        .get("/api/v1/frameworks")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", is("about:blank"))
        .body("status", is(404))
        .body("instance", is("/api/v1/frameworks"));
  }

  @Test
  void shouldAnswerAMethodAResourceDoesNotHaveWithAProblem() {
    given()
        .contentType("application/json")
        .body("{}")
        .when()
        .post("/api/v1/maturity-levels")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", is("GET, HEAD, OPTIONS"))
        .body("status", is(405))
        .body(not(containsString("Exception")));
    given()
        .contentType("application/json")
        .body("{}")
        .when()
        .put("/api/v1/crates")
        .then()
        .statusCode(405)
        .header("Allow", is("GET, HEAD, OPTIONS, POST"));
  }

  @Test
  void shouldAnswerHeadLikeGetWithoutABody() {
    given()
        .when()
        .head("/api/v1/crates/tokio")
        .then()
        .statusCode(200)
        .header("Content-Language", "en")
        .body(is(""));
  }

  @Test
  void shouldAnswerAnUnacceptableMediaTypeWithAProblem() {
    given().when().get("/api/v1/crates").then().statusCode(200); // leaves a snapshot behind
    given()
        .accept("application/xml")
        .when()
        .get("/api/v1/crates")
        .then()
        .statusCode(406)
        .contentType("application/problem+json")
        .body("status", is(406));
  }

  @Test
  void shouldServeTheLandingPage() {
    given()
        .when()
        .get("/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("href=\"/q/swagger-ui\""))
        .body(containsString("href=\"/q/openapi\""));
  }
}
