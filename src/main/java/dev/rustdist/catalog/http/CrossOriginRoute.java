package dev.rustdist.catalog.http;

import dev.rustdist.catalog.problem.Problem;
import dev.rustdist.catalog.problem.RouteProblems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access to the API from browsers (CORS). Reads are public: any page may make them and
 * read the headers that describe the answer, so every read says so whatever its origin, and shared
 * caches can keep one copy for all. Writes are accepted only from the configured origins. Quarkus'
 * own CORS filter holds one policy for every method and path, so it cannot say both.
 */
@ApplicationScoped
public class CrossOriginRoute {

  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final String READ_METHODS = "GET, HEAD";
  private static final String WRITE_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
  private static final String READ_HEADERS =
      "Accept, Accept-Language, If-None-Match, If-Modified-Since";
  private static final String WRITE_HEADERS =
      READ_HEADERS + ", Authorization, Content-Type, If-Match";
  private static final String EXPOSED_HEADERS =
      "ETag, Link, Location, X-Dataset-Revision, Content-Language, RateLimit, RateLimit-Policy,"
          + " Retry-After, Deprecation, Sunset";
  // a browser may keep a preflight's answer for an hour: the policy changes only on a restart
  private static final String PREFLIGHT_MAX_AGE = "3600";

  private final Set<String> writeOrigins;
  private final RouteProblems problems;

  CrossOriginRoute(CrossOriginConfig config, RouteProblems problems) {
    this.writeOrigins = Set.copyOf(config.writeOrigins().orElse(List.of()));
    this.problems = problems;
  }

  void register(@Observes Router router) {
    router.route("/api/*").order(RouteOrder.CROSS_ORIGIN).handler(this::answer);
  }

  private void answer(RoutingContext context) {
    HttpServerRequest request = context.request();
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    String preflightFor =
        request.method() == HttpMethod.OPTIONS && origin != null
            ? request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)
            : null;
    String method = preflightFor != null ? preflightFor : request.method().name();
    boolean read = READS.contains(method);
    boolean writeAllowed = origin != null && writeOrigins.contains(origin);
    HttpServerResponse response = context.response();
    if (read) {
      allow(response, "*");
    } else if (writeAllowed) {
      // write responses are never stored by caches, so the echoed origin needs no Vary
      allow(response, origin);
    }
    if (preflightFor == null) {
      // A write from another origin goes on unmarked, and its page cannot read the answer. It
      // cannot authenticate either: a bearer token is not sent across origins without a preflight.
      context.next();
    } else if (read || writeAllowed) {
      response
          .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, read ? READ_METHODS : WRITE_METHODS)
          .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, read ? READ_HEADERS : WRITE_HEADERS)
          .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE)
          .setStatusCode(204)
          .end();
    } else {
      problems.send(context, refusedWrite(origin, request.path()));
    }
  }

  private static void allow(HttpServerResponse response, String origin) {
    response
        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
        .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
  }

  private static Problem refusedWrite(String origin, String path) {
    return Problem.of(
        "cross-origin-write-refused",
        "Cross-origin write refused",
        403,
        "Browsers may write to the catalog only from the origins the service is configured with;"
            + " "
            + origin
            + " is not one of them.",
        path,
        List.of());
  }
}
