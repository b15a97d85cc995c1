package dev.rustdist.catalog.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Dependency checks through HTTP, against the curated catalog in the real database. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CheckResourceTest {

  static final String CHECKS = "/api/v1/checks";

  static String resource(String name) {
    try (InputStream in = CheckResourceTest.class.getResourceAsStream("/checks/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RequestSpecification toml(String body) {
    return given().contentType("application/toml").body(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldFailACargoLockUnderAStrictPolicy() {
    toml(resource("orders-service.Cargo.lock"))
        .queryParam("failOn", "hold,assess")
        .queryParam("minMaturity", "mature")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("Content-Language", "en")
        .header("X-Dataset-Revision", notNullValue())
        .body("format", is("cargo-lock"))
        .body("verdict", is("fail"))
        .body("policy.failOn", containsInAnyOrder("assess", "hold"))
        .body("policy.minMaturity", is("mature"))
        // 47 packages, of which the project itself has no source
        .body("dependencies", is(46))
        .body("known.dependency", contains("axum", "lunatic-runtime", "sqlx", "tokio", "tonic"))
        .body("known.find { it.dependency == 'lunatic-runtime' }.crate", is("lunatic"))
        .body("known.find { it.dependency == 'lunatic-runtime' }.versions", contains("0.13.2"))
        .body("known.find { it.dependency == 'lunatic-runtime' }.maturity", is("experimental"))
        .body("known.find { it.dependency == 'lunatic-runtime' }.ring", is("assess"))
        .body(
            "known.find { it.dependency == 'lunatic-runtime' }.replacements[0].reason",
            is(
                "A frontier, exploratory project; not yet suitable for production environments"
                    + " that need stability."))
        .body("known.find { it.dependency == 'axum' }.replacements[0].crate.slug", is("tonic"))
        .body("known.find { it.dependency == 'tokio' }.positioning", containsString("Essential"))
        .body("unknown.count", is(41))
        .body("unknown.names", hasItem("hyper"))
        .body(
            "reasons.findAll { it.verdict == 'fail' }.rule", containsInAnyOrder("ring", "maturity"))
        .body("reasons.findAll { it.verdict == 'fail' }.crate", contains("lunatic", "lunatic"))
        .body(
            "reasons.find { it.rule == 'ring' }.message",
            is("lunatic-runtime (lunatic) is in the ring assess, which the policy fails on."))
        .body(
            "reasons.findAll { it.rule == 'replacement' }.crate",
            containsInAnyOrder("axum", "lunatic"));
  }

  @Test
  void shouldWarnUnderTheDefaultPolicyAndSpeakChinese() {
    toml(resource("orders-service.Cargo.lock"))
        .header("Accept-Language", "zh-CN")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(200)
        .header("Content-Language", "zh")
        .body("verdict", is("warn"))
        .body("policy.failOn", contains("hold"))
        .body("policy.minMaturity", nullValue())
        .body(
            "reasons.find { it.crate == 'lunatic' }.message",
            is("lunatic-runtime（lunatic）：前沿探索性项目，暂不适合需要稳定性的生产环境。"))
        .body(
            "reasons.find { it.crate == 'axum' }.message",
            is("相比 axum（axum），目录更推荐 tonic：对于复杂的分布式交互，gRPC (Tonic) 通常更优。"));
  }

  @Test
  void shouldPassACycloneDxSbomOfMatureCrates() {
    given()
        .contentType("application/vnd.cyclonedx+json")
        .body(resource("billing.cdx.json"))
        .queryParam("failOn", "hold")
        .queryParam("minMaturity", "mature")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(200)
        .body("format", is("cyclonedx"))
        .body("verdict", is("pass"))
        .body("reasons", empty())
        // the npm component is not a crate; tokio-macros is nested in tokio
        .body("dependencies", is(6))
        .body("known.crate", contains("tokio", "tonic", "sqlx"))
        .body("unknown.names", contains("tokio-macros", "serde", "prost"));
  }

  @Test
  void shouldFailAnSpdxSbomWithACrateOnHold() {
    given()
        .contentType("application/spdx+json")
        .body(resource("inventory.spdx.json"))
        .when()
        .post(CHECKS)
        .then()
        .statusCode(200)
        .body("format", is("spdx"))
        .body("verdict", is("fail"))
        .body("known.crate", contains("raft-rs", "tokio", "rdkafka"))
        .body("known[0].replacements.counterpart.slug", contains("etcd", "consul"))
        .body("reasons.rule", contains("ring", "replacement"))
        .body(
            "reasons[1].message",
            is(
                "For raft (raft-rs) the catalog prefers etcd or Consul: An existing system that"
                    + " provides Raft (such as etcd or Consul), or a managed service, is usually"
                    + " recommended instead."))
        .body("unknown.names", contains("inventory", "protobuf"));
  }

  @Test
  void shouldReadACargoTomlByCratesIoNames() {
    given()
        .contentType("text/plain")
        .body(resource("gateway.Cargo.toml"))
        .when()
        .post(CHECKS)
        .then()
        .statusCode(200)
        .body("format", is("cargo-toml"))
        // the renamed kafka is rdkafka; the path dependency is the project's own
        .body("known.dependency", contains("axum", "tokio", "rdkafka", "redis"))
        .body("known.find { it.dependency == 'tokio' }.versions", contains("1.43"))
        .body("known.find { it.dependency == 'redis' }.crate", is("redis-rs"))
        .body("unknown.count", is(0));
  }

  @Test
  void shouldAnswer422UnderStrictOnlyWhenTheCheckFails() {
    given()
        .contentType("application/spdx+json")
        .body(resource("inventory.spdx.json"))
        .queryParam("strict", "true")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(422)
        .contentType("application/json")
        .body("verdict", is("fail"));
    toml(resource("orders-service.Cargo.lock"))
        .queryParam("strict", "true")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(200)
        .body("verdict", is("warn"));
  }

  @Test
  void shouldAnswerSarifThatTheSchemaAccepts() throws IOException {
    String sarif =
        toml(resource("orders-service.Cargo.lock"))
            .accept("application/sarif+json")
            .queryParam("failOn", "hold,assess")
            .when()
            .post(CHECKS)
            .then()
            .statusCode(200)
            .contentType("application/sarif+json")
            .body("version", is("2.1.0"))
            .body("runs[0].tool.driver.name", is("rust-dist-catalog"))
            .body("runs[0].properties.verdict", is("fail"))
            .body("runs[0].results.level", hasItem("error"))
            .body("runs[0].results.level", hasItem("warning"))
            .body(
                "runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri",
                is("Cargo.lock"))
            .extract()
            .asString();
    ObjectMapper json = new ObjectMapper();
    JsonSchema schema;
    try (InputStream in =
        CheckResourceTest.class.getResourceAsStream("/checks/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode log = json.readTree(sarif);
    Set<ValidationMessage> errors = schema.validate(log);
    assertTrue(errors.isEmpty(), "The SARIF log breaks the SARIF 2.1.0 schema: " + errors);
    // the schema's own sample of what it refuses: proves the validator reads the schema
    assertTrue(
        !schema.validate(json.readTree("{\"version\": \"2.1.0\", \"runs\": [{}]}")).isEmpty());
  }

  @Test
  void shouldAnswerJUnitXml() throws Exception {
    String xml =
        given()
            .contentType("application/spdx+json")
            .body(resource("inventory.spdx.json"))
            .accept("application/xml")
            .when()
            .post(CHECKS)
            .then()
            .statusCode(200)
            .contentType("application/xml")
            .extract()
            .asString();
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
    assertEquals("sbom.spdx.json", suite.getAttribute("name"));
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    NodeList failures = document.getElementsByTagName("failure");
    assertEquals(1, failures.getLength());
    Element failure = (Element) failures.item(0);
    assertEquals("ring", failure.getAttribute("type"));
    assertEquals("raft 0.7.0 (raft-rs)", ((Element) failure.getParentNode()).getAttribute("name"));
  }

  // --- bad input: a 4xx problem, saying where ---

  @Test
  void shouldSayWhereTomlStopsBeingToml() {
    toml("version = 4\n\n[[package]]\nname = = \"tokio\"\n")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", is("urn:rust-dist-catalog:problem:unreadable-document"))
        .body("invalidParameters[0].name", is("body"))
        .body("invalidParameters[0].reason", is("is not well-formed TOML"))
        .body("invalidParameters[0].line", is(4))
        .body("invalidParameters[0].column", is(8))
        .body("detail", is("body is not well-formed TOML (line 4, column 8)."));
  }

  @Test
  void shouldSayWhereJsonStopsBeingJson() {
    given()
        .contentType("application/json")
        .body("{\"bomFormat\": \"CycloneDX\",\n  \"components\": [,]}")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters[0].reason", is("is not well-formed JSON"))
        .body("invalidParameters[0].line", is(2))
        .body("invalidParameters[0].column", is(18));
  }

  @Test
  void shouldRefuseDocumentsThatAreNeitherCargoFilesNorSboms() {
    toml("title = \"a TOML file, not a Cargo one\"\n")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].reason", containsString("neither a Cargo.lock"));
    given()
        .contentType("application/json")
        .body("{\"packages\": []}")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].reason", containsString("neither a CycloneDX BOM"));
    given()
        .contentType("application/json")
        .body("{\"bomFormat\": \"CycloneDX\", \"components\": [{\"name\": [1]}]}")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("CycloneDX"))
        .body("detail", org.hamcrest.Matchers.not(containsString("org.cyclonedx")));
    toml("version = 4\n[[package]]\nname = \"tokio\"\nsource = \"registry+x\"\n")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("package[0].version"))
        .body("invalidParameters[0].reason", is("is required"));
    toml("").when().post(CHECKS).then().statusCode(400).body("detail", containsString("empty"));
    given()
        .contentType("application/xml")
        .body("<bom/>")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    toml("a = " + "[".repeat(50) + "]".repeat(50))
        .when()
        .post(CHECKS)
        .then()
        .statusCode(400)
        .body("detail", containsString("nested deeper than 16"));
  }

  // A body over the limit is refused by the HTTP layer from its stated length, for every
  // operation alike (HttpErrorTest): a client still writing it sees a broken pipe, not the 413.
  @Test
  void shouldRefuseTooManyPackages() {
    StringBuilder lock = new StringBuilder("version = 4\n");
    for (int i = 0; i <= DependencyReader.MAX_PACKAGES; i++) {
      lock.append("[[package]]\nname = \"p").append(i).append("\"\nversion = \"1.0.0\"\n");
    }
    toml(lock.toString())
        .when()
        .post(CHECKS)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("invalidParameters[0].name", is("package"))
        .body("detail", containsString("more than 2000 packages"));
  }

  @Test
  void shouldRefuseAnUnknownPolicy() {
    toml(resource("orders-service.Cargo.lock"))
        .queryParam("failOn", "never")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("failOn"))
        .body("invalidParameters[0].allowed", contains("adopt", "trial", "assess", "hold"));
    toml(resource("orders-service.Cargo.lock"))
        .queryParam("minMaturity", "ancient")
        .when()
        .post(CHECKS)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("minMaturity"));
  }

  @Test
  void shouldServeReplacementsOfACrate() {
    given()
        .when()
        .get("/api/v1/crates/raft-rs/replacements")
        .then()
        .statusCode(200)
        .header("Deprecation", nullValue())
        .body("slug", is("raft-rs"))
        .body("deprecated", nullValue())
        .body("replacements.counterpart.name", contains("etcd", "Consul"))
        .body("replacements.crate", contains(nullValue(), nullValue()));
    given()
        .queryParam("lang", "zh")
        .when()
        .get("/api/v1/crates/warp/replacements")
        .then()
        .statusCode(200)
        .body("replacements", hasSize(1))
        .body("replacements[0].crate.slug", is("tonic"))
        .body("replacements[0].crate.ring", is("adopt"))
        .body("replacements[0].reason", is("对于复杂的分布式交互，gRPC (Tonic) 通常更优。"));
    given().when().get("/api/v1/crates/tokio/replacements").then().body("replacements", empty());
    given().when().get("/api/v1/crates/nothing-here/replacements").then().statusCode(404);
  }
}
