package dev.rustdist.catalog.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.observability.Metrics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live change stream through real HTTP, read line by line as a client reads it, with writes
 * made by a curator through the API and by another instance straight into the database.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestProfile(ChangeStreamTest.ShortHeartbeats.class)
class ChangeStreamTest {

  /** Heartbeats a test sees within seconds, and a subscriber limit it reaches with three. */
  public static class ShortHeartbeats implements QuarkusTestProfile {

    static final int MAX_SUBSCRIBERS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "catalog.changes.stream.heartbeat",
          "1s",
          "catalog.changes.stream.max-subscribers",
          Integer.toString(MAX_SUBSCRIBERS));
    }
  }

  private static final Duration SOON = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/api/v1/changes/stream")
  URI stream;

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  private final List<EventStream> opened = new ArrayList<>();

  /** Every stream closed and its place given back, so that the next test finds them all free. */
  @AfterEach
  void closeStreamsAndRemoveWrites() throws SQLException, InterruptedException {
    opened.forEach(EventStream::close);
    long deadline = System.nanoTime() + SOON.toNanos();
    while (Metrics.scrape().sum("catalog_changes_subscribers") > 0) {
      assertTrue(System.nanoTime() < deadline, "closed streams still hold their places");
      Thread.sleep(50);
    }
    WrittenEntries.remove(dataSource, revisions, "stream-%");
  }

  private EventStream open(Map<String, String> headers) {
    EventStream events = EventStream.open(stream, headers);
    opened.add(events);
    return events;
  }

  private EventStream openAfter(long revision) {
    return open(Map.of("Last-Event-ID", Long.toString(revision)));
  }

  /** The current revision, as a read labels it. */
  private static long revision() {
    return Long.parseLong(
        given().get("/api/v1/rings").then().statusCode(200).extract().header("X-Dataset-Revision"));
  }

  /** Adds a crate as a curator; the revision its write made. */
  private static long addCrate(String slug) {
    return CrateWrites.revision(CrateWrites.add(slug));
  }

  @Test
  void shouldSendOnlyTheRevisionsAfterTheLastEventId() throws Exception {
    long first = addCrate("stream-a");
    long second = addCrate("stream-b");
    long third = addCrate("stream-c");

    EventStream events = openAfter(first);

    assertEquals(200, events.status());
    assertEquals("text/event-stream", events.header("Content-Type").orElseThrow());
    EventStream.Event opening = events.next(SOON);
    assertEquals("5000", opening.retry(), "the stream says at once how long to wait to reconnect");
    EventStream.Event next = events.nextChange(SOON);
    assertEquals(second, next.revision());
    JsonNode data = JSON.readTree(next.data());
    assertEquals(second, data.path("revision").asLong());
    assertEquals("stream-b", data.path("changes").path(0).path("slug").asText());
    assertEquals("create", data.path("changes").path(0).path("operation").asText());
    assertEquals(third, events.nextChange(SOON).revision());
    events.expectNoChange(Duration.ofMillis(1500));
  }

  @Test
  void shouldResumeWhereAClientLeftOffWithoutLossOrDuplicates() {
    EventStream first = EventStream.open(URI.create(stream + "?since=" + revision()), Map.of());
    opened.add(first);
    long a = addCrate("stream-a");
    long b = addCrate("stream-b");
    assertEquals(List.of(a, b), first.nextRevisions(2, SOON));
    first.close();

    long c = addCrate("stream-c");
    long d = addCrate("stream-d");
    EventStream resumed = openAfter(b);

    assertEquals(List.of(c, d), resumed.nextRevisions(2, SOON));
    resumed.expectNoChange(Duration.ofMillis(1500));
  }

  @Test
  void shouldPassOnAChangeAnotherInstanceCommits() throws Exception {
    long added = addCrate("stream-elsewhere");
    EventStream events = openAfter(added);
    events.next(SOON);

    // what another instance's write does: change the catalog (the trigger raises the revision and
    // notifies) and record the change at that revision, in one transaction
    long written;
    try (Connection elsewhere = dataSource.getConnection();
        Statement sql = elsewhere.createStatement()) {
      elsewhere.setAutoCommit(false);
      sql.executeUpdate("update crate set version = version + 1 where slug = 'stream-elsewhere'");
      sql.executeUpdate(
          "insert into change (revision, actor, entity, slug, operation, before, after)"
              + " select revision, 'another-instance', 'crate', 'stream-elsewhere', 'update',"
              + " null, null from dataset");
      try (var row = sql.executeQuery("select revision from dataset")) {
        row.next();
        written = row.getLong(1);
      }
      elsewhere.commit();
    }

    EventStream.Event event = events.nextChange(SOON);
    assertEquals(written, event.revision());
    JsonNode change = JSON.readTree(event.data()).path("changes").path(0);
    assertEquals("another-instance", change.path("actor").asText());
    assertEquals("stream-elsewhere", change.path("slug").asText());
  }

  @Test
  void shouldPassOnARevisionNoOneAnnouncedOnceItIsPolled() throws Exception {
    long added = addCrate("stream-unannounced");
    EventStream events = openAfter(added);
    events.next(SOON);

    // raised without the catalog's triggers, so without NOTIFY: the listener's poll finds it
    long written;
    try (Connection elsewhere = dataSource.getConnection();
        Statement sql = elsewhere.createStatement()) {
      elsewhere.setAutoCommit(false);
      try (var row =
          sql.executeQuery(
              "update dataset set revision = revision + 1, modified_at = clock_timestamp()"
                  + " returning revision")) {
        row.next();
        written = row.getLong(1);
      }
      sql.executeUpdate(
          "insert into change (revision, actor, entity, slug, operation, before, after)"
              + " select revision, 'another-instance', 'crate', 'stream-unannounced', 'update',"
              + " null, null from dataset");
      elsewhere.commit();
    }

    assertEquals(written, events.nextChange(SOON).revision());
  }

  @Test
  void shouldRefuseSubscribersBeyondTheLimitUntilOneLeaves() {
    List<EventStream> subscribers = new ArrayList<>();
    for (int i = 0; i < ShortHeartbeats.MAX_SUBSCRIBERS; i++) {
      EventStream subscriber = open(Map.of());
      assertEquals(200, subscriber.status());
      subscriber.next(SOON);
      subscribers.add(subscriber);
    }

    given()
        .get(stream)
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "5")
        .body("type", is("urn:rust-dist-catalog:problem:unavailable"))
        .body("status", is(503))
        .body("detail", containsString(ShortHeartbeats.MAX_SUBSCRIBERS + " subscribers"));

    subscribers.get(0).close();
    long deadline = System.nanoTime() + SOON.toNanos();
    int status;
    do {
      EventStream another = open(Map.of());
      status = another.status();
      another.close();
    } while (status == 503 && System.nanoTime() < deadline);
    assertEquals(200, status, "a subscriber that left gives its place back");
  }

  @Test
  void shouldSendHeartbeatsWhileNothingChanges() {
    EventStream events = open(Map.of("Last-Event-ID", Long.toString(revision())));
    events.next(SOON);

    for (int i = 0; i < 2; i++) {
      EventStream.Event heartbeat = events.next(Duration.ofSeconds(3));
      assertEquals(List.of("heartbeat"), heartbeat.comments());
      assertEquals(null, heartbeat.id());
    }
  }

  @Test
  void shouldNeverBeCachedNorAnsweredNotModified() {
    EventStream events = open(Map.of("If-None-Match", "*"));

    assertEquals(200, events.status());
    assertEquals("no-store", events.header("Cache-Control").orElseThrow());
    assertTrue(events.header("ETag").isEmpty(), "a stream has no one representation to tag");
    events.next(SOON);
  }

  @Test
  void shouldAnswerAHeadWithoutTakingAPlace() {
    for (int i = 0; i <= ShortHeartbeats.MAX_SUBSCRIBERS; i++) {
      given()
          .head(stream)
          .then()
          .statusCode(200)
          .contentType("text/event-stream")
          .header("Cache-Control", "no-store");
    }
    EventStream events = open(Map.of());
    assertEquals(200, events.status());
  }

  @Test
  void shouldRefuseAnUnreadableResumePoint() {
    given()
        .header("Last-Event-ID", "yesterday")
        .get(stream)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters[0].name", is("Last-Event-ID"))
        .body("invalidParameters[0].in", is("header"));
    given()
        .queryParam("since", "-1")
        .get(stream)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters[0].name", is("since"));
  }
}
