package dev.rustdist.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class SmokeTest {

  @Test
  void listsCrates() {
    given().when().get("/api/v1/crates?maturity=experimental").then().log().all().statusCode(200);
    given().when().get("/api/v1/crates/raft-rs").then().log().all().statusCode(200);
    given().when().get("/api/v1/categories/rpc").then().log().all().statusCode(200);
    given().when().get("/api/v1/assessment").then().log().all().statusCode(200);
    given().when().get("/api/v1/maturity-levels?lang=zh").then().log().all().statusCode(200);
    given()
        .when()
        .get("/api/v1/crates?q=grpc&sort=-maturity,name&minMaturity=mature")
        .then()
        .log()
        .all()
        .statusCode(200);
    given().when().get("/api/v1/crates?maturity=old").then().log().all().statusCode(400);
    String yaml = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target/served.yaml"), yaml);
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
  }
}
