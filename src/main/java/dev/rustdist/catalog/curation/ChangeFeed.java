package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.caching.Dataset;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The latest changes as an Atom 1.0 feed (RFC 4287), newest first, for feed readers. Its links are
 * relative; with a public base URL configured, the feed names it as its {@code xml:base}. Nothing
 * of the request that asked for it is in it, so it is kept and served again as any read is.
 */
@ApplicationScoped
public class ChangeFeed {

  public static final String MEDIA_TYPE = "application/atom+xml";
  static final String FEED_ID = "urn:rust-dist-catalog:changes";
  static final String ENTRY_ID_PREFIX = "urn:rust-dist-catalog:change:";
  static final String PATH = "/api/v1/changes.atom";

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final Map<String, String> COLLECTIONS =
      Map.of("crate", "/api/v1/crates/", "category", "/api/v1/categories/");
  private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

  private final ChangeLog changes;
  private final int entries;
  private final Optional<String> publicBaseUrl;

  ChangeFeed(
      ChangeLog changes,
      ChangeFeedConfig config,
      @ConfigProperty(name = "catalog.public-base-url") Optional<URI> publicBaseUrl) {
    this.changes = changes;
    this.entries = config.atom().entries();
    this.publicBaseUrl = publicBaseUrl.map(url -> url.toString().replaceAll("/+$", "") + "/");
  }

  /** The feed as the current read's revision has it. */
  public String latest() {
    List<ChangeView> latest = changes.latest(entries);
    OffsetDateTime updated =
        latest.isEmpty() ? Dataset.current().modifiedAt : latest.get(0).occurredAt();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XML.createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(ATOM);
      xml.writeStartElement(ATOM, "feed");
      xml.writeDefaultNamespace(ATOM);
      if (publicBaseUrl.isPresent()) {
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "base", publicBaseUrl.get());
      }
      element(xml, "id", FEED_ID);
      element(xml, "title", "rust-dist-catalog: changes");
      element(xml, "updated", time(updated));
      link(xml, "self", PATH);
      xml.writeStartElement(ATOM, "author");
      element(xml, "name", "rust-dist-catalog");
      xml.writeEndElement();
      for (ChangeView change : latest) {
        entry(xml, change);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the change feed could not be written", e);
    }
    return text.toString();
  }

  private static void entry(XMLStreamWriter xml, ChangeView change) throws XMLStreamException {
    xml.writeStartElement(ATOM, "entry");
    element(xml, "id", ENTRY_ID_PREFIX + change.id());
    element(
        xml,
        "title",
        "%s %s %s (revision %d)"
            .formatted(change.operation(), change.entity(), change.slug(), change.revision()));
    element(xml, "updated", time(change.occurredAt()));
    xml.writeStartElement(ATOM, "author");
    element(xml, "name", xmlCharacters(change.actor()));
    xml.writeEndElement();
    // a removed entry is gone; its history stays
    String entry = COLLECTIONS.get(change.entity()) + change.slug();
    link(xml, "alternate", change.operation().equals("delete") ? entry + "/history" : entry);
    if (!change.moves().isEmpty()) {
      element(
          xml,
          "summary",
          change.moves().entrySet().stream()
              .map(
                  move ->
                      "%s: %s → %s"
                          .formatted(
                              move.getKey(),
                              Optional.ofNullable(move.getValue().from()).orElse("none"),
                              Optional.ofNullable(move.getValue().to()).orElse("none")))
              .collect(Collectors.joining("; ")));
    }
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(ATOM, name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
    xml.writeEmptyElement(ATOM, "link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }

  /** RFC 3339, as Atom's dates are, in UTC and always with seconds. */
  private static String time(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /**
   * The text with every character XML 1.0 cannot hold replaced: an actor is a token's subject,
   * which the writer would otherwise put in the feed as it is.
   */
  private static String xmlCharacters(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c ->
                kept.appendCodePoint(
                    c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000
                        ? c
                        : 0xFFFD));
    return kept.toString();
  }
}
