package dev.rustdist.catalog.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.curation.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A path whose {slug} cannot be a slug names nothing, whatever it asks of it. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PathSlugTest {

  private static final String TOO_LONG = "a".repeat(Slugs.MAX_LENGTH + 1);

  @ParameterizedTest
  @CsvSource({
    "GET,    /api/v1/crates/a%00b",
    "GET,    /api/v1/crates/a%00b/alternatives",
    "GET,    /api/v1/crates/a%00b/history",
    "GET,    /api/v1/categories/a%00b",
    "GET,    /api/v1/categories/a%00b/history",
    "GET,    /api/v1/crates/a%1Fb",
    "GET,    /api/v1/crates/TOKIO",
    "GET,    /api/v1/crates/tokio-",
    "GET,    /api/v1/crates/TOO_LONG/history",
    "GET,    /api/v1/categories/TOO_LONG/history",
    "PUT,    /api/v1/crates/a%00b",
    "PATCH,  /api/v1/crates/a%00b",
    "DELETE, /api/v1/crates/a%00b",
    "PUT,    /api/v1/categories/a%00b",
    "PATCH,  /api/v1/categories/a%00b",
    "DELETE, /api/v1/categories/a%00b"
  })
  void shouldNotFindWhatCannotBeASlug(String method, String path) {
    RequestSpecification request = given().urlEncodingEnabled(false);
    if (!method.equals("GET")) {
      request
          .header("Authorization", Tokens.curator())
          .header("If-Match", "*")
          .contentType(method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
          .body(method.equals("PATCH") ? "{}" : "{\"slug\": \"a\"}");
    }
    request
        .when()
        .request(method, path.replace("TOO_LONG", TOO_LONG))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", is("urn:rust-dist-catalog:problem:not-found"))
        .body("status", is(404))
        .body(not(containsString("Exception")));
  }
}
