package dev.rustdist.catalog.caching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads that assemble the whole catalog take turns; with every turn taken, such a read is told to
 * come back, and every other read is answered as ever.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestProfile(WholeCatalogReadsTest.EveryTurnTaken.class)
class WholeCatalogReadsTest {

  /** No turn is ever free, and a read waits for one only briefly. */
  public static class EveryTurnTaken implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "catalog.reads.whole-catalog.concurrency", "0",
          "catalog.reads.whole-catalog.wait", "0.2s");
    }
  }

  @Test
  void shouldTellWholeCatalogReadsToComeBackWhenNoTurnIsFree() {
    for (String path :
        new String[] {
          "/api/v1/categories",
          "/api/v1/categories/rpc",
          "/api/v1/exports/markdown",
          "/api/v1/exports/dataset",
          "/api/v1/dataset",
          "/api/v1/diff?from=1"
        }) {
      given()
          .get(path)
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", "1")
          .body("detail", containsString("at most 0 answers of the whole catalog at once"));
    }
    given().get("/api/v1/crates?maturity=mature").then().statusCode(200);
    given().get("/api/v1/crates/tokio").then().statusCode(200);
  }
}
