package dev.rustdist.catalog.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.curation.Tokens;
import dev.rustdist.catalog.observability.Metrics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quotas per client, through HTTP. The tests reach the service through a trusted proxy (this
 * machine), so that each can be its own client by the address the proxy forwards.
 */
@QuarkusTest
@TestProfile(RateLimitTest.BehindTrustedProxy.class)
@WithTestResource(PostgresResource.class)
class RateLimitTest {

  private static final String TOKIO = "/api/v1/crates/tokio";

  /** Small limits, and this machine as the proxy whose forwarded addresses are the clients. */
  public static class BehindTrustedProxy extends SmallRateLimits {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>(super.getConfigOverrides());
      config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
      config.put("quarkus.http.proxy.allow-x-forwarded", "true");
      config.put("quarkus.http.proxy.trusted-proxies", "127.0.0.0/8,::1/128");
      return config;
    }
  }

  private static RequestSpecification from(String client) {
    return given().header("X-Forwarded-For", client);
  }

  /** A write that passes authentication and changes nothing: it has no If-Match. */
  private static Response patchTokio(String client, String token) {
    return from(client)
        .header("Authorization", token)
        .contentType("application/merge-patch+json")
        .body("{}")
        .when()
        .patch(TOKIO);
  }

  private static void exhaustReads(String client) {
    for (int read = 1; read <= SmallRateLimits.READS; read++) {
      from(client).when().get(TOKIO).then().statusCode(200);
    }
  }

  @Test
  void shouldRefuseReadsBeyondTheQuotaSayingWhenToRetry() {
    String client = "203.0.113.1";
    from(client)
        .when()
        .get(TOKIO)
        .then()
        .statusCode(200)
        .header("RateLimit", matchesPattern("\"reads\";r=5;t=\\d+"));
    for (int read = 2;
        read <= SmallRateLimits.READS;
        read++) { // from the snapshot from the third on
      from(client).when().get(TOKIO).then().statusCode(200);
    }
    Response refused =
        from(client)
            .header("Origin", "https://radar.example")
            .when()
            .get(TOKIO)
            .then()
            .statusCode(429)
            .contentType("application/problem+json")
            .header("RateLimit-Policy", is("\"reads\";q=6;w=60"))
            .header("Access-Control-Allow-Origin", is("*"))
            .header("X-Content-Type-Options", is("nosniff"))
            .body("type", is("urn:rust-dist-catalog:problem:rate-limited"))
            .body("status", is(429))
            .extract()
            .response();
    int retryAfter = Integer.parseInt(refused.header("Retry-After"));
    // six reads a minute come back one every 10 s
    assertThat(retryAfter, lessThanOrEqualTo(10));
    assertEquals("\"reads\";r=0;t=" + retryAfter, refused.header("RateLimit"));
  }

  @Test
  void shouldCountRefusalsByQuotaUnderTheRouteTemplate() {
    String client = "203.0.113.9";
    Metrics before = Metrics.scrape();
    for (int read = 1; read <= SmallRateLimits.READS; read++) {
      from(client).when().get("/api/v1/crates/refused-" + read).then().statusCode(404);
    }
    from(client).when().get("/api/v1/crates/refused-4711").then().statusCode(429);
    Metrics after = Metrics.scrape();
    assertEquals(
        1.0,
        after.sum("catalog_rate_limit_refusals_total", "quota=\"reads\"")
            - before.sum("catalog_rate_limit_refusals_total", "quota=\"reads\""));
    assertThat(
        given().get("/q/metrics").then().extract().body().asString(),
        not(containsString("refused-")));
  }

  @Test
  void shouldCountANotModifiedAsAQuarterOfARead() {
    String client = "203.0.113.2";
    String tag = from(client).when().get(TOKIO).then().statusCode(200).extract().header("ETag");
    Response last = null;
    for (int read = 1; read <= 2 * SmallRateLimits.READS; read++) {
      last =
          from(client)
              .header("If-None-Match", tag)
              .when()
              .get(TOKIO)
              .then()
              .statusCode(304)
              .extract()
              .response();
    }
    // one full read and twelve quarters of one: two of the six reads are left
    assertThat(last.header("RateLimit"), matchesPattern("\"reads\";r=2;t=\\d+"));
  }

  @Test
  void shouldRefuseWritesBeyondTheirQuota() {
    String client = "203.0.113.3";
    for (int write = 1; write <= SmallRateLimits.WRITES; write++) {
      Response answer = patchTokio(client, Tokens.curator());
      assertEquals(428, answer.statusCode());
      assertThat(
          answer.header("RateLimit"),
          matchesPattern("\"writes\";r=" + (SmallRateLimits.WRITES - write) + ";t=\\d+"));
    }
    patchTokio(client, Tokens.curator())
        .then()
        .statusCode(429)
        .header("RateLimit-Policy", is("\"writes\";q=6;w=60"));
    from(client).when().get(TOKIO).then().statusCode(200); // reads have their own quota
  }

  @Test
  void shouldRefuseEvenAValidWriteAfterTooManyFailedAuthenticationsUntilRefilled()
      throws InterruptedException {
    String client = "203.0.113.4";
    patchTokio(client, Tokens.fromAnotherIssuer())
        .then()
        .statusCode(401)
        .header("RateLimit", matchesPattern(".*\"failed-authentications\";r=2;t=\\d+"));
    patchTokio(client, "Bearer not-a-token").then().statusCode(401);
    patchTokio(client, Tokens.reader()).then().statusCode(403);
    Response refused =
        patchTokio(client, Tokens.curator())
            .then()
            .statusCode(429)
            .contentType("application/problem+json")
            .header("RateLimit-Policy", is("\"failed-authentications\";q=3;w=15"))
            .extract()
            .response();
    from(client).when().get(TOKIO).then().statusCode(200); // reading is still allowed
    Thread.sleep(1000L * Integer.parseInt(refused.header("Retry-After")));
    patchTokio(client, Tokens.curator()).then().statusCode(428);
  }

  @Test
  void shouldKeepABucketPerClientAndOnePerIpv6Subnet() {
    exhaustReads("203.0.113.5");
    from("203.0.113.5").when().get(TOKIO).then().statusCode(429);
    from("203.0.113.6").when().get(TOKIO).then().statusCode(200);

    exhaustReads("2001:db8:5:6::1");
    from("2001:db8:5:6::abcd").when().get(TOKIO).then().statusCode(429);
    from("[2001:db8:5:6:ffff::1]:4711").when().get(TOKIO).then().statusCode(429);
    from("2001:db8:5:7::1").when().get(TOKIO).then().statusCode(200);
  }
}
