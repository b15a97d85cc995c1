package dev.rustdist.catalog.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * With Quarkus' default proxy settings no proxy is trusted: a client cannot name another address in
 * a forwarding header to leave its quota behind.
 */
@QuarkusTest
@TestProfile(SmallRateLimits.class)
@WithTestResource(PostgresResource.class)
class SpoofedForwardingTest {

  private static final String TOKIO = "/api/v1/crates/tokio";

  @Test
  void shouldCountASpoofedForwardedAddressAsTheClientItCameFrom() {
    for (int read = 1; read <= SmallRateLimits.READS; read++) {
      given().when().get(TOKIO).then().statusCode(200);
    }
    given().when().get(TOKIO).then().statusCode(429);
    given()
        .header("X-Forwarded-For", "198.51.100.7")
        .when()
        .get(TOKIO)
        .then()
        .statusCode(429)
        .header("RateLimit-Policy", startsWith("\"reads\""));
    given().header("Forwarded", "for=198.51.100.8").when().get(TOKIO).then().statusCode(429);
  }
}
