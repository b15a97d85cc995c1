package dev.rustdist.catalog.replica;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.curation.Tokens;
import dev.rustdist.catalog.observability.Metrics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reads from a real streaming replica, through HTTP: uncached reads go there while it has replayed
 * what this instance serves, and to the primary when it lags, so that no read is older than a write
 * this instance made, nor than one it has heard of from another instance.
 */
@QuarkusTest
@WithTestResource(ReplicatedPostgresResource.class)
class ReadReplicaTest {

  private static final String REPLICA_READS = "catalog_reads_total";
  private static final String PROBE = "/api/v1/crates/replica-probe";

  @AfterEach
  void resumeAndRemoveTheProbe() throws SQLException {
    replayOnReplica(true);
    try (Connection primary =
            DriverManager.getConnection(ReplicatedPostgresResource.primary.jdbcUrl());
        Statement statement = primary.createStatement()) {
      statement.execute("DELETE FROM change WHERE slug = 'replica-probe'");
      statement.execute("DELETE FROM crate WHERE slug = 'replica-probe'");
    }
  }

  private static void replayOnReplica(boolean resume) throws SQLException {
    try (Connection replica =
            DriverManager.getConnection(ReplicatedPostgresResource.replica.jdbcUrl());
        Statement statement = replica.createStatement()) {
      statement.execute(resume ? "SELECT pg_wal_replay_resume()" : "SELECT pg_wal_replay_pause()");
    }
  }

  private static long replicaRevision() throws SQLException {
    try (Connection replica =
            DriverManager.getConnection(ReplicatedPostgresResource.replica.jdbcUrl());
        Statement statement = replica.createStatement();
        ResultSet row = statement.executeQuery("SELECT revision FROM dataset")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static double reads(String database) {
    return Metrics.scrape().sum(REPLICA_READS, "database=\"" + database + "\"");
  }

  /** A read no snapshot holds: it goes to a database. */
  private static Response uncachedRead() {
    return given()
        .queryParam("q", UUID.randomUUID().toString().substring(0, 8))
        .get("/api/v1/crates")
        .then()
        .statusCode(200)
        .extract()
        .response();
  }

  private static long revisionOf(Response response) {
    return Long.parseLong(response.header("X-Dataset-Revision"));
  }

  private static String createProbe() {
    return given()
        .header("Authorization", Tokens.curator())
        .contentType("application/json")
        .body(
            """
            {"slug": "replica-probe", "name": "replica-probe", "category": "rpc",
             "maturity": "emerging", "ring": "assess",
             "texts": {"en": {"description": "Written through the primary.", "positioning": "-"},
                       "zh": {"description": "经主库写入。", "positioning": "-"}},
             "pros": [], "cons": [], "alternatives": [], "platforms": []}
            """)
        .post("/api/v1/crates")
        .then()
        .statusCode(201)
        .extract()
        .header("X-Dataset-Revision");
  }

  private static void await(Duration timeout, String what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("waited " + timeout.toMillis() + " ms for " + what);
      }
      Thread.sleep(20);
    }
  }

  @Test
  void shouldReadFromTheReplicaOnceItHasReplayedTheRevision() throws Exception {
    await(
        Duration.ofSeconds(10),
        "the replica to catch up",
        () -> {
          try {
            return replicaRevision()
                >= Long.parseLong(given().get("/api/v1/rings").header("X-Dataset-Revision"));
          } catch (SQLException e) {
            return false;
          }
        });
    double before = reads("replica");
    uncachedRead();
    assertEquals(1.0, reads("replica") - before);
  }

  @Test
  void shouldReadItsOwnWriteFromThePrimaryWhileTheReplicaLags() throws Exception {
    replayOnReplica(false);
    double primaryBefore = reads("primary");
    long written = Long.parseLong(createProbe());
    // at once, on the same instance: the replica has not replayed the write, the primary answers
    given().get(PROBE).then().statusCode(200).body("name", is("replica-probe"));
    Response list = uncachedRead();
    assertEquals(written, revisionOf(list));
    assertTrue(reads("primary") - primaryBefore >= 2);
    assertTrue(replicaRevision() < written, "the replica was held behind the write");

    replayOnReplica(true);
    await(
        Duration.ofSeconds(10),
        "the replica to replay the write",
        () -> {
          try {
            return replicaRevision() >= written;
          } catch (SQLException e) {
            return false;
          }
        });
    double replicaBefore = reads("replica");
    assertEquals(written, revisionOf(uncachedRead()));
    assertEquals(1.0, reads("replica") - replicaBefore);
  }

  @Test
  void shouldReadAnotherInstancesWriteWithinTheBoundWhileTheReplicaLags() throws Exception {
    createProbe();
    for (int time = 1; time <= 2; time++) { // asked again: kept as a snapshot
      given().get(PROBE).then().body("ring", is("assess"));
    }
    replayOnReplica(false);
    // another instance's write: it commits on the primary, which notifies every instance
    long before = System.nanoTime();
    try (Connection primary =
            DriverManager.getConnection(ReplicatedPostgresResource.primary.jdbcUrl());
        Statement statement = primary.createStatement()) {
      statement.execute("UPDATE crate SET ring = 'hold' WHERE slug = 'replica-probe'");
    }
    await(
        CurrentRevision.STALENESS_BOUND,
        "the other instance's write to be read here",
        () -> "hold".equals(given().get(PROBE).then().extract().path("ring")));
    assertTrue(
        Duration.ofNanos(System.nanoTime() - before).compareTo(CurrentRevision.STALENESS_BOUND)
            < 0);
    assertTrue(replicaRevision() < Long.parseLong(given().get(PROBE).header("X-Dataset-Revision")));
  }
}
