package dev.rustdist.catalog.curation;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** A curator's writes of the small crates the change tests add and then remove. */
final class CrateWrites {

  private CrateWrites() {}

  /** Adds a crate in the rpc category, emerging and to assess; the 201 answer. */
  static ExtractableResponse<Response> add(String slug) {
    return given()
        .header("Authorization", Tokens.curator())
        .contentType("application/json")
        .body(
            """
            {"slug": "%s", "name": "%s", "category": "rpc", "maturity": "emerging",
             "ring": "assess",
             "texts": {"en": {"description": "A crate the change tests write.",
                              "positioning": "Written and removed by a test."},
                       "zh": {"description": "变更测试写入的 crate。",
                              "positioning": "由测试写入并删除。"}},
             "pros": [], "cons": [], "alternatives": [], "platforms": []}
            """
                .formatted(slug, slug))
        .post("/api/v1/crates")
        .then()
        .statusCode(201)
        .extract();
  }

  /** The dataset revision a write made, as its answer says. */
  static long revision(ExtractableResponse<Response> written) {
    return Long.parseLong(written.header("X-Dataset-Revision"));
  }
}
