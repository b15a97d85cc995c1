package dev.rustdist.catalog.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed contract is what the code serves: a change to either must show in both. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class OpenApiContractTest {

  private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
  private static final Path SERVED = Path.of("target", "openapi.yaml");

  @Test
  void shouldServeTheCommittedContract() throws IOException {
    String served = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
    Files.writeString(SERVED, served);
    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(COMMITTED, served);
    }
    assertEquals(
        Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "",
        served,
        "openapi/openapi.yaml differs from the contract the code serves (written to "
            + SERVED
            + "). Review the difference, then run ./mvnw verify -Dopenapi.update=true to commit"
            + " it.");
  }

  @Test
  void shouldServeSwaggerUi() {
    given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }
}
