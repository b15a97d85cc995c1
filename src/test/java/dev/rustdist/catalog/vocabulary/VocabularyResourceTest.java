package dev.rustdist.catalog.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class VocabularyResourceTest {

  @Test
  void shouldListMaturityLevelsInOrder() {
    given()
        .when()
        .get("/api/v1/maturity-levels")
        .then()
        .statusCode(200)
        .body("total", is(4))
        .body("items.code", contains("experimental", "emerging", "mature", "standard"))
        .body("items.rank", contains(1, 2, 3, 4))
        .body("items.label", contains("Experimental", "Emerging", "Mature", "Standard"))
        .body("items[3].meaning", containsString("de-facto standard"));
  }

  @Test
  void shouldDescribeMaturityLevelsInChinese() {
    given()
        .header("Accept-Language", "zh")
        .when()
        .get("/api/v1/maturity-levels")
        .then()
        .header("Content-Language", "zh")
        .body("items.code", contains("experimental", "emerging", "mature", "standard"))
        .body("items.label", contains("实验性", "新兴", "成熟", "事实标准"));
  }

  @Test
  void shouldListRingsInOrder() {
    given()
        .when()
        .get("/api/v1/rings")
        .then()
        .statusCode(200)
        .body("items.code", contains("adopt", "trial", "assess", "hold"))
        .body("items.rank", contains(1, 2, 3, 4))
        .body("items[3].meaning", containsString("caution"));
    given()
        .queryParam("lang", "zh")
        .when()
        .get("/api/v1/rings")
        .then()
        .body("items.label", contains("采用", "试用", "评估", "暂缓"));
  }

  @Test
  void shouldPageVocabularies() {
    given()
        .queryParam("limit", 2)
        .queryParam("offset", 1)
        .when()
        .get("/api/v1/rings")
        .then()
        .body("items.code", contains("trial", "assess"))
        .body("total", is(4));
    given().queryParam("limit", "none").when().get("/api/v1/rings").then().statusCode(400);
  }
}
