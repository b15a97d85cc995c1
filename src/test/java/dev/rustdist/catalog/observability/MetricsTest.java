package dev.rustdist.catalog.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.curation.Tokens;
import dev.rustdist.catalog.curation.WrittenEntries;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What /q/metrics shows, read through HTTP after requests made through HTTP. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class MetricsTest {

  private static final String REQUESTS = "http_server_requests_seconds_count";
  private static final String SLUG_TEMPLATE = "uri=\"/api/v1/crates/{slug}\"";

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  @AfterEach
  void removeWhatTheTestAdded() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, "metrics-probe");
  }

  private static String crate(String slug) {
    return """
        {"slug": "%s", "name": "%s", "category": "rpc", "maturity": "emerging", "ring": "assess",
         "texts": {"en": {"description": "A crate the metrics test writes.", "positioning": "None."},
                   "zh": {"description": "指标测试写入的 crate。", "positioning": "无。"}},
         "pros": [], "cons": [], "alternatives": [], "platforms": []}
        """
        .formatted(slug, slug);
  }

  @Test
  void shouldCountSnapshotHitsUnderTheirRouteTemplate() {
    for (int i = 0; i < 2; i++) { // asked again, the answer is kept
      given().get("/api/v1/crates/raft-rs?lang=zh").then().statusCode(200);
    }
    Metrics before = Metrics.scrape();
    for (int i = 0; i < 3; i++) {
      given().get("/api/v1/crates/raft-rs?lang=zh").then().statusCode(200);
    }
    Metrics after = Metrics.scrape();
    assertEquals(
        3,
        after.sum(REQUESTS, SLUG_TEMPLATE, "method=\"GET\"", "status=\"200\"")
            - before.sum(REQUESTS, SLUG_TEMPLATE, "method=\"GET\"", "status=\"200\""));
    assertEquals(
        3, after.sum("catalog_snapshot_hits_total") - before.sum("catalog_snapshot_hits_total"));
    assertTrue(
        after.sum("catalog_snapshot_served_bytes_total")
            > before.sum("catalog_snapshot_served_bytes_total"));
    assertTrue(after.sum("catalog_snapshot_size_bytes") > 0);
    assertTrue(after.has("catalog_snapshot_evictions_total"));
  }

  @Test
  void shouldKeepAnAnswerOnlyOnceItsReadIsAskedAgain() {
    String path = "/api/v1/crates?ring=hold&limit=3";
    Metrics before = Metrics.scrape();
    // a read asked once leaves nothing behind, so reads that never repeat push nothing out: the
    // second is read again, and kept
    given().get(path).then().statusCode(200);
    given().get(path).then().statusCode(200);
    Metrics twice = Metrics.scrape();
    assertEquals(
        2,
        twice.sum("catalog_snapshot_misses_total") - before.sum("catalog_snapshot_misses_total"));
    assertEquals(
        0, twice.sum("catalog_snapshot_hits_total") - before.sum("catalog_snapshot_hits_total"));
    given().get(path).then().statusCode(200);
    Metrics after = Metrics.scrape();
    assertEquals(
        1, after.sum("catalog_snapshot_hits_total") - twice.sum("catalog_snapshot_hits_total"));
  }

  @Test
  void shouldNeverNameARawPathOrQuery() {
    // a mark made of letters: a number among the metrics' values could hold any digits
    String mark = "qzxjv";
    given().get("/api/v1/crates/no-such-crate-" + mark).then().statusCode(404);
    given().get("/api/v1/no-such-resource-" + mark).then().statusCode(404);
    given().get("/api/v1/crates?maturity=ancient" + mark).then().statusCode(400);
    given().get("/api/v1/crates/" + "x".repeat(300) + mark).then().statusCode(404);
    given().get("/q/swagger-ui/no-such-file-" + mark + ".js").then().statusCode(404);
    String body = given().get("/q/metrics").then().extract().body().asString();
    assertThat(body, not(containsString(mark)));
    assertThat(Metrics.scrape().labelValues(REQUESTS, "uri"), everyItem(not(containsString("?"))));
  }

  @Test
  void shouldShowTheRevisionServedAndItsAge() {
    long served =
        Long.parseLong(given().get("/api/v1/rings").then().extract().header("X-Dataset-Revision"));
    Metrics metrics = Metrics.scrape();
    assertEquals(served, (long) metrics.sum("catalog_dataset_revision"));
    assertTrue(metrics.sum("catalog_dataset_revision_age_seconds") >= 0);
    assertTrue(metrics.has("catalog_revision_notifications_total"));
  }

  @Test
  void shouldShowTheConnectionPool() {
    Metrics metrics = Metrics.scrape();
    assertTrue(metrics.has("agroal_active_count"));
    assertTrue(metrics.has("agroal_max_used_count"));
  }

  @Test
  void shouldCountWritesByOutcome() {
    Metrics before = Metrics.scrape();
    String tag =
        given()
            .header("Authorization", Tokens.curator())
            .contentType("application/json")
            .body(crate("metrics-probe"))
            .post("/api/v1/crates")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    given()
        .header("Authorization", Tokens.curator())
        .contentType("application/json")
        .body(crate("metrics-probe"))
        .post("/api/v1/crates")
        .then()
        .statusCode(409);
    given()
        .header("Authorization", Tokens.curator())
        .contentType("application/merge-patch+json")
        .body("{\"ring\": \"trial\"}")
        .patch("/api/v1/crates/metrics-probe")
        .then()
        .statusCode(428);
    given()
        .header("Authorization", Tokens.curator())
        .header("If-Match", "\"v7\"")
        .contentType("application/merge-patch+json")
        .body("{\"ring\": \"trial\"}")
        .patch("/api/v1/crates/metrics-probe")
        .then()
        .statusCode(412);
    given()
        .header("Authorization", Tokens.curator())
        .header("If-Match", tag)
        .delete("/api/v1/crates/metrics-probe")
        .then()
        .statusCode(204);
    Metrics after = Metrics.scrape();
    for (var expected : new Object[][] {{"2xx", 2.0}, {"409", 1.0}, {"428", 1.0}, {"412", 1.0}}) {
      String outcome = "outcome=\"" + expected[0] + "\"";
      assertEquals(
          (double) expected[1],
          after.sum("catalog_writes_total", outcome) - before.sum("catalog_writes_total", outcome),
          outcome);
    }
    assertThat(after.labelValues("catalog_writes_total", "outcome"), hasItem("2xx"));
  }
}
