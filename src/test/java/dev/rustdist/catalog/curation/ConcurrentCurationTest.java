package dev.rustdist.catalog.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Curators writing at the same time: every write is taken in turn, none fails the server. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ConcurrentCurationTest {

  private static final int WRITERS = 16;

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  @AfterEach
  void removeWhatTheTestAdded() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, "parallel-%");
  }

  static String crate(String slug, String category) {
    return """
        {"slug": "%s", "name": "%s", "category": "%s", "maturity": "emerging", "ring": "assess",
         "texts": {"en": {"description": "A crate written at the same time as others."},
                   "zh": {"description": "与其他条目同时写入的 crate。"}},
         "pros": [], "cons": []}
        """
        .formatted(slug, slug, category);
  }

  static String category(String slug) {
    return """
        {"slug": "%s", "texts": {"en": {"name": "Parallel"}, "zh": {"name": "并行"}}}
        """
        .formatted(slug);
  }

  /** Sends every request at once, once all of them are ready, and waits for every answer. */
  private static List<Response> atOnce(List<Callable<Response>> requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (Callable<Response> request : requests) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.call();
                }));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> answer : answers) {
        responses.add(answer.get());
      }
      return responses;
    } finally {
      pool.shutdown();
    }
  }

  private static Callable<Response> post(String token, String path, String body) {
    return () ->
        given()
            .header("Authorization", token)
            .contentType("application/json")
            .body(body)
            .post(path);
  }

  private static List<Integer> statuses(List<Response> responses) {
    List<Integer> statuses = new ArrayList<>(responses.stream().map(Response::statusCode).toList());
    Collections.sort(statuses);
    return statuses;
  }

  @Test
  void shouldAddEveryOneOfManyCratesPostedAtOnceInItsOwnPlace() throws Exception {
    String token = Tokens.curator();
    given()
        .header("Authorization", token)
        .contentType("application/json")
        .body(category("parallel-home"))
        .post("/api/v1/categories")
        .then()
        .statusCode(201);
    List<String> slugs = IntStream.rangeClosed(1, WRITERS).mapToObj(i -> "parallel-" + i).toList();

    List<Response> responses =
        atOnce(
            slugs.stream()
                .map(slug -> post(token, "/api/v1/crates", crate(slug, "parallel-home")))
                .toList());

    assertEquals(Collections.nCopies(WRITERS, 201), statuses(responses));
    given()
        .get("/api/v1/categories/parallel-home")
        .then()
        .statusCode(200)
        .body("crates", hasSize(WRITERS))
        .body("crates.slug", containsInAnyOrder(slugs.toArray()));
    given()
        .queryParam("category", "parallel-home")
        .queryParam("limit", 100)
        .get("/api/v1/crates")
        .then()
        .body("total", is(WRITERS))
        .body("items.slug", containsInAnyOrder(slugs.toArray()));
  }

  @Test
  void shouldAddEveryOneOfManyCategoriesPostedAtOnce() throws Exception {
    String token = Tokens.curator();
    List<String> slugs = IntStream.rangeClosed(1, WRITERS).mapToObj(i -> "parallel-" + i).toList();

    List<Response> responses =
        atOnce(
            slugs.stream().map(slug -> post(token, "/api/v1/categories", category(slug))).toList());

    assertEquals(Collections.nCopies(WRITERS, 201), statuses(responses));
    given()
        .queryParam("limit", 100)
        .get("/api/v1/categories")
        .then()
        .body("total", is(8 + WRITERS))
        .body("items.slug.drop(8)", containsInAnyOrder(slugs.toArray()));
  }

  @Test
  void shouldAddOneOfManyCratesPostedAtOnceUnderOneSlugAndRefuseTheOthers() throws Exception {
    String token = Tokens.curator();
    List<Callable<Response>> requests = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      requests.add(post(token, "/api/v1/crates", crate("parallel-twin", "rpc")));
    }

    List<Response> responses = atOnce(requests);

    List<Integer> expected = new ArrayList<>(Collections.nCopies(WRITERS - 1, 409));
    expected.add(0, 201);
    assertEquals(expected, statuses(responses));
    for (Response response : responses) {
      if (response.statusCode() == 409) {
        response
            .then()
            .contentType("application/problem+json")
            .body("type", is("urn:rust-dist-catalog:problem:conflict"))
            .body("status", is(409));
      }
    }
    given().get("/api/v1/crates/parallel-twin/history").then().body("total", is(1));
  }

  @Test
  void shouldAddOneOfManyCategoriesPostedAtOnceUnderOneSlugAndRefuseTheOthers() throws Exception {
    String token = Tokens.curator();
    List<Callable<Response>> requests = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      requests.add(post(token, "/api/v1/categories", category("parallel-twin")));
    }

    List<Response> responses = atOnce(requests);

    List<Integer> expected = new ArrayList<>(Collections.nCopies(WRITERS - 1, 409));
    expected.add(0, 201);
    assertEquals(expected, statuses(responses));
    given().get("/api/v1/categories/parallel-twin/history").then().body("total", is(1));
  }
}
