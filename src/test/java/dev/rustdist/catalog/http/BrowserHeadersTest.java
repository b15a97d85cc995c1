package dev.rustdist.catalog.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The headers that keep browsers from misreading the answers and from framing the pages. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BrowserHeadersTest {

  private static final List<String> HTML_PAGES = List.of("/", "/q/swagger-ui/");
  private static final Pattern INLINE_SCRIPT =
      Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);

  @Test
  void shouldForbidSniffingTheMediaTypeOfEveryAnswer() {
    for (String path :
        List.of(
            "/api/v1/crates/tokio",
            "/api/v1/crates/tokio",
            "/api/v1/crates/tokio", // the third time, from the second one's snapshot
            "/api/v1/frameworks",
            "/nowhere",
            "/q/health",
            "/q/openapi",
            "/",
            "/q/swagger-ui/")) {
      given().when().get(path).then().header("X-Content-Type-Options", is("nosniff"));
    }
  }

  @Test
  void shouldKeepTheHtmlPagesOutOfFramesAndSendNoReferrer() {
    for (String page : HTML_PAGES) {
      given()
          .when()
          .get(page)
          .then()
          .statusCode(200)
          .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
          .header("Content-Security-Policy", containsString("object-src 'none'"))
          .header("Referrer-Policy", is("no-referrer"));
    }
  }

  /** Swagger UI's page carries inline scripts: the policy names each by its hash. */
  @Test
  void shouldAllowSwaggerUisOwnInlineScriptsAndNoOthers() {
    Response page =
        given().when().get("/q/swagger-ui/").then().statusCode(200).extract().response();
    String policy = page.header("Content-Security-Policy");
    Matcher script = INLINE_SCRIPT.matcher(page.asString());
    StringBuilder hashes = new StringBuilder();
    while (script.find()) {
      hashes.append(" 'sha256-").append(sha256(script.group(1))).append("'");
    }
    assertTrue(hashes.length() > 0, "Swagger UI's page has no inline script to allow");
    String scriptSources =
        Pattern.compile("script-src ([^;]*)")
            .matcher(policy)
            .results()
            .findFirst()
            .orElseThrow()
            .group(1);
    assertEquals(
        "'self'" + hashes,
        scriptSources,
        "Swagger UI's inline scripts changed: give script-src these hashes in"
            + " application.properties");
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
