package dev.rustdist.catalog.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rustdist.catalog.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** With an OTLP endpoint configured, a read reaches it as a trace with its SQL statements. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(OtlpReceiver.class)
class TracingTest {

  @Test
  void shouldExportTheRequestAndItsStatements() throws InterruptedException {
    given().get("/api/v1/crates/actix?lang=zh").then().statusCode(200);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!OtlpReceiver.received().contains("/api/v1/crates/{slug}")) {
      if (System.nanoTime() > deadline) {
        fail("no trace with the read's statements reached the endpoint");
      }
      Thread.sleep(50);
    }
    String traces = OtlpReceiver.received();
    // the server span by route template, and the statement that reads the revision
    assertThat(traces, containsString("GET /api/v1/crates/{slug}"));
    assertThat(traces, containsString("select revision, modified_at from dataset"));
  }
}
