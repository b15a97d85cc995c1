package dev.rustdist.catalog.crate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.vocabulary.Term;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Crates read by the slugs a client names, and records with only the fields it asks for. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BatchAndSparseReadTest {

  private static final String CRATES = "/api/v1/crates";

  @Test
  void shouldListTheCratesNamedInTheirOrderAndTellTheUnknown() {
    String tag =
        given()
            .queryParam("slug", "tonic,no-such-crate")
            .queryParam("slug", "tokio")
            .get(CRATES)
            .then()
            .statusCode(200)
            .body("items.slug", contains("tonic", "tokio"))
            .body("items[1].category.slug", is("async-runtime"))
            .body("unknown", contains("no-such-crate"))
            .body("total", is(2))
            .body("next", is((Object) null))
            .extract()
            .header("ETag");
    // asked again, the same read: answered with the same tag, and not modified since
    given()
        .queryParam("slug", "tonic,no-such-crate")
        .queryParam("slug", "tokio")
        .header("If-None-Match", tag)
        .get(CRATES)
        .then()
        .statusCode(304);
    given()
        .queryParam("slug", "raft-rs")
        .get(CRATES)
        .then()
        .body("items.slug", contains("raft-rs"))
        .body("unknown", empty());
  }

  @Test
  void shouldRefuseSlugsWithOtherFiltersOrTooManyOfThem() {
    given()
        .queryParam("slug", "tokio")
        .queryParam("maturity", "mature")
        .get(CRATES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParameters[0].name", is("slug"))
        .body("invalidParameters[0].reason", containsString("no other filter"));
    String many =
        String.join(",", IntStream.rangeClosed(1, 101).mapToObj(i -> "crate-" + i).toList());
    given().queryParam("slug", many).get(CRATES).then().statusCode(400);
    given().queryParam("slug", "Not A Slug").get(CRATES).then().statusCode(400);
  }

  @Test
  void shouldAnswerWithOnlyTheFieldsAskedFor() {
    String sparse =
        given()
            .queryParam("fields", "ring,slug")
            .get(CRATES + "/tokio")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // in the record's order, whatever the order asked
    assertEquals("{\"slug\":\"tokio\",\"ring\":\"adopt\"}", sparse);
    String full = given().get(CRATES + "/tokio").then().extract().header("ETag");
    String tagged =
        given()
            .queryParam("fields", "ring,slug")
            .get(CRATES + "/tokio")
            .then()
            .extract()
            .header("ETag");
    assertNotEquals(full, tagged);
    given()
        .queryParam("fields", "slug")
        .queryParam("fields", "maturity")
        .queryParam("limit", 3)
        .get(CRATES)
        .then()
        .statusCode(200)
        .body("items[0]", hasKey("maturity"))
        .body("items[0]", not(hasKey("description")))
        .body("total", is(17));
    given()
        .queryParam("fields", "slug,price")
        .get(CRATES)
        .then()
        .statusCode(400)
        .body("invalidParameters[0].name", is("fields"));
  }

  @Test
  void shouldOfferEveryFieldOfTheRecordAndNoOther() {
    List<String> fields = Term.codes(CrateField.class);
    List<String> record =
        Arrays.stream(CrateView.class.getRecordComponents()).map(RecordComponent::getName).toList();
    assertEquals(record, fields);
  }
}
