package dev.rustdist.catalog.curation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustdist.catalog.PostgresResource;
import dev.rustdist.catalog.caching.CurrentRevision;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed of the changes, read through HTTP and parsed as the XML a feed reader reads. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ChangeFeedTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String FEED = "/api/v1/changes.atom";

  @Inject AgroalDataSource dataSource;
  @Inject CurrentRevision revisions;

  @AfterEach
  void removeWhatTheTestAdded() throws SQLException {
    WrittenEntries.remove(dataSource, revisions, "feed-%");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element
          && ATOM.equals(element.getNamespaceURI())
          && element.getLocalName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  @Test
  void shouldListTheLatestChangesNewestFirstWithRelativeLinks() throws Exception {
    ExtractableResponse<Response> created = CrateWrites.add("feed-a");
    long before = CrateWrites.revision(created) - 1;
    given()
        .header("Authorization", Tokens.curator())
        .contentType("application/merge-patch+json")
        .header("If-Match", created.header("ETag"))
        .body("{\"ring\": \"trial\"}")
        .patch("/api/v1/crates/feed-a")
        .then()
        .statusCode(200);
    JsonPath recorded =
        given().queryParam("since", before).get("/api/v1/changes").then().extract().jsonPath();
    long createId = recorded.getLong("items[0].id");
    long updateId = recorded.getLong("items[1].id");
    long updateRevision = recorded.getLong("items[1].revision");
    OffsetDateTime updatedAt = OffsetDateTime.parse(recorded.getString("items[1].occurredAt"));

    String xml =
        given()
            .header("Host", "evil.example")
            .get(FEED)
            .then()
            .statusCode(200)
            .contentType("application/atom+xml")
            .extract()
            .asString();

    assertFalse(xml.contains("evil.example"), "nothing of the request's Host is in the feed");
    Element feed = parse(xml).getDocumentElement();
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    assertEquals("urn:rust-dist-catalog:changes", children(feed, "id").get(0).getTextContent());
    assertFalse(children(feed, "title").get(0).getTextContent().isBlank());
    assertEquals(
        updatedAt.toInstant(),
        OffsetDateTime.parse(children(feed, "updated").get(0).getTextContent()).toInstant(),
        "the feed was updated when its newest change was made");
    List<Element> entries = children(feed, "entry");
    assertTrue(entries.size() >= 2 && entries.size() <= 50, entries.size() + " entries");

    Element update = entries.get(0);
    assertEquals("urn:rust-dist-catalog:change:" + updateId, text(update, "id"));
    assertEquals("update crate feed-a (revision " + updateRevision + ")", text(update, "title"));
    assertEquals(updatedAt.toInstant(), OffsetDateTime.parse(text(update, "updated")).toInstant());
    assertEquals(Tokens.CURATOR, text(update, "name"));
    assertEquals("ring: assess → trial", text(update, "summary"));
    Element link = children(update, "link").get(0);
    assertEquals("alternate", link.getAttribute("rel"));
    assertEquals("/api/v1/crates/feed-a", link.getAttribute("href"));

    Element create = entries.get(1);
    assertEquals("urn:rust-dist-catalog:change:" + createId, text(create, "id"));
    assertEquals("maturity: none → emerging; ring: none → assess", text(create, "summary"));

    NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
    for (int i = 0; i < links.getLength(); i++) {
      String href = ((Element) links.item(i)).getAttribute("href");
      assertTrue(href.startsWith("/api/v1/"), "a relative link: " + href);
    }
  }

  @Test
  void shouldServeTheSameFeedWhateverHostAsksAgain() {
    CrateWrites.add("feed-b");
    String first = given().header("Host", "evil.example").get(FEED).then().extract().asString();
    String again =
        given()
            .header("Host", "other.example")
            .get(FEED)
            .then()
            .statusCode(200)
            .header("ETag", org.hamcrest.Matchers.notNullValue())
            .extract()
            .asString();

    assertEquals(first, again);
    assertFalse(again.contains("evil.example") || again.contains("other.example"));
  }
}
