package dev.rustdist.catalog.http;

import dev.rustdist.catalog.problem.Problem;
import dev.rustdist.catalog.problem.RouteProblems;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, with a problem, requests the HTTP server reads but the service will not: a request
 * target or header block over the service's limits, a body announced over the limit, and a request
 * target that is not a URI or whose percent-encoding does not decode. The server's own decoder is
 * set to far larger limits, and Quarkus' own check of the URI is turned off ({@code
 * vertx.disableURIValidation}, set where the service starts), since both answer without a body;
 * only what passes the decoder's limits is cut off by the decoder itself.
 */
@ApplicationScoped
public class RequestGuards {

  /** The longest request target (path and query) the service reads. */
  public static final int MAX_TARGET_LENGTH = 4096;

  /** The most bytes of header fields the service reads, names and values together. */
  public static final int MAX_HEADER_BYTES = 16 * 1024;

  // the server's own checks that refuse without a body: Quarkus' of the URI, Netty's of headers
  private static final List<String> SERVER_CHECKS_OFF =
      List.of("vertx.disableURIValidation", "vertx.disableHttpHeadersValidation");

  // the characters of a header name's token besides letters and digits (RFC 9110, 5.6.2)
  private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

  private final RouteProblems problems;
  private final long maxBodyBytes;

  RequestGuards(
      RouteProblems problems,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
    this.problems = problems;
    this.maxBodyBytes = maxBodySize.asLongValue();
  }

  /**
   * Turns off the server's checks that these guards make instead; to be called before the server
   * starts (the header check is read once, when Vert.x loads).
   */
  public static void replaceServerChecks() {
    SERVER_CHECKS_OFF.forEach(property -> System.setProperty(property, "true"));
  }

  void register(@Observes Router router) {
    router.route().order(RouteOrder.REQUEST_GUARDS).handler(this::check);
  }

  private void check(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (request.uri().length() > MAX_TARGET_LENGTH) {
      refuse(
          context,
          414,
          "URI Too Long",
          "The request target is "
              + request.uri().length()
              + " characters long; at most "
              + MAX_TARGET_LENGTH
              + " are read.");
      return;
    }
    long headerBytes = 0;
    for (Map.Entry<String, String> header : request.headers()) {
      headerBytes += header.getKey().length() + header.getValue().length() + 4;
    }
    if (headerBytes > MAX_HEADER_BYTES) {
      refuse(
          context,
          431,
          "Request Header Fields Too Large",
          "The header fields take "
              + headerBytes
              + " bytes; at most "
              + MAX_HEADER_BYTES
              + " are read.");
      return;
    }
    try {
      new URI(request.uri());
      request.params();
    } catch (URISyntaxException | IllegalArgumentException malformed) {
      refuse(
          context,
          400,
          "Bad Request",
          "The request target is not a valid URI: characters outside URIs must be"
              + " percent-encoded, and each % must start an escape of two hexadecimal digits (%25"
              + " for % itself).");
      return;
    }
    for (Map.Entry<String, String> header : request.headers()) {
      if (!isToken(header.getKey()) || holdsControlCharacter(header.getValue())) {
        refuseAndClose(
            context,
            400,
            "Bad Request",
            "Header '"
                + Problem.excerpt(header.getKey())
                + "' is malformed: a header's name is a token, and its value holds no control"
                + " characters but tabs.");
        return;
      }
    }
    if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
      // a body of unknown length could only be refused once too much of it is read
      refuseAndClose(
          context,
          411,
          "Length Required",
          "A body must state its length in Content-Length; chunked bodies are not read.");
      return;
    }
    if (announcedBodyBytes(request) > maxBodyBytes) {
      refuseAndClose(
          context,
          413,
          "Content Too Large",
          "The body is larger than the " + maxBodyBytes + " bytes the service reads.");
      return;
    }
    context.next();
  }

  private static long announcedBodyBytes(HttpServerRequest request) {
    try {
      String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
      return length == null ? 0 : Long.parseLong(length.strip());
    } catch (NumberFormatException unreadable) {
      return 0; // the HTTP decoder refuses it
    }
  }

  private void refuse(RoutingContext context, int status, String title, String detail) {
    problems.send(context, problem(context, status, title, detail));
  }

  /** Refuses a request whose body is not read, or whose framing cannot be trusted. */
  private void refuseAndClose(RoutingContext context, int status, String title, String detail) {
    problems.sendAndClose(context, problem(context, status, title, detail));
  }

  private static Problem problem(RoutingContext context, int status, String title, String detail) {
    return new Problem(
        URI.create("about:blank"),
        title,
        status,
        detail,
        Problem.excerpt(context.request().path()),
        List.of());
  }

  /**
   * A token, read character by character rather than with a pattern: every header of every request
   * is read, and a pattern's matcher is an allocation each time.
   */
  private static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letterOrDigit =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && TOKEN_SYMBOLS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether a header value holds a control character other than a tab, which none may. */
  private static boolean holdsControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        return true;
      }
    }
    return false;
  }
}
