package dev.rustdist.catalog.category;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class CategoryResourceTest {

  private static final String CATEGORIES = "/api/v1/categories";

  @Test
  void shouldListTheEightCategoriesInTheDocumentsOrder() {
    given()
        .when()
        .get(CATEGORIES)
        .then()
        .statusCode(200)
        .body("total", is(8))
        .body(
            "items.slug",
            contains(
                "async-runtime",
                "rpc",
                "consensus",
                "workflow",
                "actors",
                "message-queues",
                "databases",
                "cloud-native"))
        .body(
            "items.name",
            contains(
                "Foundational Async Runtime",
                "RPC & Network Communication",
                "Distributed Consensus",
                "Distributed Workflow/Orchestration",
                "Actor Frameworks",
                "Message Queue Clients",
                "Database Interaction",
                "Cloud Native Integration"));
  }

  @Test
  void shouldNameTheCategoriesInChinese() {
    given()
        .queryParam("lang", "zh")
        .when()
        .get(CATEGORIES)
        .then()
        .header("Content-Language", "zh")
        .body("items[0].name", is("核心异步运行时"))
        .body("items[3].name", is("分布式工作流/编排"))
        .body("items[7].name", is("云原生集成"));
  }

  @Test
  void shouldPageCategories() {
    given()
        .queryParam("limit", 3)
        .queryParam("offset", 6)
        .when()
        .get(CATEGORIES)
        .then()
        .body("items.slug", contains("databases", "cloud-native"))
        .body("total", is(8))
        .header("Link", containsString("offset=3>; rel=\"prev\""));
  }

  @Test
  void shouldReturnACategoryWithItsCrates() {
    given()
        .when()
        .get(CATEGORIES + "/rpc")
        .then()
        .statusCode(200)
        .body("slug", is("rpc"))
        .body("description", nullValue())
        .body("note", containsString("Go's net/rpc or Java's Dubbo/Thrift"))
        // the note names them as what Rust lacks: no alternatives to its crates
        .body("alternatives", empty())
        .body("counterparts.slug", contains("net-rpc", "dubbo", "thrift"))
        .body("counterparts.relation", everyItem(is("lacking")))
        .body("crates.slug", contains("tonic", "axum", "actix-web", "warp", "rocket"))
        .body("crates[0].maturity", is("mature"))
        .body("crates[0].ring", is("adopt"));
  }

  @Test
  void shouldCarryTheGroupEvaluationOfACategory() {
    given()
        .queryParam("lang", "zh")
        .when()
        .get(CATEGORIES + "/message-queues")
        .then()
        .body("description", is("这些是库，不是框架，但对于构建分布式系统至关重要。"))
        .body("evaluation", containsString("是实现服务间异步通信和解耦的关键组件"))
        .body("crates.slug", contains("lapin", "rdkafka", "async-nats"));
    given()
        .when()
        .get(CATEGORIES + "/cloud-native")
        .then()
        .body("crates", hasSize(1))
        .body("evaluation", containsString("kube-rs is a powerful tool"));
  }

  @Test
  void shouldNotFindAnUnknownCategory() {
    given()
        .when()
        .get(CATEGORIES + "/blockchain")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", is("There is no category 'blockchain'."));
  }
}
