package dev.rustdist.catalog.replacement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.curation.Tokens;
import dev.rustdist.catalog.curation.WrittenEntries;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A crate deprecated, with replacements, through the curation API, and what readers then see. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class DeprecationTest {

  private static final String CRATE = "/api/v1/crates/old-mq";

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  @AfterEach
  void removeWhatTheTestAdded() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, "old-mq");
  }

  private static RequestSpecification curator(String contentType) {
    return given().header("Authorization", Tokens.curator()).contentType(contentType);
  }

  private static String create(String deprecated, String sunset) {
    return curator("application/json")
        .body(
            """
            {"slug": "old-mq", "name": "old-mq", "category": "message-queues",
             "maturity": "mature", "ring": "trial", "cratesIoName": "old-mq",
             "texts": {"en": {"description": "An older message queue client."},
                       "zh": {"description": "较旧的消息队列客户端。"}},
             "pros": [], "cons": [],
             "replacements": [{"crate": "lapin", "reason": {"en": "Maintained.", "zh": "仍在维护。"}},
                              {"counterpart": "temporal",
                               "reason": {"en": "Durable workflows.", "zh": "持久的工作流。"}}],
             "deprecated": %s, "sunset": %s}
            """
                .formatted(deprecated, sunset))
        .when()
        .post("/api/v1/crates")
        .then()
        .statusCode(201)
        .extract()
        .header("ETag");
  }

  private static byte[] lockNamingOldMq() {
    return "version = 4\n[[package]]\nname = \"old-mq\"\nversion = \"2.1.0\"\nsource = \"x\"\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void shouldAnnounceADeprecatedCrateAndItsSunset() {
    create("\"2026-01-15\"", "\"2027-03-01\"");
    given()
        .get(CRATE)
        .then()
        .statusCode(200)
        // 2026-01-15T00:00:00Z
        .header("Deprecation", is("@1768435200"))
        .header("Sunset", is("Mon, 01 Mar 2027 00:00:00 GMT"))
        .header(
            "Link", containsString("</api/v1/crates/old-mq/replacements>; rel=\"deprecation\""));
    // read again, the answer is kept: a third read comes from the snapshot, headers included
    for (int time = 2; time <= 3; time++) {
      given().get(CRATE).then().header("Deprecation", is("@1768435200"));
    }
    // the record says it too, in the language asked, and so do the pages that list it
    given()
        .queryParam("lang", "zh")
        .get(CRATE)
        .then()
        .header("Deprecation", is("@1768435200"))
        .body("deprecated", is("2026-01-15"))
        .body("sunset", is("2027-03-01"))
        .body("replacements[0].crate.slug", is("lapin"))
        .body("replacements[0].crate.maturity", notNullValue())
        .body("replacements[1].counterpart.slug", is("temporal"))
        .body("replacements.reason", contains("仍在维护。", "持久的工作流。"));
    given()
        .queryParam("category", "message-queues")
        .get("/api/v1/crates")
        .then()
        .body("items.find { it.slug == 'old-mq' }.replacements.size()", is(2))
        .body("items.find { it.slug == 'old-mq' }.replacements[0].crate.slug", is("lapin"));
    given()
        .get(CRATE + "/replacements")
        .then()
        .statusCode(200)
        .header("Deprecation", is("@1768435200"))
        .body("deprecated", is("2026-01-15"))
        .body("sunset", is("2027-03-01"))
        .body("replacements[0].crate.slug", is("lapin"))
        .body("replacements[0].counterpart", nullValue())
        .body("replacements[1].crate", nullValue())
        .body("replacements[1].counterpart.slug", is("temporal"))
        .body("replacements.reason", contains("Maintained.", "Durable workflows."));
    given().get("/api/v1/crates/lapin").then().header("Deprecation", nullValue());
    given()
        .contentType("application/toml")
        .body(lockNamingOldMq())
        .when()
        .post("/api/v1/checks")
        .then()
        .statusCode(200)
        .body("verdict", is("warn"))
        .body("reasons.rule", contains("deprecated", "replacement", "replacement"))
        .body(
            "reasons[0].message",
            is("old-mq (old-mq) is deprecated from 2026-01-15 and is gone on 2027-03-01."));
  }

  @Test
  void shouldFailACheckPastTheSunsetAndLiftTheDeprecation() {
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    String tag = create("\"2025-06-01\"", "\"" + yesterday + "\"");
    given()
        .contentType("application/toml")
        .body(lockNamingOldMq())
        .when()
        .post("/api/v1/checks")
        .then()
        .body("verdict", is("fail"))
        .body("reasons[0].rule", is("sunset"));
    curator("application/merge-patch+json")
        .header("If-Match", tag)
        .body("{\"deprecated\": null, \"sunset\": null}")
        .when()
        .patch(CRATE)
        .then()
        .statusCode(200);
    given().get(CRATE).then().statusCode(200).header("Deprecation", nullValue());
    given()
        .get(CRATE + "/history")
        .then()
        .body("items[1].after.deprecated", nullValue())
        .body("items[0].after.deprecated", is("2025-06-01"));
  }

  @Test
  void shouldRefuseASunsetWithoutADeprecationAndBadReplacements() {
    curator("application/json")
        .body(
            """
            {"slug": "old-mq", "name": "old-mq", "category": "message-queues",
             "maturity": "mature", "ring": "trial",
             "texts": {"en": {"description": "x"}, "zh": {"description": "x"}},
             "pros": [], "cons": [],
             "replacements": [{"crate": "nope", "reason": {"en": "x", "zh": "x"}},
                              {"crate": "lapin", "counterpart": "etcd", "reason": {"en": "x"}},
                              {"crate": "old-mq", "reason": {"en": "x", "zh": "x"}}],
             "deprecated": "someday", "sunset": "2027-01-01"}
            """)
        .when()
        .post("/api/v1/crates")
        .then()
        .statusCode(400)
        .body(
            "invalidParameters.name",
            contains(
                "deprecated",
                "sunset",
                "replacements[0].crate",
                "replacements[1].reason.zh",
                "replacements[1]",
                "replacements[2].crate"))
        .body("invalidParameters[0].reason", is("must be a date, YYYY-MM-DD"));
  }
}
