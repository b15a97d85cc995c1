package dev.rustdist.catalog.caching;

import dev.rustdist.catalog.http.HttpDate;
import dev.rustdist.catalog.i18n.RequestLanguage;
import dev.rustdist.catalog.query.Slugs;
import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GETs. A response's strong ETag is derived from everything its bytes depend on: the
 * dataset revision, the service version and the read's key (path, query parameters, the language
 * and the content coding chosen). A client that holds the current tag (If-None-Match), or asks
 * whether the data changed since a date it saw (If-Modified-Since), gets a 304 without the catalog
 * being read.
 */
public class HttpCaching {

  static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  public static final String DATASET_REVISION = "X-Dataset-Revision";
  private static final Logger LOG = Logger.getLogger(HttpCaching.class);
  // a crate's or category's own resource: its tag starts with the entry's version
  private static final Pattern ENTRY =
      Pattern.compile("/api/v1/(crates|categories)/(" + Slugs.PATTERN + ")");

  private final CurrentRevision revisions;
  private final CurrentRead read;
  private final RequestLanguage language;
  private final String version;

  HttpCaching(
      CurrentRevision revisions,
      CurrentRead read,
      RequestLanguage language,
      @ConfigProperty(name = "quarkus.application.version") String version) {
    this.revisions = revisions;
    this.read = read;
    this.language = language;
    this.version = version;
  }

  /**
   * Answers 304 when the client's copy is of this instance's current revision. A crate's or
   * category's own resource is compared once it is read: its tag names the entry's version, read
   * with its data, so that a write sent back with the tag is refused over an edit it did not see.
   */
  @ServerRequestFilter(priority = Priorities.USER + 100)
  public Optional<Response> answerFromClientCache(ContainerRequestContext request) {
    Optional<ReadKey> key = read.key();
    if (key.isEmpty() || isEntry(request.getUriInfo().getPath())) {
      return Optional.empty();
    }
    CurrentRevision.Revision revision = revisions.get();
    boolean fresh =
        isFresh(
            request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
            request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
            "\"" + tag(key.get(), revision.number(), Optional.empty()).getValue() + "\"",
            lastModified(revision));
    return fresh ? Optional.of(Response.notModified().build()) : Optional.empty();
  }

  /**
   * Labels the answer with the revision its data was read at (this instance's current one when it
   * read nothing), and gives a successful read its validators.
   */
  @ServerResponseFilter
  public void describeFreshness(
      ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
    Optional<CurrentRevision.Revision> asOf = read.asOf();
    CurrentRevision.Revision revision =
        asOf.or(read::revision).orElseGet(() -> currentRevision(request, response));
    response.getHeaders().putSingle(DATASET_REVISION, Long.toString(revision.number()));
    read.written()
        .filter(written -> response.getStatus() == 200 || response.getStatus() == 201)
        .ifPresent(written -> tagWrittenEntry(request, response, http, written));
    Optional<ReadKey> key = read.key();
    if (key.isEmpty() || (response.getStatus() != 200 && response.getStatus() != 304)) {
      return;
    }
    Optional<Integer> entryVersion = read.entry().map(CurrentRead.ReadEntry::version);
    EntityTag tag =
        asOf.isPresent()
            ? pastTag(key.get(), revision.number())
            : tag(key.get(), revision.number(), entryVersion);
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    String lastModified = lastModified(revision);
    response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, lastModified);
    response
        .getHeaders()
        .putSingle(HttpHeaders.CACHE_CONTROL, asOf.isPresent() ? IMMUTABLE : CACHE_CONTROL);
    // a past revision, or an entry's version, is known only once the read found it: the tag is
    // compared here
    if ((asOf.isPresent() || entryVersion.isPresent())
        && response.getStatus() == 200
        && isFresh(
            request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
            asOf.isPresent() ? null : request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
            "\"" + tag.getValue() + "\"",
            asOf.isPresent() ? null : lastModified)) {
      response.setStatus(304);
      response.setEntity(null);
    }
  }

  /**
   * A write's answer is the entry as a read of it at the write's revision shows it, and is tagged
   * as that read is: the tag serves as If-None-Match on the next read and as If-Match on the next
   * write. The entry's path is the one written to, or the new entry's Location.
   */
  private void tagWrittenEntry(
      ContainerRequestContext request,
      ContainerResponseContext response,
      HttpServerRequest http,
      CurrentRead.WrittenEntry written) {
    ReadKey entryRead = ReadKey.of(http, language.code());
    String location = response.getHeaderString(HttpHeaders.LOCATION);
    if (location != null) {
      entryRead = entryRead.at(location);
    }
    response
        .getHeaders()
        .putSingle(
            HttpHeaders.ETAG, tag(entryRead, written.revision(), Optional.of(written.version())));
  }

  /**
   * The revision now. After a write this instance committed, it is read again before the answer
   * leaves, so that the writer's next read cannot meet an older snapshot; should that read fail,
   * the write stands and is answered as such, labelled with the revision known.
   */
  private CurrentRevision.Revision currentRevision(
      ContainerRequestContext request, ContainerResponseContext response) {
    boolean wrote =
        !request.getMethod().equals(HttpMethod.GET)
            && !request.getMethod().equals(HttpMethod.HEAD)
            && response.getStatus() < 300;
    if (wrote && BlockingOperationControl.isBlockingAllowed()) {
      try {
        return revisions.refresh();
      } catch (RuntimeException unreadable) {
        LOG.warnf("The revision after a write could not be read: %s", unreadable.getMessage());
      }
    }
    return revisions.get();
  }

  /** Whether the client's copy, as its conditional headers describe it, is still current. */
  static boolean isFresh(
      String ifNoneMatch, String ifModifiedSince, String tag, String lastModified) {
    if (ifNoneMatch != null) {
      return tag != null && matches(ifNoneMatch, tag);
    }
    return lastModified != null && notModifiedSince(ifModifiedSince, lastModified);
  }

  /**
   * The one form of every tag: {@code "r<revision>-<digest>"}, after {@code "v<version>-"} on a
   * crate's or category's own resource.
   */
  private EntityTag tag(ReadKey key, long revision, Optional<Integer> entryVersion) {
    String representation = String.join("\n", version, Long.toString(revision), key.text());
    String tag = "r" + revision + "-" + sha256(representation).substring(0, 24);
    return new EntityTag(entryVersion.map(entry -> "v" + entry + "-" + tag).orElse(tag));
  }

  /**
   * The tag of a read of a past revision: {@code "p<revision>-<digest>"}, the same for as long as
   * this version of the service answers it.
   */
  private EntityTag pastTag(ReadKey key, long revision) {
    String representation =
        String.join("\n", version, "as of", Long.toString(revision), key.text());
    return new EntityTag("p" + revision + "-" + sha256(representation).substring(0, 24));
  }

  private static String lastModified(CurrentRevision.Revision revision) {
    return HttpDate.of(revision.modifiedAt().atZoneSameInstant(ZoneOffset.UTC));
  }

  /** Whether a path is a crate's or a category's own resource, whose tag names its version. */
  private static boolean isEntry(String path) {
    return ENTRY.matcher(path).matches();
  }

  /** If-None-Match compares tags weakly: a W/ prefix does not matter (RFC 9110, 13.1.2). */
  private static boolean matches(String ifNoneMatch, String current) {
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .anyMatch(tag -> tag.equals("*") || tag.equals(current));
  }

  private static boolean notModifiedSince(String ifModifiedSince, String lastModified) {
    if (ifModifiedSince == null) {
      return false;
    }
    try {
      ZonedDateTime since =
          ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return !ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
          .isAfter(since);
    } catch (DateTimeParseException unreadable) {
      return false; // RFC 9110: an invalid date is ignored
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
