package dev.rustdist.catalog.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.curation.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class HttpErrorTest {

  @Test
  void shouldAnswerAnUnknownApiPathWithAProblem() {
    given()
        .when()
        .get("/api/v1/frameworks")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", is("about:blank"))
        .body("status", is(404))
        .body("instance", is("/api/v1/frameworks"));
  }

  @Test
  void shouldAnswerAMethodAResourceDoesNotHaveWithAProblem() {
    given()
        .contentType("application/json")
        .body("{}")
        .when()
        .post("/api/v1/maturity-levels")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", is("GET, HEAD, OPTIONS"))
        .body("status", is(405))
        .body(not(containsString("Exception")));
    given()
        .contentType("application/json")
        .body("{}")
        .when()
        .put("/api/v1/crates")
        .then()
        .statusCode(405)
        .header("Allow", is("GET, HEAD, OPTIONS, POST"));
  }

  @Test
  void shouldAnswerHeadLikeGetWithoutABody() {
    given()
        .when()
        .head("/api/v1/crates/tokio")
        .then()
        .statusCode(200)
        .header("Content-Language", "en")
        .body(is(""));
  }

  @Test
  void shouldAnswerAnUnacceptableMediaTypeWithAProblem() {
    for (int time = 1; time <= 2; time++) { // asked again: leaves a snapshot behind
      given().when().get("/api/v1/crates").then().statusCode(200);
    }
    given()
        .accept("application/xml")
        .when()
        .get("/api/v1/crates")
        .then()
        .statusCode(406)
        .contentType("application/problem+json")
        .body("status", is(406));
  }

  @Test
  void shouldServeTheLandingPage() {
    given()
        .when()
        .get("/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("href=\"/q/swagger-ui\""))
        .body(containsString("href=\"/q/openapi\""));
  }

  @Test
  void shouldAnswerTheHttpLayersOwnRefusalsWithProblems() {
    problem(given().when().get("/api/v1/crates?q=" + "a".repeat(5000)), 414);
    problem(given().header("X-Padding", "a".repeat(20_000)).when().get("/api/v1/crates"), 431);
    problem(given().when().get("/nothing-here"), 404);
  }

  @Test
  void shouldRefuseAnOversizedBodyWithAProblemBeforeReadingIt() throws IOException {
    // The refusal comes from the stated length and closes the connection: a client still writing
    // the body would only see a broken pipe, so this one states 10 MB and sends headers alone.
    String answer =
        raw(
            "POST /api/v1/crates HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 10485760\r\n\r\n");
    assertThat(answer, startsWith("HTTP/1.1 413"));
    assertThat(answer, containsString("application/problem+json"));
    assertThat(answer, containsString("\"status\":413"));
  }

  @Test
  void shouldRefuseControlCharactersAndOverlongValuesWithProblems() {
    problem(given().urlEncodingEnabled(false).when().get("/api/v1/crates?q=%00"), 400);
    problem(given().urlEncodingEnabled(false).when().get("/api/v1/crates?q=%01x"), 400);
    problem(given().queryParam("lang", "en" + "-a".repeat(2000)).when().get("/api/v1/crates"), 400);
    problem(
        given().queryParam("maturity", "mature,".repeat(101)).when().get("/api/v1/crates"), 400);
  }

  @Test
  void shouldNegotiateAMalformedAcceptWithoutFailing() {
    for (int time = 1; time <= 2; time++) { // asked again: leaves a snapshot behind
      given().when().get("/api/v1/rings").then().statusCode(200);
    }
    for (String accept : List.of(";;;", ";", "*/", "text/")) {
      given()
          .header("Accept", accept)
          .when()
          .get("/api/v1/rings")
          .then()
          .statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
          .contentType("application/problem+json");
    }
  }

  @Test
  void shouldRefuseMalformedPercentEncodingWithAProblem() throws IOException {
    for (String target : List.of("/api/v1/crates/%ZZ", "/api/v1/crates?q=%", "/api/v1/c%rates")) {
      String answer = rawGet(target);
      assertThat(answer, startsWith("HTTP/1.1 400"));
      assertThat(answer, containsString("application/problem+json"));
      assertThat(answer, containsString("\"status\":400"));
    }
  }

  @Test
  void shouldRefuseMalformedHeadersAndBodiesOfUnstatedLengthWithProblems() throws IOException {
    for (String header : List.of("Accept-Language: zh\u0001", "X-Note: a\u007fb", "Bad(Name): v")) {
      String malformedHeader =
          raw(
              "GET /api/v1/crates HTTP/1.1\r\nHost: localhost\r\n"
                  + header
                  + "\r\nConnection: close\r\n\r\n");
      assertThat(header, malformedHeader, startsWith("HTTP/1.1 400"));
      assertThat(header, malformedHeader, containsString("application/problem+json"));
    }
    // a tab is the one control character a value may hold
    assertThat(
        raw(
            "GET /api/v1/rings HTTP/1.1\r\nHost: localhost\r\nX-Note: a\tb\r\n"
                + "Connection: close\r\n\r\n"),
        startsWith("HTTP/1.1 200"));
    String chunked =
        raw(
            "POST /api/v1/crates HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    assertThat(chunked, startsWith("HTTP/1.1 411"));
    assertThat(chunked, containsString("application/problem+json"));
  }

  @Test
  void shouldRefuseAFarOverlongSlugInABodyWithAProblem() {
    problem(
        given()
            .header("Authorization", Tokens.curator())
            .contentType("application/json")
            .body("{\"slug\": \"" + "a-".repeat(50_000) + "a\"}")
            .when()
            .post("/api/v1/categories"),
        400);
  }

  /** What the server answers to a request target sent as it is, unencoded. */
  private static String rawGet(String target) throws IOException {
    return raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  }

  /** What the server answers to a request sent byte for byte, until it closes the connection. */
  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shouldRefuseJsonNestedBeyondTheLimit() {
    problem(
        given()
            .header("Authorization", Tokens.curator())
            .header("If-Match", "*")
            .contentType("application/merge-patch+json")
            .body("{\"texts\": " + "[".repeat(1000) + "]".repeat(1000) + "}")
            .when()
            .patch("/api/v1/crates/lunatic"),
        400);
  }

  private static void problem(Response response, int status) {
    response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", is(status))
        .body(not(containsString("Exception")));
  }
}
