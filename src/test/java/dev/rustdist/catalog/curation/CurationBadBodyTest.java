package dev.rustdist.catalog.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.problem.InvalidBodyException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Write bodies that break the API's rules: each is refused with a 400 problem that names what is
 * wrong, and nothing is written.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CurationBadBodyTest {

  private static final String CRATES = "/api/v1/crates";
  private static final String CATEGORIES = "/api/v1/categories";

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  @AfterEach
  void removeWhatTheTestAdded() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, "tarpc", "observability");
  }

  private static RequestSpecification curator(String contentType) {
    return given().header("Authorization", Tokens.curator()).contentType(contentType);
  }

  private static String category(String alternatives) {
    return """
        {"slug": "observability",
         "texts": {"en": {"name": "Observability"}, "zh": {"name": "可观测性"}},
         "alternatives": %s}
        """
        .formatted(alternatives);
  }

  /** A JSON array of as many items as asked for, each made from its index. */
  private static String array(int items, IntFunction<String> item) {
    return IntStream.range(0, items).mapToObj(item).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String point(int i) {
    return "{\"en\": \"point " + i + "\", \"zh\": \"要点 " + i + "\"}";
  }

  private static long revision() {
    return Long.parseLong(
        given().get("/api/v1/rings").then().extract().header("X-Dataset-Revision"));
  }

  /** Refused with a 400 problem naming the field, as every rule a body breaks is. */
  private static ValidatableResponse refused(ValidatableResponse response, String field) {
    return response
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", is("urn:rust-dist-catalog:problem:invalid-body"))
        .body("invalidParameters.name", hasItem(field))
        .body(not(containsString("Exception")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POST  | /api/v1/crates             | null",
        "POST  | /api/v1/crates             | []",
        "POST  | /api/v1/crates             | \"x\"",
        "POST  | /api/v1/crates             | 42",
        "PUT   | /api/v1/crates/tokio       | null",
        "PUT   | /api/v1/crates/tokio       | []",
        "PUT   | /api/v1/crates/tokio       | \"x\"",
        "PUT   | /api/v1/crates/tokio       | 42",
        "PATCH | /api/v1/crates/tokio       | null",
        "PATCH | /api/v1/crates/tokio       | []",
        "PATCH | /api/v1/crates/tokio       | \"x\"",
        "PATCH | /api/v1/crates/tokio       | 42",
        "POST  | /api/v1/categories         | null",
        "POST  | /api/v1/categories         | []",
        "POST  | /api/v1/categories         | \"x\"",
        "POST  | /api/v1/categories         | 42",
        "PUT   | /api/v1/categories/rpc     | null",
        "PUT   | /api/v1/categories/rpc     | []",
        "PUT   | /api/v1/categories/rpc     | \"x\"",
        "PUT   | /api/v1/categories/rpc     | 42",
        "PATCH | /api/v1/categories/rpc     | null",
        "PATCH | /api/v1/categories/rpc     | []",
        "PATCH | /api/v1/categories/rpc     | \"x\"",
        "PATCH | /api/v1/categories/rpc     | 42"
      })
  void shouldRefuseABodyThatIsNotAnObject(String method, String path, String body) {
    long before = revision();
    refused(
            curator(method.equals("PATCH") ? Curator.MERGE_PATCH : "application/json")
                .header("If-Match", "*")
                .body(body)
                .when()
                .request(method, path)
                .then(),
            "body")
        .body("status", is(400));
    assertEquals(before, revision(), "nothing written");
  }

  /** Every rule a body breaks is in the one answer: shape, vocabulary and form alike. */
  @Test
  void shouldListEveryBrokenRuleOfABodyInOneAnswer() {
    long before = revision();
    String tag = given().get(CRATES + "/tokio").header("ETag");
    refused(
            curator(Curator.MERGE_PATCH)
                .header("If-Match", tag)
                .body("{\"ring\": \"nope\", \"bogus\": 1}")
                .when()
                .patch(CRATES + "/tokio")
                .then(),
            "ring")
        .body("invalidParameters", hasSize(2))
        .body("detail", containsString("2 rules"))
        .body(
            "invalidParameters.find { it.name == 'ring' }.allowed",
            contains("adopt", "trial", "assess", "hold"))
        .body("invalidParameters.find { it.name == 'bogus' }.reason", containsString("property"))
        .body("invalidParameters.find { it.name == 'bogus' }.allowed", hasItem("maturity"));
    refused(
            curator("application/json")
                .body(
                    CurationTest.tarpc("emerging")
                        .replace("\"name\": \"tarpc\"", "\"name\": \"\"")
                        .replace("https://github.com/google/tarpc", "not a url")
                        .replace("\"emerging\"", "\"ancient\""))
                .when()
                .post(CRATES)
                .then(),
            "maturity")
        .body("invalidParameters.name", containsInAnyOrder("maturity", "name", "repository"))
        .body("invalidParameters.find { it.name == 'maturity' }.reason", containsString("mature"))
        .body("invalidParameters.find { it.name == 'repository' }.reason", containsString("https"));
    refused(
            curator("application/json")
                .body(
                    "{\"name\": \"\", \"repository\": \"not a url\", \"maturity\": \"ancient\","
                        + " \"texts\": {\"en\": {\"description\": \"x\", \"colour\": \"red\"}},"
                        + " \"pros\": \"fast\", \"cons\": [{\"en\": 1, \"zh\": []}]}")
                .when()
                .post(CRATES)
                .then(),
            "maturity")
        .body(
            "invalidParameters.name",
            hasItems(
                "slug",
                "name",
                "category",
                "maturity",
                "ring",
                "repository",
                "texts.en.colour",
                "texts.zh",
                "pros",
                "cons[0].zh"))
        .body("invalidParameters.name", not(hasItem("cons[0].en")))
        .body("invalidParameters.find { it.name == 'pros' }.reason", is("must be an array"))
        .body("invalidParameters.findAll { it.name == 'maturity' }", hasSize(1));
    assertEquals(before, revision(), "nothing written");
    given().get(CRATES + "/tokio").then().header("ETag", is(tag));
  }

  /** Tarpc as CurationTest writes it, with one list given anew. */
  private static String tarpcWith(String list, String items) {
    return CurationTest.tarpc("emerging")
        .replaceFirst("\"" + list + "\": \\[[^]]*]", "\"" + list + "\": " + items);
  }

  @Test
  void shouldRefuseMorePointsThanTheLimitAndTakeTheLimit() {
    long before = revision();
    for (String list : new String[] {"pros", "cons"}) {
      refused(
              curator("application/json")
                  .body(tarpcWith(list, array(21, CurationBadBodyTest::point)))
                  .when()
                  .post(CRATES)
                  .then(),
              list)
          .body(
              "invalidParameters.find { it.name == '" + list + "' }.reason", containsString("20"));
    }
    assertEquals(before, revision());
    String twenty = array(20, CurationBadBodyTest::point);
    curator("application/json")
        .body(tarpcWith("pros", twenty).replaceFirst("\"cons\": \\[[^]]*]", "\"cons\": " + twenty))
        .when()
        .post(CRATES)
        .then()
        .statusCode(201);
    given().get(CRATES + "/tarpc").then().body("pros.size()", is(20)).body("cons.size()", is(20));
  }

  @Test
  void shouldRefuseMoreCounterpartsThanTheLimitWithoutLookingThemUp() {
    long before = revision();
    String many = array(21, i -> "\"not-a-counterpart-" + i + "\"");
    for (String list : new String[] {"alternatives", "platforms"}) {
      refused(
              curator("application/json").body(tarpcWith(list, many)).when().post(CRATES).then(),
              list)
          .body("invalidParameters.name", not(hasItem(list + "[0]")));
    }
    refused(
        curator("application/json").body(category(many)).when().post(CATEGORIES).then(),
        "alternatives");
    assertEquals(before, revision());
  }

  @Test
  void shouldRefuseAPatchOfTensOfThousandsOfAlternatives() {
    String tag = given().get(CRATES + "/tokio").header("ETag");
    String many = array(20_001, i -> "\"etcd\"");
    refused(
            curator(Curator.MERGE_PATCH)
                .header("If-Match", tag)
                .body("{\"alternatives\": " + many + "}")
                .when()
                .patch(CRATES + "/tokio")
                .then(),
            "alternatives")
        .body("invalidParameters", hasSize(1));
    refused(
            curator(Curator.MERGE_PATCH)
                .header("If-Match", tag)
                // as many as a body under the size limit holds
                .body("{\"alternatives\": " + array(15_000, i -> "\"Not A Slug\"") + "}")
                .when()
                .patch(CRATES + "/tokio")
                .then(),
            "alternatives")
        .body("detail", containsString("15001 rules"))
        .body("invalidParameters", hasSize(InvalidBodyException.LISTED));
    given().get(CRATES + "/tokio").then().header("ETag", is(tag));
  }

  @Test
  void shouldRefuseACounterpartNamedTwice() {
    refused(
        curator("application/json")
            .body(tarpcWith("alternatives", "[\"etcd\", \"consul\", \"etcd\"]"))
            .when()
            .post(CRATES)
            .then(),
        "alternatives[2]");
    refused(
        curator("application/json")
            .body(tarpcWith("platforms", "[\"net-rpc\"]"))
            .when()
            .post(CRATES)
            .then(),
        "platforms[0]");
    refused(
        curator("application/json")
            .body(category("[\"go-kit\", \"go-kit\"]"))
            .when()
            .post(CATEGORIES)
            .then(),
        "alternatives[1]");
    given().get(CRATES + "/tarpc").then().statusCode(404);
    given().get(CATEGORIES + "/observability").then().statusCode(404);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"name\": \"tarpc                  | name",
        "\"category\": \"rpc                | category",
        "\"cratesIoName\": \"tarpc          | cratesIoName",
        "https://github.com/google/tarpc     | repository",
        "Worth a look for Rust-to-Rust RPC.  | texts.en.positioning",
        "Rust only                           | cons[0].en",
        "\"alternatives\": [\"net-rpc       | alternatives[0]"
      })
  void shouldRefuseANulInAnyText(String text, String field) {
    refused(
        curator("application/json")
            .body(CurationTest.tarpc("emerging").replace(text, text + "\\u0000"))
            .when()
            .post(CRATES)
            .then(),
        field);
    given().get(CRATES + "/tarpc").then().statusCode(404);
  }

  @ParameterizedTest
  @CsvSource({"0001", "0007", "000d", "001b", "007f", "0085", "009f"})
  void shouldRefuseControlCharacters(String code) {
    refused(
            curator("application/json")
                .body(
                    CurationTest.tarpc("emerging").replace("Rust only", "Rust\\u" + code + "only"))
                .when()
                .post(CRATES)
                .then(),
            "cons[0].en")
        .body(
            "invalidParameters.find { it.name == 'cons[0].en' }.reason", containsString("control"));
    given().get(CRATES + "/tarpc").then().statusCode(404);
  }

  @Test
  void shouldTakeTabsAndNewlines() {
    curator("application/json")
        .body(CurationTest.tarpc("emerging").replace("Rust only", "Rust\\tonly,\\nand that is all"))
        .when()
        .post(CRATES)
        .then()
        .statusCode(201)
        .body("cons[0]", is("Rust\tonly,\nand that is all"));
  }

  @Test
  void shouldRefuseAControlCharacterInAKey() {
    refused(
        curator("application/json")
            .body(CurationTest.tarpc("emerging").replace("\"zh\": \"仅限", "\"z\\u0000h\": \"仅限"))
            .when()
            .post(CRATES)
            .then(),
        "cons[0].z\\u0000h");
    refused(
        curator("application/json")
            .body(category("[]").replace("\"zh\"", "\"\\u0000\""))
            .when()
            .post(CATEGORIES)
            .then(),
        "texts.\\u0000");
    given().get(CRATES + "/tarpc").then().statusCode(404);
    given().get(CATEGORIES + "/observability").then().statusCode(404);
  }

  @Test
  void shouldRefuseANulInAPatchOrAReplacement() {
    String tag = given().get(CATEGORIES + "/rpc").header("ETag");
    refused(
        curator(Curator.MERGE_PATCH)
            .header("If-Match", tag)
            .body("{\"texts\": {\"en\": {\"note\": \"a\\u0000b\"}}}")
            .when()
            .patch(CATEGORIES + "/rpc")
            .then(),
        "texts.en.note");
    refused(
        curator("application/json")
            .header("If-Match", tag)
            .body(category("[]").replace("observability", "rpc").replace("可观测性", "\\u0000"))
            .when()
            .put(CATEGORIES + "/rpc")
            .then(),
        "texts.zh.name");
    String crate = given().get(CRATES + "/tokio").header("ETag");
    refused(
        curator(Curator.MERGE_PATCH)
            .header("If-Match", crate)
            .body("{\"pros\": [{\"en\": \"\\u0000\", \"zh\": \"好\"}]}")
            .when()
            .patch(CRATES + "/tokio")
            .then(),
        "pros[0].en");
    given().get(CATEGORIES + "/rpc").then().header("ETag", is(tag));
    given().get(CRATES + "/tokio").then().header("ETag", is(crate));
  }
}
