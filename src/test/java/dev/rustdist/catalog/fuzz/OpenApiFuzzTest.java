package dev.rustdist.catalog.fuzz;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.curation.Tokens;
import dev.rustdist.catalog.fuzz.Contract.Operation;
import dev.rustdist.catalog.fuzz.MalformedRequests.Case;
import dev.rustdist.catalog.fuzz.RawHttp.Answer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holds the service to three rules whatever a client sends it: no 5xx; every 4xx an
 * application/problem+json whose status is the HTTP status; no answer that shows its Java
 * internals. The requests are the valid request of every operation the served contract declares
 * with one thing wrong at a time, sent byte for byte.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class OpenApiFuzzTest {

  private static final Logger LOG = Logger.getLogger(OpenApiFuzzTest.class);

  private static final long SEED = 9457;

  private static final Path FULL_LIST = Path.of("target", "openapi-fuzz-failures.txt");

  @TestHTTPResource("/")
  URL root;

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  private RawHttp http;
  private String curatorToken;

  @BeforeEach
  void connect() {
    http = new RawHttp(root.getPort());
    curatorToken = Tokens.curator(Duration.ofHours(1)); // outlives the longest run
  }

  @AfterEach
  void removeWhatTheTestWrote() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM crate WHERE slug LIKE 'fuzz-%'");
      statement.executeUpdate("DELETE FROM category WHERE slug LIKE 'fuzz-%'");
      statement.executeUpdate("DELETE FROM change WHERE slug LIKE 'fuzz-%'");
    }
    revisions.refresh(); // the next test reads after the clean-up, not from before it
  }

  @Test
  void shouldAnswerEveryMalformedRequestWithAProblem() throws IOException {
    Contract contract =
        Contract.of(
            given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    MalformedRequests requests = new MalformedRequests(contract, SEED, curatorToken);
    createOwnedEntries(contract, requests);
    Findings findings = new Findings();
    int sent = 0;
    long start = System.nanoTime();
    for (Operation operation : contract.operations()) {
      for (Case request : requests.of(operation)) {
        // a read's second answer may come from the response snapshots, ahead of the REST layer
        for (int time = 0; time < (operation.reads() ? 2 : 1); time++) {
          sent++;
          Answer answer = send(request, findings);
          if (answer != null && !operation.reads()) {
            restore(request, answer, requests);
          }
        }
      }
    }
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    LOG.infof(
        "Sent %d requests to %d operations in %d s: %d answers broke the rules",
        sent, contract.operations().size(), seconds, findings.size());
    Files.writeString(FULL_LIST, findings.all());
    assertTrue(
        findings.isEmpty(),
        findings.size()
            + " of "
            + sent
            + " answers broke the rules, grouped below by what came back and what was malformed"
            + " (every one is in "
            + FULL_LIST
            + "):\n"
            + findings.report());
  }

  // --- the fuzzing ---

  /** Sends a case and checks its answer; null when none came. */
  private Answer send(Case request, Findings findings) {
    String what = request.group() + ": " + request.kind();
    String operation = request.operation().toString();
    String described = describe(request);
    Answer answer;
    try {
      answer =
          http.exchange(
              http.request(
                  request.operation().method(),
                  request.target(),
                  request.headers(),
                  request.body()));
    } catch (IOException failure) {
      findings.add("no answer", what, operation, described, failure.toString());
      return null;
    }
    if (request.valid() && answer.status() >= 300) {
      findings.add(
          "valid request answered " + answer.status(),
          what,
          operation,
          described,
          Findings.excerpt(answer));
    }
    findings.check(what, operation, described, answer);
    return answer;
  }

  /** The request, and the header or body that was malformed, as a report line shows it. */
  private static String describe(Case request) {
    StringBuilder described =
        new StringBuilder(request.operation().method())
            .append(' ')
            .append(Findings.printable(request.target(), 160));
    if (request.where().startsWith("header ")) {
      String name = request.where().substring("header ".length());
      request.headers().stream()
          .filter(header -> header.name().equals(name))
          .reduce((first, last) -> last)
          .ifPresent(
              header ->
                  described
                      .append("  [")
                      .append(name)
                      .append(": ")
                      .append(Findings.printable(header.value(), 80))
                      .append(']'));
    } else if (request.where().startsWith("body") && request.body() != null) {
      described
          .append("  [")
          .append(request.where())
          .append(", ")
          .append(request.body().length)
          .append(" bytes: ")
          .append(Findings.printable(new String(request.body(), UTF_8), 80))
          .append(']');
    }
    return described.toString();
  }

  /** The entries the test writes to, created the way a curator creates them. */
  private void createOwnedEntries(Contract contract, MalformedRequests requests) {
    for (Operation operation : contract.operations()) {
      String schema = requests.inputSchema(operation);
      if (operation.method().equals("POST") && MalformedRequests.VALID_INPUTS.containsKey(schema)) {
        curator()
            .body(MalformedRequests.validInput(schema).toString())
            .post(operation.path())
            .then()
            .statusCode(201);
      }
    }
  }

  /**
   * After a write that succeeded, puts its entry back as it was, so that every case starts alike.
   */
  private void restore(Case request, Answer answer, MalformedRequests requests) {
    if (answer.status() >= 300) {
      return;
    }
    Operation operation = request.operation();
    String schema = requests.inputSchema(operation);
    String input = MalformedRequests.validInput(schema).toString();
    String collection =
        operation.method().equals("POST")
            ? operation.path()
            : operation.path().substring(0, operation.path().lastIndexOf('/'));
    switch (operation.method()) {
      case "POST" ->
          curator()
              .header("If-Match", "*")
              .delete(URI.create(answer.header("Location")).getPath())
              .then()
              .statusCode(204);
      case "DELETE" -> curator().body(input).post(collection).then().statusCode(201);
      default ->
          curator()
              .header("If-Match", "*")
              .body(input)
              .put(collection + "/" + MalformedRequests.ownedSlug(schema))
              .then()
              .statusCode(200);
    }
  }

  private RequestSpecification curator() {
    return given().header("Authorization", curatorToken).contentType("application/json");
  }
}
