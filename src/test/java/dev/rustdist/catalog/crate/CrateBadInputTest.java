package dev.rustdist.catalog.crate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class CrateBadInputTest {

  private static final String CRATES = "/api/v1/crates";

  private static ValidatableResponse badParameter(String name, String value) {
    return refused(given().queryParam(name, value), name);
  }

  /** The request refused with a problem that names the parameter. */
  private static ValidatableResponse refused(RequestSpecification request, String name) {
    return request
        .when()
        .get(CRATES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", is("urn:rust-dist-catalog:problem:invalid-parameter"))
        .body("title", is("Invalid parameter"))
        .body("status", is(400))
        .body("detail", containsString("'" + name + "'"))
        .body("instance", is(CRATES))
        .body("invalidParameters[0].name", is(name))
        .body("invalidParameters[0].in", is("query"))
        .body(not(containsString("Exception")));
  }

  @Test
  void shouldRejectAnUnknownMaturityLevelListingTheLevels() {
    badParameter("maturity", "ancient")
        .body("invalidParameters[0].value", is("ancient"))
        .body(
            "invalidParameters[0].allowed",
            contains("experimental", "emerging", "mature", "standard"));
  }

  @ParameterizedTest
  @CsvSource({"not-a-cursor", "MS4x", "OTk5OTkuMS4x"})
  void shouldRejectACursorItDidNotGive(String cursor) {
    badParameter("after", cursor).body("detail", containsString("`next` token"));
  }

  @ParameterizedTest
  @CsvSource({"sort, name", "q, tokio", "offset, 5"})
  void shouldRejectACursorWithAnotherOrderOrAnOffset(String name, String value) {
    String cursor = given().queryParam("limit", 1).when().get(CRATES).then().extract().path("next");
    refused(given().queryParam("after", cursor).queryParam(name, value), "after")
        .body("detail", containsString("cannot be combined with sort, q or offset"));
  }

  @Test
  void shouldRejectAnUnknownLevelAmongKnownOnes() {
    given()
        .queryParam("maturity", "mature", "MATURE")
        .when()
        .get(CRATES)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].value", is("MATURE"));
  }

  @Test
  void shouldRejectAnUnknownMinimumMaturity() {
    badParameter("minMaturity", "legendary")
        .body("invalidParameters[0].allowed[3]", is("standard"));
  }

  @Test
  void shouldRejectAnUnknownRingListingTheRings() {
    badParameter("ring", "avoid")
        .body("invalidParameters[0].allowed", contains("adopt", "trial", "assess", "hold"));
  }

  @Test
  void shouldRejectAnUnknownCategoryListingTheCategories() {
    badParameter("category", "blockchain")
        .body("invalidParameters[0].allowed[0]", is("async-runtime"))
        .body("invalidParameters[0].allowed[7]", is("cloud-native"));
  }

  @Test
  void shouldRejectACategoryThatIsNotASlug() {
    badParameter("category", "Robert'); DROP TABLE crate;--")
        .body("invalidParameters[0].reason", containsString("slug"));
    given().when().get(CRATES).then().statusCode(200).body("total", is(17));
  }

  @Test
  void shouldRejectAnUnknownSortKeyListingTheKeys() {
    badParameter("sort", "popularity")
        .body("invalidParameters[0].allowed", contains("name", "maturity", "ring", "category"));
    badParameter("sort", "name,--maturity");
  }

  @Test
  void shouldRejectTooLongSearchText() {
    badParameter("q", "x".repeat(101)).body("invalidParameters[0].reason", containsString("100"));
    given().queryParam("q", "x".repeat(100)).when().get(CRATES).then().statusCode(200);
  }

  @ParameterizedTest
  @CsvSource({
    "limit, 0",
    "limit, 101",
    "limit, -5",
    "limit, ten",
    "limit, 2.5",
    "limit, 99999999999999999999",
    "offset, -1",
    "offset, abc",
    "offset, 1000001"
  })
  void shouldRejectBadPagination(String name, String value) {
    badParameter(name, value)
        .body("invalidParameters[0].value", is(value))
        .body("invalidParameters[0].reason", containsString("whole number"));
  }

  @Test
  void shouldAcceptPaginationAtItsBounds() {
    given()
        .queryParam("limit", 1)
        .queryParam("offset", 0)
        .when()
        .get(CRATES)
        .then()
        .statusCode(200);
    given()
        .queryParam("limit", 100)
        .queryParam("offset", 10000)
        .when()
        .get(CRATES)
        .then()
        .statusCode(200);
  }

  @Test
  void shouldPointBeyondTheResultWindowToTheCursor() {
    badParameter("offset", "10001")
        .body("invalidParameters[0].reason", containsString("`after`"))
        .body("invalidParameters[0].reason", containsString("from 0 to 10000"));
  }

  @Test
  void shouldRejectALanguageTheCatalogIsNotWrittenIn() {
    badParameter("lang", "fr").body("invalidParameters[0].allowed", contains("en", "zh"));
    badParameter("lang", "<script>");
  }

  @Test
  void shouldNotFindAMalformedSlug() {
    given()
        .when()
        .get(CRATES + "/Not A Slug")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", is(404));
    given()
        .when()
        .get(CRATES + "/tokio/extra/segments")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
