package dev.rustdist.catalog.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.curation.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What browsers may do across origins: any page may read, and read the headers that describe the
 * answer; only the configured origin (https://curators.example.org in the tests) may write.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CrossOriginTest {

  private static final String RADAR = "/api/v1/exports/backstage-tech-radar";
  private static final String TOKIO = "/api/v1/crates/tokio";
  private static final String A_PAGE = "https://radar.example";
  private static final String CURATORS = "https://curators.example.org";

  private static List<String> listed(Response response, String header) {
    return Arrays.stream(response.header(header).split(",")).map(String::strip).toList();
  }

  @Test
  void shouldLetAnyOriginReadAndSeeTheHeadersThatDescribeTheAnswer() {
    for (int time = 1; time <= 3; time++) { // the third answer comes from the second's snapshot
      Response read =
          given()
              .header("Origin", A_PAGE)
              .when()
              .get(RADAR)
              .then()
              .statusCode(200)
              .extract()
              .response();
      assertThat(read.header("Access-Control-Allow-Origin"), is("*"));
      assertThat(
          listed(read, "Access-Control-Expose-Headers"),
          hasItems(
              "ETag",
              "Link",
              "X-Dataset-Revision",
              "Content-Language",
              "RateLimit",
              "Retry-After"));
    }
    // the same headers without an Origin, so that a shared cache may give its copy to any page
    given().when().get(RADAR).then().statusCode(200).header("Access-Control-Allow-Origin", is("*"));
    given()
        .header("Origin", A_PAGE)
        .when()
        .get("/api/v1/frameworks")
        .then()
        .statusCode(404)
        .header("Access-Control-Allow-Origin", is("*"));
  }

  @Test
  void shouldAnswerAPreflightForConditionalReadsInAnotherLanguage() {
    Response preflight =
        given()
            .header("Origin", A_PAGE)
            .header("Access-Control-Request-Method", "GET")
            .header("Access-Control-Request-Headers", "if-none-match,accept-language")
            .when()
            .options(RADAR)
            .then()
            .statusCode(204)
            .header("Access-Control-Allow-Origin", is("*"))
            .header("Access-Control-Max-Age", notNullValue())
            .extract()
            .response();
    assertThat(listed(preflight, "Access-Control-Allow-Methods"), hasItems("GET", "HEAD"));
    assertThat(
        listed(preflight, "Access-Control-Allow-Headers"),
        hasItems("If-None-Match", "Accept-Language"));
    assertThat(listed(preflight, "Access-Control-Allow-Methods"), not(hasItems("PATCH")));
  }

  @Test
  void shouldAnswerAWritePreflightFromTheConfiguredOriginOnly() {
    Response preflight =
        given()
            .header("Origin", CURATORS)
            .header("Access-Control-Request-Method", "PATCH")
            .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
            .when()
            .options(TOKIO)
            .then()
            .statusCode(204)
            .header("Access-Control-Allow-Origin", is(CURATORS))
            .extract()
            .response();
    assertThat(listed(preflight, "Access-Control-Allow-Methods"), hasItems("PATCH"));
    assertThat(
        listed(preflight, "Access-Control-Allow-Headers"),
        hasItems("Authorization", "Content-Type", "If-Match"));
    given()
        .header("Origin", A_PAGE)
        .header("Access-Control-Request-Method", "PATCH")
        .when()
        .options(TOKIO)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .header("Access-Control-Allow-Origin", nullValue())
        .body("detail", containsString(A_PAGE));
  }

  @Test
  void shouldLetOnlyTheConfiguredOriginReadTheAnswerToAWrite() {
    given()
        .header("Origin", CURATORS)
        .header("Authorization", Tokens.reader())
        .contentType("application/merge-patch+json")
        .body("{}")
        .when()
        .patch(TOKIO)
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", is(CURATORS));
    given()
        .header("Origin", A_PAGE)
        .header("Authorization", Tokens.reader())
        .contentType("application/merge-patch+json")
        .body("{}")
        .when()
        .patch(TOKIO)
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
