package dev.rustdist.catalog.caching;

import dev.rustdist.catalog.http.RouteOrder;
import dev.rustdist.catalog.http.RouteTemplate;
import dev.rustdist.catalog.i18n.Languages;
import dev.rustdist.catalog.problem.ProblemException;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Answers a read the service has answered before, in this revision, straight from its snapshot on
 * the I/O thread, ahead of the REST layer; everything else goes on to the REST layer, which leaves
 * its answers behind as snapshots.
 */
@ApplicationScoped
public class SnapshotRoute {

  private final ResponseSnapshots snapshots;
  private final CurrentRevision revisions;
  private final Languages languages;

  SnapshotRoute(ResponseSnapshots snapshots, CurrentRevision revisions, Languages languages) {
    this.snapshots = snapshots;
    this.revisions = revisions;
    this.languages = languages;
  }

  void register(@Observes Router router) {
    router.route("/api/v1/*").order(RouteOrder.SNAPSHOTS).handler(this::answer);
  }

  private void answer(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
      context.next();
      return;
    }
    String lang;
    try {
      lang =
          languages.resolve(
              request.getParam("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    } catch (ProblemException refused) {
      context.next(); // the REST layer answers with the problem
      return;
    }
    Optional<ResponseSnapshots.Snapshot> found =
        snapshots.find(revisions.get().number(), ReadKey.of(request, lang));
    if (found.isEmpty()) {
      snapshots.countMiss();
      context.next();
      return;
    }
    ResponseSnapshots.Snapshot snapshot = found.get();
    if (!accepts(request.getHeader(HttpHeaders.ACCEPT), snapshot)) {
      snapshots.countMiss();
      context.next(); // the REST layer negotiates, and refuses, the media type
      return;
    }
    snapshot.route().ifPresent(template -> RouteTemplate.set(request, template));
    HttpServerResponse response = context.response();
    snapshot.headers().forEach(response::putHeader);
    boolean fresh =
        HttpCaching.isFresh(
            request.getHeader(HttpHeaders.IF_NONE_MATCH),
            request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
            snapshot.headers().get(jakarta.ws.rs.core.HttpHeaders.ETAG),
            snapshot.headers().get(jakarta.ws.rs.core.HttpHeaders.LAST_MODIFIED));
    if (fresh) {
      snapshots.countHit(0);
      response.headers().remove(HttpHeaders.CONTENT_TYPE);
      response.setStatusCode(304).end();
    } else if (request.method() == HttpMethod.HEAD) {
      snapshots.countHit(0);
      response
          .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(snapshot.body().length))
          .end();
    } else {
      snapshots.countHit(snapshot.body().length);
      // wrapped, not copied: a snapshot's bytes are never written to, and a copy per hit was
      // most of what the hot path allocated
      response.end(Buffer.buffer(Unpooled.wrappedBuffer(snapshot.body())));
    }
  }

  /**
   * Whether an Accept header plainly admits the snapshot's media type (parameters and q aside);
   * anything else, malformed headers included, is left to the REST layer to negotiate.
   */
  private static boolean accepts(String accept, ResponseSnapshots.Snapshot snapshot) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    String type = mediaType(snapshot.headers().get(jakarta.ws.rs.core.HttpHeaders.CONTENT_TYPE));
    String family = type.substring(0, type.indexOf('/') + 1) + "*";
    for (String range : accept.split(",")) {
      String mediaRange = mediaType(range);
      if (mediaRange.equals("*/*")
          || mediaRange.equalsIgnoreCase(type)
          || mediaRange.equals(family)) {
        return true;
      }
    }
    return false;
  }

  /** The type/subtype of a media type or range, without its parameters. */
  private static String mediaType(String value) {
    int parameters = value.indexOf(';');
    return (parameters < 0 ? value : value.substring(0, parameters)).strip();
  }
}
