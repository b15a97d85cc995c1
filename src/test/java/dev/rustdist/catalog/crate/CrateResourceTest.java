package dev.rustdist.catalog.crate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.observability.Metrics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class CrateResourceTest {

  private static final String CRATES = "/api/v1/crates";

  @Test
  void shouldListEveryCrateInTheDocumentsOrder() {
    given()
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("total", is(17))
        .body("limit", is(20))
        .body("offset", is(0))
        .body(
            "items.slug",
            contains(
                "tokio",
                "tonic",
                "axum",
                "actix-web",
                "warp",
                "rocket",
                "raft-rs",
                "temporal-sdk-rust",
                "actix",
                "lunatic",
                "lapin",
                "rdkafka",
                "async-nats",
                "sqlx",
                "diesel",
                "redis-rs",
                "kube-rs"));
  }

  @Test
  void shouldFilterByOneMaturityLevel() {
    given()
        .queryParam("maturity", "experimental")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("total", is(1))
        .body("items.slug", contains("lunatic"))
        .body("items.maturity", everyItem(is("experimental")));
  }

  @Test
  void shouldTakeTheUnionOfRepeatedOrCommaSeparatedMaturityLevels() {
    given()
        .queryParam("maturity", "experimental", "emerging")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items.slug", contains("temporal-sdk-rust", "lunatic"));
    given()
        .queryParam("maturity", "experimental,emerging")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items.slug", contains("temporal-sdk-rust", "lunatic"));
  }

  @Test
  void shouldFilterByMinimumMaturity() {
    given()
        .queryParam("minMaturity", "mature")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("total", is(15))
        .body(
            "items.maturity",
            everyItem(org.hamcrest.Matchers.in(new String[] {"mature", "standard"})));
    given()
        .queryParam("minMaturity", "standard")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("tokio"));
  }

  @Test
  void shouldIntersectMaturityWithMinimumMaturity() {
    given()
        .queryParam("maturity", "experimental,standard")
        .queryParam("minMaturity", "mature")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items.slug", contains("tokio"));
    given()
        .queryParam("maturity", "experimental")
        .queryParam("minMaturity", "mature")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("total", is(0))
        .body("items", empty());
  }

  @Test
  void shouldFilterByRing() {
    given()
        .queryParam("ring", "hold")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("raft-rs"));
    given()
        .queryParam("ring", "assess", "hold")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("raft-rs", "actix", "lunatic"));
  }

  @Test
  void shouldFilterByCategory() {
    given()
        .queryParam("category", "actors,consensus")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items.slug", contains("raft-rs", "actix", "lunatic"))
        .body(
            "items.category.slug",
            everyItem(org.hamcrest.Matchers.in(new String[] {"actors", "consensus"})));
  }

  @Test
  void shouldCombineFiltersOnDifferentParameters() {
    given()
        .queryParam("category", "rpc")
        .queryParam("ring", "trial")
        .queryParam("minMaturity", "mature")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items.slug", contains("axum", "actix-web", "warp", "rocket"));
    given()
        .queryParam("category", "message-queues", "databases")
        .queryParam("ring", "adopt")
        .queryParam("q", "client")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("lapin", "rdkafka", "async-nats"));
  }

  @Test
  void shouldSearchNamesAndDescriptionsCaseInsensitively() {
    given()
        .queryParam("q", "GRPC")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("tonic", "axum", "actix-web", "warp", "rocket"));
    given()
        .queryParam("q", "Raft")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("raft-rs"));
    given()
        .queryParam("q", "kafka")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("rdkafka"));
  }

  @Test
  void shouldRankNameMatchesBeforeDescriptionsBeforeProsAndCons() {
    // "actix" is the name of one crate, part of another's and in axum's pros; "tokio" is in
    // tonic's pros
    given()
        .queryParam("q", "actix")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("actix", "actix-web", "axum"));
    given()
        .queryParam("q", "tokio")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("tokio", "tonic"));
    given()
        .queryParam("q", "tokio")
        .queryParam("sort", "-name")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("tonic", "tokio"));
  }

  /** The web frameworks' shared texts weigh them against gRPC: found, but after tonic, and why. */
  @Test
  void shouldLookForTextsShorterThanATrigramAtTheStartOfNames() {
    given()
        .queryParam("q", "TO")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items.slug", contains("tokio", "tonic"))
        .body("matches.tokio", contains("name"))
        .body("matches.tonic", contains("name"));
    // "rp" is in tonic's and the web frameworks' texts (gRPC), but starts no name
    given().queryParam("q", "rp").when().get(CRATES).then().statusCode(200).body("total", is(0));
    // the last code point there is, and the one before the surrogates: no character follows them
    for (String edge : List.of("t\uDBFF\uDFFF", "\uD7FF")) {
      given().queryParam("q", edge).when().get(CRATES).then().statusCode(200).body("total", is(0));
    }
    given()
        .queryParam("q", "r")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("raft-rs", "rdkafka", "redis-rs", "rocket"));
  }

  @Test
  void shouldSayInWhichFieldsEachCrateWasFound() {
    given()
        .queryParam("q", "grpc")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items.slug", contains("tonic", "axum", "actix-web", "warp", "rocket"))
        .body("matches.keySet()", contains("tonic", "axum", "actix-web", "warp", "rocket"))
        .body("matches.tonic", contains("description", "positioning", "pros", "cons"))
        .body("matches.axum", contains("positioning", "pros", "cons"))
        .body("matches.rocket", contains("positioning", "pros", "cons"));
    given()
        .queryParam("q", "tokio")
        .when()
        .get(CRATES)
        .then()
        .body("matches.tokio", hasItem("name"))
        .body("matches.tonic", contains("pros"));
    given()
        .queryParam("q", "grpc")
        .queryParam("limit", 2)
        .queryParam("offset", 2)
        .when()
        .get(CRATES)
        .then()
        .body("matches.keySet()", contains("actix-web", "warp"));
    given()
        .queryParam("q", "nothing-matches-this")
        .when()
        .get(CRATES)
        .then()
        .body("total", is(0))
        .body("matches.size()", is(0));
    given().when().get(CRATES).then().body("matches", nullValue());
  }

  /**
   * A search's page, its total and why each of its crates was found come from one statement: the
   * pool hands out one connection for a text searched for the first time. A page past the last
   * match counts them on its own.
   */
  @Test
  void shouldSearchATextWithOneStatement() {
    given().queryParam("q", "Raft").when().get(CRATES).then().statusCode(200);
    double before = Metrics.scrape().connectionsAcquired();
    given()
        .queryParam("q", "gRPC")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("total", is(5))
        .body("items.slug", contains("tonic", "axum", "actix-web", "warp", "rocket"))
        .body("matches.axum", contains("positioning", "pros", "cons"));
    assertEquals(1, Metrics.scrape().connectionsAcquired() - before);
    given()
        .queryParam("q", "GRpc")
        .queryParam("offset", 5)
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("total", is(5))
        .body("items", empty())
        .body("matches.size()", is(0));
  }

  @Test
  void shouldCountFacetsUnderTheOtherFilters() {
    given()
        .queryParam("category", "rpc")
        .queryParam("maturity", "standard")
        .queryParam("facets", "true")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("facets.maturity.experimental", is(0))
        .body("facets.maturity.mature", is(5))
        .body("facets.maturity.standard", is(0))
        .body("facets.ring.adopt", is(0))
        .body("facets.ring.trial", is(0))
        .body("facets.category.'async-runtime'", is(1))
        .body("facets.category.rpc", is(0))
        .body("facets.category.'cloud-native'", is(0));
    given().when().get(CRATES).then().body("facets", nullValue());
    given().queryParam("facets", "yes").when().get(CRATES).then().statusCode(400);
  }

  @Test
  void shouldSearchInTheChosenLanguage() {
    given()
        .queryParam("q", "事实标准")
        .queryParam("lang", "zh")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items.slug", contains("tokio"));
    given().queryParam("q", "事实标准").when().get(CRATES).then().body("total", is(0));
  }

  @Test
  void shouldTreatWildcardsInSearchTextLiterally() {
    given().queryParam("q", "%").when().get(CRATES).then().statusCode(200).body("total", is(0));
    given().queryParam("q", "_").when().get(CRATES).then().statusCode(200).body("total", is(0));
  }

  @Test
  void shouldSortByName() {
    given()
        .queryParam("sort", "name")
        .queryParam("limit", 3)
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("actix", "actix-web", "async-nats"));
    given()
        .queryParam("sort", "-name")
        .queryParam("limit", 2)
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("warp", "tonic"));
  }

  @Test
  void shouldSortByMaturityThenByTheDocumentsOrder() {
    given()
        .queryParam("sort", "maturity")
        .queryParam("limit", 3)
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("lunatic", "temporal-sdk-rust", "tonic"));
    given()
        .queryParam("sort", "-maturity,name")
        .queryParam("limit", 3)
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("tokio", "actix", "actix-web"));
  }

  @Test
  void shouldSortByRing() {
    given()
        .queryParam("sort", "-ring")
        .queryParam("limit", 3)
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("raft-rs", "actix", "lunatic"));
  }

  @Test
  void shouldLinkPagesWithQueriesThatHoldOnlyTheirParameters() {
    given()
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .header(
            "Link",
            is(
                "</api/v1/crates?offset=0>; rel=\"first\", </api/v1/crates?offset=0>; rel=\"last\""));
    String next = given().queryParam("limit", 5).when().get(CRATES).then().extract().path("next");
    given()
        .queryParam("after", next)
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .header(
            "Link",
            is(
                "</api/v1/crates?offset=0>; rel=\"first\", </api/v1/crates?offset=0>; rel=\"last\""));
    next =
        given()
            .queryParam("limit", 5)
            .queryParam("after", next)
            .when()
            .get(CRATES)
            .then()
            .extract()
            .path("next");
    given()
        .queryParam("limit", 5)
        .queryParam("after", next)
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .header("Link", containsString("</api/v1/crates?limit=5&offset=0>; rel=\"first\""))
        .header("Link", not(containsString("?&")))
        .header("Link", not(containsString("&&")));
  }

  @Test
  void shouldPageWithLinks() {
    given()
        .queryParam("limit", 5)
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items", hasSize(5))
        .body("total", is(17))
        .body("limit", is(5))
        .header("Link", containsString("offset=5>; rel=\"next\""))
        .header("Link", not(containsString("rel=\"prev\"")));
    given()
        .queryParam("limit", 5)
        .queryParam("offset", 15)
        .queryParam("maturity", "mature,standard,emerging,experimental")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items.slug", contains("redis-rs", "kube-rs"))
        .body("offset", is(15))
        .header("Link", containsString("offset=10>; rel=\"prev\""))
        .header("Link", containsString("maturity=mature%2Cstandard%2Cemerging%2Cexperimental"))
        .header("Link", not(containsString("rel=\"next\"")));
  }

  @Test
  void shouldWalkTheDocumentsOrderPageByPageWithTheNextCursor() {
    List<String> all =
        given()
            .queryParam("limit", 100)
            .queryParam("maturity", "mature,standard")
            .when()
            .get(CRATES)
            .then()
            .extract()
            .path("items.slug");
    List<String> walked = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      var request = given().queryParam("limit", 4).queryParam("maturity", "mature,standard");
      var page =
          (after == null ? request : request.queryParam("after", after))
              .when()
              .get(CRATES)
              .then()
              .statusCode(200)
              .body("total", is(15))
              .body("offset", after == null ? is(0) : nullValue())
              .extract();
      walked.addAll(page.path("items.slug"));
      String next = page.path("next");
      if (after != null && next != null) {
        assertThat(page.header("Link"), containsString("after=" + next + ">; rel=\"next\""));
        assertThat(page.header("Link"), containsString("maturity=mature%2Cstandard"));
      }
      after = next;
      pages++;
    } while (after != null && pages < 10);
    assertThat(pages, is(4));
    assertThat(all, hasSize(15));
    assertThat(walked, is(all));
  }

  @Test
  void shouldGiveNoCursorToASortedOrSearchedList() {
    given()
        .queryParam("limit", 2)
        .queryParam("sort", "name")
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("next", nullValue())
        .body("offset", is(0));
    given()
        .queryParam("limit", 2)
        .queryParam("q", "a")
        .when()
        .get(CRATES)
        .then()
        .body("next", nullValue());
  }

  @Test
  void shouldAnswerAnEmptyPageBeyondTheLastItem() {
    given()
        .queryParam("offset", 100)
        .when()
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("total", is(17))
        .header("Link", containsString("offset=0>; rel=\"first\""));
  }

  @Test
  void shouldReturnTheFullRecordOfACrate() {
    given()
        .when()
        .get(CRATES + "/tokio")
        .then()
        .statusCode(200)
        .body("slug", is("tokio"))
        .body("name", is("tokio"))
        .body("category.slug", is("async-runtime"))
        .body("category.name", is("Foundational Async Runtime"))
        .body("maturity", is("standard"))
        .body("ring", is("adopt"))
        .body("description", containsString("de facto standard async runtime"))
        .body(
            "positioning",
            is("Essential. The vast majority of Rust distributed systems are built on Tokio."))
        .body(
            "summary",
            is("tokio (De facto standard, high performance, rich ecosystem) - ESSENTIAL"))
        .body("pros", hasSize(5))
        .body("pros[0]", is("Extremely high performance"))
        .body("cons", contains("A certain learning curve for newcomers."))
        .body("links.cratesIo", is("https://crates.io/crates/tokio"))
        .body("links.docsRs", is("https://docs.rs/tokio"))
        .body("links.repository", is("https://github.com/tokio-rs/tokio"));
  }

  @Test
  void shouldLinkCratesByTheirPublishedName() {
    given()
        .when()
        .get(CRATES + "/redis-rs")
        .then()
        .body("links.cratesIoName", is("redis"))
        .body("links.cratesIo", is("https://crates.io/crates/redis"));
    given().when().get(CRATES + "/kube-rs").then().body("links.docsRs", is("https://docs.rs/kube"));
    given()
        .when()
        .get(CRATES + "/temporal-sdk-rust")
        .then()
        .body("links.cratesIo", is("https://crates.io/crates/temporalio-sdk"))
        .body("links.repository", is("https://github.com/temporalio/sdk-rust"));
    // the Erlang-inspired runtime, not the guest library published as lunatic
    given()
        .when()
        .get(CRATES + "/lunatic")
        .then()
        .body("links.cratesIoName", is("lunatic-runtime"))
        .body("links.docsRs", is("https://docs.rs/lunatic-runtime"))
        .body("links.repository", is("https://github.com/lunatic-solutions/lunatic"));
  }

  @Test
  void shouldServeTheQualifierBesideTheNameApartFromTheDescription() {
    given()
        .queryParam("lang", "zh")
        .when()
        .get(CRATES + "/lunatic")
        .then()
        .body("qualifier", is("Erlang/BEAM风格"))
        .body("description", startsWith("一个受 Erlang 启发的运行时"));
    given()
        .when()
        .get(CRATES + "/lunatic")
        .then()
        .body("qualifier", is("Erlang/BEAM style"))
        .body("description", startsWith("An Erlang-inspired runtime"));
    given().when().get(CRATES + "/tokio").then().body("qualifier", nullValue());
    given()
        .queryParam("lang", "zh")
        .when()
        .get(CRATES + "/redis-rs")
        .then()
        .body("description", is("Redis: redis-rs 异步客户端。"));
    given()
        .queryParam("lang", "zh")
        .when()
        .get(CRATES + "/actix-web")
        .then()
        .body("pros", org.hamcrest.Matchers.hasItem("axum 和 actix-web 性能优异。"));
  }

  @Test
  void shouldShowCounterpartsInOtherEcosystems() {
    given()
        .when()
        .get(CRATES + "/raft-rs")
        .then()
        .body("alternatives.slug", contains("etcd", "consul"))
        .body("alternatives.ecosystem", everyItem(is("platform")))
        .body("platforms", empty());
    given()
        .when()
        .get(CRATES + "/tonic")
        .then()
        .body("maturity", is("mature"))
        .body("alternatives", empty())
        .body("counterparts.name", contains("net/rpc", "Dubbo", "Thrift"))
        .body("counterparts.relation", everyItem(is("lacking")));
    given()
        .when()
        .get(CRATES + "/raft-rs")
        .then()
        .body("counterparts.relation", contains("equivalent", "equivalent"));
    given()
        .when()
        .get(CRATES + "/temporal-sdk-rust")
        .then()
        .body("platforms.slug", contains("temporal"))
        .body("counterparts.relation", contains("platform"))
        .body("alternatives", empty());
  }

  @Test
  void shouldServeTheDocumentsChineseText() {
    given()
        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
        .when()
        .get(CRATES + "/tokio")
        .then()
        .statusCode(200)
        .header("Content-Language", "zh")
        .header("Vary", containsString("Accept-Language"))
        .body("category.name", is("核心异步运行时"))
        .body("positioning", is("必选项。绝大多数 Rust 分布式系统都构建在 Tokio 之上。"))
        .body("pros", hasItem("生态系统极其丰富（几乎所有网络相关的库都基于或兼容 Tokio）"))
        .body("cons", contains("对新手有一定学习曲线。"));
  }

  @Test
  void shouldListExperimentalCratesInBothLanguages() {
    given()
        .queryParam("maturity", "experimental")
        .when()
        .get(CRATES)
        .then()
        .header("Content-Language", "en")
        .body("items[0].positioning", containsString("not yet suitable for production"));
    given()
        .header("Accept-Language", "zh")
        .queryParam("maturity", "experimental")
        .when()
        .get(CRATES)
        .then()
        .header("Content-Language", "zh")
        .body("items.slug", contains("lunatic"))
        .body("items[0].positioning", is("前沿探索性项目，暂不适合需要稳定性的生产环境。"))
        .body("items[0].cons", hasItem("非常新，实验性强"));
  }

  @Test
  void shouldPreferTheLangParameterOverAcceptLanguage() {
    given()
        .header("Accept-Language", "zh")
        .queryParam("lang", "en")
        .when()
        .get(CRATES + "/lunatic")
        .then()
        .header("Content-Language", "en")
        .body("category.name", is("Actor Frameworks"));
    given()
        .queryParam("lang", "zh-Hans-CN")
        .when()
        .get(CRATES + "/lunatic")
        .then()
        .header("Content-Language", "zh")
        .body("category.name", is("Actor 框架"));
  }

  @Test
  void shouldFallBackToEnglishForAnUnofferedAcceptLanguage() {
    given()
        .header("Accept-Language", "fr-FR,de;q=0.5")
        .when()
        .get(CRATES + "/lunatic")
        .then()
        .statusCode(200)
        .header("Content-Language", "en");
  }

  @Test
  void shouldRefuseAMalformedAcceptLanguageWithAProblem() {
    for (String malformed : List.of(";;;not a language range", "-", "en-" + "a-".repeat(2000))) {
      given()
          .header("Accept-Language", malformed)
          .when()
          .get(CRATES + "/lunatic")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("invalidParameters[0].name", is("Accept-Language"))
          .body("invalidParameters[0].in", is("header"));
    }
  }

  @Test
  void shouldGiveEveryCrateTheSameTextsInBothLanguages() {
    var english = given().queryParam("lang", "en").get(CRATES).then().extract().jsonPath();
    var chinese = given().queryParam("lang", "zh").get(CRATES).then().extract().jsonPath();
    for (int i = 0; i < 17; i++) {
      String crate = "items[" + i + "].";
      org.junit.jupiter.api.Assertions.assertEquals(
          english.getList(crate + "pros").size(), chinese.getList(crate + "pros").size(), crate);
      org.junit.jupiter.api.Assertions.assertEquals(
          english.getList(crate + "cons").size(), chinese.getList(crate + "cons").size(), crate);
      org.junit.jupiter.api.Assertions.assertEquals(
          english.getString(crate + "positioning") == null,
          chinese.getString(crate + "positioning") == null,
          crate);
      org.junit.jupiter.api.Assertions.assertNotEquals(
          english.getString(crate + "description"),
          chinese.getString(crate + "description"),
          crate);
    }
  }

  @Test
  void shouldNotFindAnUnknownCrate() {
    given()
        .when()
        .get(CRATES + "/left-pad")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", is(404))
        .body("title", is("Not found"))
        .body("detail", is("There is no crate 'left-pad'."))
        .body("instance", is(CRATES + "/left-pad"));
  }

  @Test
  void shouldNotListMoreThanItWasAskedFor() {
    given()
        .queryParam("limit", 1)
        .queryParam("sort", "category")
        .when()
        .get(CRATES)
        .then()
        .body("items.slug", contains("tokio"))
        .body("items", not(empty()));
    given().queryParam("limit", 100).when().get(CRATES).then().body("items", hasSize(17));
  }
}
