package dev.rustdist.catalog.caching;

import static io.restassured.RestAssured.config;
import static io.restassured.RestAssured.given;
import static io.restassured.config.DecoderConfig.decoderConfig;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.observability.Metrics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class HttpCachingTest {

  private static final String CRATES = "/api/v1/crates?maturity=experimental";

  @Inject AgroalDataSource dataSource;

  private static Response get(String path) {
    return given().when().get(path).then().statusCode(200).extract().response();
  }

  @Test
  void shouldSendStrongValidatorsAndCacheControl() {
    given()
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .header("ETag", matchesPattern("\"r\\d+-[0-9a-f]{24}\""))
        .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=600"))
        .header(
            "Last-Modified",
            matchesPattern("\\w{3}, \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));
  }

  /** The landing page changes with each release: a cache must ask before it uses its copy. */
  @Test
  void shouldHaveTheLandingPageRevalidatedBeforeEveryUse() {
    for (String page : List.of("/", "/index.html")) {
      Response landing =
          given()
              .when()
              .get(page)
              .then()
              .statusCode(200)
              .header("Cache-Control", is("no-cache"))
              .extract()
              .response();
      String lastModified = landing.header("Last-Modified");
      given()
          .header("If-Modified-Since", lastModified)
          .when()
          .get(page)
          .then()
          .statusCode(304)
          .header("Cache-Control", is("no-cache"));
    }
  }

  @Test
  void shouldAnswerNotModifiedToTheCurrentTag() {
    String tag = get(CRATES).header("ETag");
    given()
        .header("If-None-Match", tag)
        .when()
        .get(CRATES)
        .then()
        .statusCode(304)
        .header("ETag", tag)
        .header("Cache-Control", not(emptyString()))
        .body(is(emptyString()));
    given()
        .header("If-None-Match", "\"other\", W/" + tag)
        .when()
        .get(CRATES)
        .then()
        .statusCode(304);
    given().header("If-None-Match", "*").when().get(CRATES).then().statusCode(304);
    given().header("If-None-Match", "\"other\"").when().get(CRATES).then().statusCode(200);
  }

  /**
   * A crate's or category's own resource names the entry's version in its tag, read with the
   * entry's data, and compares the client's tag once it has read them.
   */
  @Test
  void shouldCompareAnEntrysTagOnceItsVersionIsRead() {
    for (String entry : List.of("/api/v1/crates/tonic?lang=zh", "/api/v1/categories/rpc?lang=zh")) {
      Response first = get(entry);
      String tag = first.header("ETag");
      assertThat(tag, matchesPattern("\"v\\d+-r\\d+-[0-9a-f]{24}\""));
      given()
          .header("If-None-Match", tag)
          .when()
          .get(entry)
          .then()
          .statusCode(304)
          .header("ETag", tag)
          .body(is(emptyString()));
      given()
          .header("If-Modified-Since", first.header("Last-Modified"))
          .when()
          .get(entry)
          .then()
          .statusCode(304);
      given().header("If-None-Match", "\"other\"").when().get(entry).then().statusCode(200);
    }
  }

  /**
   * A crate's read takes its version and deprecation with its record, and its revision with the
   * same statement: the pool is asked for a connection once, not for the revision nor each header.
   */
  @Test
  void shouldReadACratesHeadersWithItsRecord() {
    // asked once: no snapshot answers it
    String crate = "/api/v1/crates/tokio?fields=slug,cons&lang=zh";
    double before = Metrics.scrape().connectionsAcquired();
    get(crate);
    assertEquals(1, Metrics.scrape().connectionsAcquired() - before);
  }

  @Test
  void shouldTagEachLanguageAndQueryApart() {
    String english = get(CRATES).header("ETag");
    String chinese =
        given().header("Accept-Language", "zh").get(CRATES).then().extract().header("ETag");
    String other = get("/api/v1/crates?maturity=mature").header("ETag");
    assertNotEquals(english, chinese);
    assertNotEquals(english, other);
    given()
        .header("Accept-Language", "zh")
        .header("If-None-Match", english)
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .header("Content-Language", "zh");
  }

  @Test
  void shouldAnswerNotModifiedSinceTheLastChange() {
    String lastModified = get(CRATES).header("Last-Modified");
    // IMF-fixdate: the day in two digits, on the 5th of a month too
    assertThat(
        lastModified,
        matchesPattern("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));
    given().header("If-Modified-Since", lastModified).when().get(CRATES).then().statusCode(304);
    given()
        .header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200);
    given().header("If-Modified-Since", "yesterday").when().get(CRATES).then().statusCode(200);
  }

  /** A change made outside this instance reaches it through PostgreSQL's NOTIFY. */
  @Test
  void shouldChangeTheTagWhenTheDataChanges() throws Exception {
    String before = get(CRATES).header("ETag");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE crate SET name = name WHERE slug = 'lunatic'");
    }
    String after = before;
    for (int attempt = 0; attempt < 50 && after.equals(before); attempt++) {
      Thread.sleep(100);
      after = get(CRATES).header("ETag");
    }
    assertNotEquals(before, after);
    given().header("If-None-Match", before).when().get(CRATES).then().statusCode(200);
    given().header("If-None-Match", after).when().get(CRATES).then().statusCode(304);
  }

  /**
   * A read asked again is kept, and the third is answered from the second one's snapshot: it must
   * not tell apart.
   */
  @Test
  void shouldAnswerARepeatedReadExactlyAsTheFirst() {
    String path = "/api/v1/crates?ring=assess&limit=1&lang=zh";
    Response first = get(path);
    get(path);
    Response second = get(path);
    assertEquals(first.asString(), second.asString());
    for (String header :
        List.of(
            "Content-Type",
            "Content-Language",
            "Vary",
            "Link",
            "ETag",
            "Last-Modified",
            "Cache-Control",
            "X-Dataset-Revision")) {
      assertEquals(first.header(header), second.header(header), header);
    }
    assertEquals("zh", second.header("Content-Language"));
    given()
        .when()
        .head(path)
        .then()
        .statusCode(200)
        .header("ETag", first.header("ETag"))
        .body(is(emptyString()));
  }

  @Test
  void shouldCompressWhenTheClientAcceptsIt() {
    given()
        .header("Accept-Encoding", "gzip")
        .when()
        .get("/api/v1/crates")
        .then()
        .statusCode(200)
        .header("Content-Encoding", "gzip");
  }

  @Test
  void shouldNotCacheProblems() {
    given()
        .when()
        .get("/api/v1/crates/left-pad")
        .then()
        .statusCode(404)
        .header("ETag", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void shouldNeverServeALinkBuiltFromAClientsHost() {
    String read = "/api/v1/crates?limit=2&lang=en&category=rpc";
    given()
        .header("Host", "evil.example")
        .when()
        .get(read)
        .then()
        .statusCode(200)
        .header("Link", not(containsString("evil.example")))
        .header("Link", containsString("</api/v1/crates?"));
    given()
        .when()
        .get(read)
        .then()
        .statusCode(200)
        .header("Link", not(containsString("evil.example")))
        .header("Link", containsString("</api/v1/crates?"));
  }

  @Test
  void shouldKnowAReadByTheCodingChosenAndItsParametersNotTheirSpelling() {
    String gzip = get("/api/v1/crates?limit=3&category=rpc", "gzip").header("ETag");
    assertEquals(
        gzip,
        get("/api/v1/crates?category=rpc&limit=3", "x-unknown;q=0.5, gzip;q=0.9" + " ".repeat(500))
            .header("ETag"),
        "the same coding and parameters, spelt otherwise");
    assertNotEquals(
        gzip,
        get("/api/v1/crates?limit=3&category=rpc", "identity").header("ETag"),
        "another coding is another representation");
  }

  private static Response get(String path, String acceptEncoding) {
    return given()
        // as sent: rest-assured would add the codings it decodes
        .config(config().decoderConfig(decoderConfig().noContentDecoders()))
        .header("Accept-Encoding", acceptEncoding)
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .response();
  }

  @Test
  void shouldRefuseParametersAnOperationDoesNotTake() {
    given()
        .queryParam("colour", "blue")
        .when()
        .get("/api/v1/crates")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters[0].name", is("colour"))
        .body("invalidParameters[0].allowed", hasItem("maturity"));
    given()
        .queryParam("limit", "2", "3")
        .when()
        .get("/api/v1/crates")
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("limit"))
        .body("invalidParameters[0].reason", is("must be given once"));
    given()
        .queryParam("maturity", "mature", "standard")
        .when()
        .get("/api/v1/crates")
        .then()
        .statusCode(200);
  }
}
