package dev.rustdist.catalog.fuzz;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.curation.Tokens;
import dev.rustdist.catalog.curation.WrittenEntries;
import dev.rustdist.catalog.fuzz.Contract.Operation;
import dev.rustdist.catalog.fuzz.MalformedRequests.Case;
import dev.rustdist.catalog.fuzz.RawHttp.Answer;
import dev.rustdist.catalog.fuzz.RawHttp.Header;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holds the service to three rules whatever a client sends it: no 5xx; every 4xx an
 * application/problem+json whose status is the HTTP status; no answer that shows its Java
 * internals. The requests are the valid request of every operation the served contract declares
 * with one thing wrong at a time, then requests that break HTTP itself, sent byte for byte.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class OpenApiFuzzTest {

  private static final Logger LOG = Logger.getLogger(OpenApiFuzzTest.class);

  private static final long SEED = 9457;

  /**
   * The idle timeout after which the service closes a connection that sends nothing: one that never
   * becomes a request must be closed by then, give or take the slack of the timer.
   */
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  private static final Duration IDLE_SLACK = Duration.ofSeconds(10);

  private static final Path FULL_LIST = Path.of("target", "openapi-fuzz-failures.txt");

  @TestHTTPResource("/")
  URL root;

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  private RawHttp http;
  private String curatorToken;

  /** The dataset's document once the test's entries are written: what every load must leave. */
  private String dataset;

  @BeforeEach
  void connect() {
    http = new RawHttp(root.getPort());
    curatorToken = Tokens.curator(Duration.ofHours(1)); // outlives the longest run
  }

  @AfterEach
  void removeWhatTheTestWrote() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, "fuzz-%");
  }

  @Test
  void shouldAnswerEveryMalformedRequestWithAProblem() throws IOException {
    Contract contract =
        Contract.of(
            given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    MalformedRequests requests = new MalformedRequests(contract, SEED, curatorToken);
    createOwnedEntries(contract, requests);
    dataset = datasetWithOwnEntriesLast();
    requests.validInputIs("DatasetDocument", dataset);
    Findings findings = new Findings();
    int sent = 0;
    long start = System.nanoTime();
    for (Operation operation : contract.operations()) {
      for (Case request : requests.of(operation)) {
        // a read asked again is kept, and a third time answered from the response snapshots,
        // ahead of the REST layer
        for (int time = 0; time < (operation.reads() ? 3 : 1); time++) {
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

  @Test
  void shouldAnswerRequestsBeyondTheHttpLimitsWithProblems() {
    Findings findings = new Findings();
    expect(findings, 400, "a path with a lone %", get("/api/v1/crates/%"));
    expect(findings, 400, "a path with %ZZ", get("/api/v1/crates/%ZZ/alternatives"));
    expect(
        findings, 414, "a request target over 4 KiB", get("/api/v1/crates?q=" + "a".repeat(5_000)));
    cutOff(
        findings,
        414,
        "a request target beyond the decoder's limit",
        get("/api/v1/crates?q=" + "a".repeat(1 << 20)));
    expect(
        findings,
        431,
        "a header over 20 KiB",
        http.request(
            "GET", "/api/v1/crates", List.of(new Header("X-Padding", "a".repeat(21 << 10))), null));
    List<Header> manyHeaders = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      manyHeaders.add(new Header("X-Padding-" + i, "a".repeat(10 << 10)));
    }
    cutOff(
        findings,
        431,
        "headers beyond the decoder's limit",
        http.request("GET", "/api/v1/crates", manyHeaders, null));
    byte[] overTenMegabytes = new byte[11_000_000];
    Arrays.fill(overTenMegabytes, (byte) ' ');
    expect(
        findings,
        413,
        "a body over 10 MB",
        http.request("POST", "/api/v1/crates", curatorWrite(), overTenMegabytes));
    List<Header> chunked = new ArrayList<>(curatorWrite());
    chunked.add(new Header("Transfer-Encoding", "chunked"));
    expect(
        findings,
        411,
        "a chunked body over 10 MB",
        concat(http.request("POST", "/api/v1/crates", chunked, null), chunks(overTenMegabytes)));
    assertTrue(findings.isEmpty(), "Requests beyond the HTTP limits:\n" + findings.report());
  }

  @Test
  void shouldCloseConnectionsThatNeverBecomeARequest() throws Exception {
    Map<String, byte[]> garbage = new LinkedHashMap<>();
    garbage.put("a TLS ClientHello", tlsClientHello());
    garbage.put(
        "the HTTP/2 connection preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(US_ASCII));
    garbage.put("a request line that never ends", "GET /api/v1/crates?q=tok".getBytes(US_ASCII));
    // all at once, so that the test waits for one idle timeout, not one each
    List<CompletableFuture<Findings>> closing = new ArrayList<>();
    garbage.forEach(
        (what, bytes) -> closing.add(CompletableFuture.supplyAsync(() -> closes(what, bytes))));
    Findings findings = new Findings();
    for (CompletableFuture<Findings> one : closing) {
      findings.addAll(one.get());
    }
    assertTrue(
        findings.isEmpty(), "Connections that never became a request:\n" + findings.report());
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
    if (refusedByTheDecoder(request, answer)) {
      return answer;
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

  /**
   * Whether the HTTP decoder itself refused the request, as it does a header value that starts with
   * whitespace other than a space or a tab (RFC 9110's OWS), such as an information separator
   * (0x1C-0x1F): with a bare 400 before any of the service runs, as the README's limits say.
   */
  private static boolean refusedByTheDecoder(Case request, Answer answer) {
    return answer.status() == 400
        && answer.header("Content-Type") == null
        && request.headers().stream()
            .map(Header::value)
            .anyMatch(
                value ->
                    !value.isEmpty()
                        && Character.isWhitespace(value.charAt(0))
                        && value.charAt(0) != ' '
                        && value.charAt(0) != '\t');
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

  /**
   * The entries the test writes to, created the way a curator creates them, and the editions the
   * contract's examples name (another test may have named them first).
   */
  private void createOwnedEntries(Contract contract, MalformedRequests requests) {
    for (String edition : List.of("2026-Q3", "2026-Q4")) {
      curator()
          .body("{\"name\": \"" + edition + "\"}")
          .post("/api/v1/editions")
          .then()
          .statusCode(anyOf(is(201), is(409)));
    }
    for (Operation operation : contract.operations()) {
      String schema = requests.inputSchema(operation);
      if (operation.method().equals("POST")
          && !operation.takesBatch()
          && schema != null
          && MalformedRequests.VALID_INPUTS.containsKey(schema)
          && MalformedRequests.names(schema)) {
        curator()
            .body(MalformedRequests.validInput(schema).toString())
            .post(operation.path())
            .then()
            .statusCode(201);
      }
    }
  }

  /**
   * The dataset's document as it is, the test's own crate moved to the end of the list (the last of
   * its category already, so that loading it changes nothing): the bodies malform the last items,
   * so that one still valid changes only what the test owns.
   */
  private static String datasetWithOwnEntriesLast() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode document =
        (ObjectNode)
            json.readTree(
                given().get("/api/v1/exports/dataset").then().statusCode(200).extract().asString());
    ArrayNode crates = document.withArray("crates");
    for (int i = 0; i < crates.size(); i++) {
      if (crates.get(i).path("slug").asText().startsWith("fuzz-")) {
        crates.add(crates.remove(i));
        break;
      }
    }
    return json.writeValueAsString(document);
  }

  /**
   * After a write that succeeded, puts its entry back as it was, so that every case starts alike.
   */
  private void restore(Case request, Answer answer, MalformedRequests requests) {
    Operation operation = request.operation();
    String schema = requests.inputSchema(operation);
    if (answer.status() < 300 && "DatasetDocument".equals(schema)) {
      curator().body(dataset.getBytes(UTF_8)).put("/api/v1/dataset").then().statusCode(200);
      return;
    }
    if (answer.status() >= 300 || !MalformedRequests.names(schema)) {
      return;
    }
    String input = MalformedRequests.validInput(schema).toString();
    String collection =
        operation.method().equals("POST")
            ? operation.path()
            : operation.path().substring(0, operation.path().lastIndexOf('/'));
    if (operation.takesBatch()) {
      // a batch adds the entries it lists, each at its slug
      try {
        for (com.fasterxml.jackson.databind.JsonNode added :
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(answer.body())
                .path("items")) {
          curator()
              .header("If-Match", "*")
              .delete(
                  operation.path().replace("crate-batches", "crates")
                      + "/"
                      + added.path("slug").asText())
              .then()
              .statusCode(204);
        }
      } catch (IOException unreadable) {
        throw new IllegalStateException("a batch's answer is not JSON", unreadable);
      }
      return;
    }
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

  // --- beyond HTTP's limits ---

  private byte[] get(String target) {
    return http.request("GET", target, List.of(), null);
  }

  private List<Header> curatorWrite() {
    return List.of(
        new Header("Authorization", curatorToken), new Header("Content-Type", "application/json"));
  }

  /**
   * The request cut off by the HTTP decoder itself, beyond its own limits (64 KiB, far above the
   * service's): the only refusal without a problem, as nothing of the service runs before it.
   */
  private void cutOff(Findings findings, int status, String what, byte[] request) {
    expect(findings, status, what, request, false);
  }

  /** The request answered with a problem of the expected status. */
  private void expect(Findings findings, int status, String what, byte[] request) {
    expect(findings, status, what, request, true);
  }

  private void expect(
      Findings findings, int status, String what, byte[] request, boolean withProblem) {
    String described = what + " (" + request.length + " bytes)";
    try {
      Answer answer = http.exchange(request);
      if (answer.status() != status) {
        findings.add(
            "answered " + answer.status() + " instead of " + status,
            what,
            what,
            described,
            Findings.excerpt(answer));
      }
      if (withProblem) {
        findings.check(what, what, described, answer);
      }
    } catch (IOException failure) {
      findings.add("no answer", what, what, described, failure.toString());
    }
  }

  private static byte[] chunks(byte[] body) {
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    int size = 64 << 10;
    for (int at = 0; at < body.length; at += size) {
      int length = Math.min(size, body.length - at);
      chunked.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(US_ASCII));
      chunked.write(body, at, length);
      chunked.writeBytes("\r\n".getBytes(US_ASCII));
    }
    chunked.writeBytes("0\r\n\r\n".getBytes(US_ASCII));
    return chunked.toByteArray();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(first);
    bytes.writeBytes(second);
    return bytes.toByteArray();
  }

  // --- connections that never become a request ---

  /**
   * Sends the bytes and waits, up to the idle timeout and its slack, for the service to close the
   * connection; whatever it answered before closing must keep the rules too.
   */
  private Findings closes(String what, byte[] bytes) {
    Findings findings = new Findings();
    Duration wait = IDLE_TIMEOUT.plus(IDLE_SLACK);
    long deadline = System.nanoTime() + wait.toNanos();
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    boolean closed = false;
    try (Socket socket = http.connect()) {
      socket.getOutputStream().write(bytes);
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      while (!closed) {
        long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
        if (left <= 0) {
          break;
        }
        socket.setSoTimeout((int) left);
        int read = in.read(buffer);
        if (read < 0) {
          closed = true;
        } else {
          received.write(buffer, 0, read);
        }
      }
    } catch (SocketTimeoutException stillOpen) {
      // reported below
    } catch (SocketException reset) {
      closed = true;
    } catch (IOException failure) {
      findings.add("could not connect", what, what, what, failure.toString());
      return findings;
    }
    String answered = received.size() == 0 ? "nothing" : received.size() + " bytes";
    if (!closed) {
      findings.add(
          "still open after " + wait.toSeconds() + " s",
          what,
          what,
          what + ", answered with " + answered,
          Findings.printable(received.toString(US_ASCII), 80));
    }
    // bytes that are not an HTTP request never reach the service: the HTTP decoder may answer
    // them with a bare 4xx before closing, as it is the only one that can
    byte[] answer = received.toByteArray();
    if (new String(answer, US_ASCII).startsWith("HTTP/1.")) {
      try {
        Answer http = RawHttp.read(new ByteArrayInputStream(answer));
        if (http.status() < 400 || http.status() >= 500) {
          findings.add("answered " + http.status(), what, what, what, Findings.excerpt(http));
        }
      } catch (IOException unreadable) {
        findings.add("unreadable answer", what, what, what, unreadable.toString());
      }
    }
    return findings;
  }

  /** The first bytes a TLS client sends, as the JDK's own TLS client makes them. */
  private byte[] tlsClientHello() throws GeneralSecurityException, IOException {
    SSLEngine engine = SSLContext.getDefault().createSSLEngine("localhost", root.getPort());
    engine.setUseClientMode(true);
    engine.beginHandshake();
    ByteBuffer hello = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    engine.wrap(ByteBuffer.allocate(0), hello);
    hello.flip();
    byte[] bytes = new byte[hello.remaining()];
    hello.get(bytes);
    return bytes;
  }
}
