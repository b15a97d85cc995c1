package dev.rustdist.catalog.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class MindMapResourceTest {

  private static final String MIND_MAP = "/api/v1/mindmap";

  @Test
  void shouldServeTheWholeMindMapWithItsQualifiers() {
    given()
        .when()
        .get(MIND_MAP)
        .then()
        .statusCode(200)
        .body(
            "title",
            is(
                "Open-source frameworks and key libraries for building distributed systems in the"
                    + " Rust ecosystem"))
        .body("root.text", is("Rust Distributed Systems Frameworks & Libraries Evaluation"))
        .body(
            "root.children.text",
            contains("State of Ecosystem", "Key Categories & Crates", "Overall Evaluation"))
        .body("root.children[0].children", hasSize(5))
        .body("root.children[1].children", hasSize(8))
        .body(
            "root.children[1].children[5].text",
            is("6. Message Queue Clients (Libraries, not Frameworks)"))
        .body("root.children[1].children[6].text", is("7. Database Interaction (Libraries)"))
        .body("root.children[1].children[7].text", is("8. Cloud Native Integration (Libraries)"))
        .body(
            "root.children[1].children[1].children.text",
            contains(
                "tonic (gRPC Framework, high performance, type-safe) - RECOMMENDED for gRPC",
                "Web Frameworks (axum, actix-web, etc.) (REST API, simpler comms)",
                "Others (Less common general RPC)"))
        .body("root.children[2].children", hasSize(5));
  }

  @Test
  void shouldLinkEachLineToWhatItNames() {
    given()
        .when()
        .get(MIND_MAP)
        .then()
        .body("root.category", nullValue())
        .body("root.children[0].children[0].crates", contains("tokio", "tonic", "sqlx"))
        .body(
            "root.children[0].children[3].assessmentPoints.section",
            contains("strength", "strength", "strength"))
        .body("root.children[0].children[3].assessmentPoints.position", contains(1, 2, 3))
        .body("root.children[1].children[0].category", is("async-runtime"))
        .body(
            "root.children[1].children[1].children[1].crates",
            contains("axum", "actix-web", "warp", "rocket"))
        .body("root.children[1].children[1].children[2].crates", empty())
        .body("root.children[2].children[0].assessmentPoints.section", contains("conclusion"));
  }

  @Test
  void shouldServeTheMindMapInTheRequestedLanguage() {
    given()
        .header("Accept-Language", "zh-CN")
        .when()
        .get(MIND_MAP)
        .then()
        .header("Content-Language", "zh")
        .header("ETag", notNullValue())
        .body("title", is("Rust 生态中用于构建分布式系统的开源框架和关键库"))
        .body("root.text", is("Rust 分布式系统框架与库评估"))
        .body("root.children[1].children[0].text", is("1. 核心异步运行时"));
  }

  @Test
  void shouldServeACrateSummaryFromItsLineInTheMindMap() {
    given()
        .when()
        .get("/api/v1/crates/axum")
        .then()
        .body("summary", is("Web Frameworks (axum, actix-web, etc.) (REST API, simpler comms)"));
    given()
        .queryParam("lang", "zh")
        .when()
        .get("/api/v1/crates/lunatic")
        .then()
        .body("summary", is("lunatic（受 Erlang 启发，专注 Wasm，实验性）"));
  }

  @Test
  void shouldAnswerAReadItHasAnsweredFromItsSnapshot() {
    given().when().get(MIND_MAP).then().statusCode(200); // asked again, the answer is kept
    String tag = given().when().get(MIND_MAP).then().statusCode(200).extract().header("ETag");
    given().header("If-None-Match", tag).when().get(MIND_MAP).then().statusCode(304);
    given().queryParam("crate", "tokio").when().get(MIND_MAP).then().statusCode(400);
  }
}
