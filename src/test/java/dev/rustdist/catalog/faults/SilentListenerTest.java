package dev.rustdist.catalog.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustdist.catalog.caching.CurrentRevision;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The connection that hears of other instances' commits goes silent, with no error: the instance
 * must notice, and must label what it reads with the revision it read.
 */
@QuarkusTest
@WithTestResource(ProxiedPostgresResource.class)
class SilentListenerTest {

  private static final String READ = "/api/v1/maturity-levels";

  @Inject AgroalDataSource dataSource;

  @Test
  void shouldServeTheNewestRevisionWithinTheBoundAfterTheListenerGoesSilent() throws Exception {
    given().when().get(READ).then().statusCode(200);
    given().when().get(READ).then().statusCode(200); // asked again: from a snapshot from now on
    ProxiedPostgresResource.listener.silenceOpenConnections();

    long committed = commitAsAnotherInstance();

    // twice the bound: enough on a loaded machine, and never reached without the heartbeat
    Instant deadline = Instant.now().plus(CurrentRevision.STALENESS_BOUND.multipliedBy(2));
    long served = 0;
    while (served < committed && Instant.now().isBefore(deadline)) {
      served = revisionOf(given().when().get(READ).then().statusCode(200).extract().response());
      Thread.sleep(50);
    }
    assertEquals(committed, served, "the revision served from the snapshots");
  }

  @Test
  void shouldLabelAReadWithTheRevisionItWasReadAt() throws Exception {
    given().when().get(READ).then().statusCode(200);
    ProxiedPostgresResource.listener.silenceOpenConnections();

    long committed = commitAsAnotherInstance();

    long labelled =
        revisionOf(
            given()
                .queryParam("q", "label-" + committed)
                .when()
                .get("/api/v1/crates")
                .then()
                .statusCode(200)
                .extract()
                .response());
    assertEquals(committed, labelled, "the revision an uncached read is labelled with");
  }

  /** A change committed straight to the database, as another instance or a migration would. */
  private long commitAsAnotherInstance() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE language SET name = name WHERE code = 'en'");
      try (ResultSet row = statement.executeQuery("SELECT revision FROM dataset")) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static long revisionOf(io.restassured.response.Response response) {
    return Long.parseLong(response.header("X-Dataset-Revision"));
  }
}
