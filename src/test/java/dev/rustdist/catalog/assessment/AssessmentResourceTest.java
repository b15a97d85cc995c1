package dev.rustdist.catalog.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class AssessmentResourceTest {

  private static final String ASSESSMENT = "/api/v1/assessment";

  @Test
  void shouldHoldEverySectionOfTheAssessment() {
    given()
        .when()
        .get(ASSESSMENT)
        .then()
        .statusCode(200)
        .body(
            "title",
            is(
                "Open-source frameworks and key libraries for building distributed systems in the"
                    + " Rust ecosystem"))
        .body("overview", hasSize(2))
        .body(
            "strengths.title",
            contains("Performance", "Reliability", "Concurrency", "Low-level control"))
        .body(
            "weaknesses.title",
            contains(
                "No \"batteries-included\" framework",
                "Uneven ecosystem maturity",
                "Learning curve",
                "Development efficiency"))
        .body(
            "trends.title",
            contains(
                "Composition over frameworks", "Borrowing and integration", "WebAssembly (Wasm)"))
        .body("conclusion", hasSize(6))
        .body("conclusion[0].title", nullValue())
        .body("state", hasSize(5))
        .body("takeaways", hasSize(5))
        .body(
            "takeaways[3].text",
            is("Choose based on team skill, performance needs, tolerance for ecosystem gaps"));
  }

  @Test
  void shouldNameTheCounterpartsEachPointComparesWith() {
    given()
        .when()
        .get(ASSESSMENT)
        .then()
        .body(
            "overview[0].counterparts",
            contains("spring-cloud", "akka", "vertx", "go-micro", "go-kit"))
        .body("weaknesses[0].counterparts", contains("spring-cloud"))
        // "Go 或 Java + Spring Cloud": the Go ecosystem itself
        .body("weaknesses[3].counterparts", contains("go", "spring-cloud"))
        .body("conclusion[3].counterparts", contains("go", "spring-cloud"))
        .body("trends[1].counterparts", contains("temporal", "kubernetes"))
        .body("strengths[0].counterparts", empty());
  }

  @Test
  void shouldListEveryComparisonWithOtherEcosystems() {
    given()
        .when()
        .get(ASSESSMENT)
        .then()
        .body(
            "comparisons.name",
            contains(
                "Spring Cloud",
                "Akka",
                "Vert.x",
                "Dubbo",
                "Thrift",
                "Go",
                "go-micro",
                "go-kit",
                "net/rpc",
                "Temporal",
                "etcd",
                "Consul",
                "Kubernetes"))
        .body("comparisons.find { it.slug == 'spring-cloud' }.ecosystem", is("java"))
        .body(
            "comparisons.find { it.slug == 'spring-cloud' }.sections",
            contains("overview", "weakness", "conclusion"))
        .body("comparisons.find { it.slug == 'net-rpc' }.ecosystem", is("go"))
        .body("comparisons.find { it.slug == 'go' }.sections", contains("weakness", "conclusion"))
        .body("comparisons.find { it.slug == 'net-rpc' }.categories", contains("rpc"))
        .body("comparisons.find { it.slug == 'etcd' }.crates", contains("raft-rs"))
        .body("comparisons.find { it.slug == 'kubernetes' }.crates", contains("kube-rs"))
        .body("comparisons.find { it.slug == 'kubernetes' }.sections", contains("trend"));
  }

  @Test
  void shouldServeTheAssessmentInTheDocumentsWords() {
    given()
        .queryParam("lang", "zh")
        .when()
        .get(ASSESSMENT)
        .then()
        .header("Content-Language", "zh")
        .body("title", is("Rust 生态中用于构建分布式系统的开源框架和关键库"))
        .body("strengths[0].title", is("性能"))
        .body("weaknesses[0].title", is("缺乏“全家桶”框架"))
        .body("conclusion[0].text", is("在 Rust 中构建分布式系统是完全可行且具有性能和可靠性优势的。"))
        .body("overview[0].text", startsWith("需要明确一点：相比于 Java (Spring Cloud, Akka, Vert.x)"))
        .body("overview[0].text", containsString("go-kit,原生库支持良好"))
        // the mind map's branches, translated
        .body("state[0].text", is("成熟的基础库（Tokio、Tonic、Sqlx）"))
        .body("takeaways[4].text", is("生态在快速发展"));
  }
}
