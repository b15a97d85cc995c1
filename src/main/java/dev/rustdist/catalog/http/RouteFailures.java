package dev.rustdist.catalog.http;

import dev.rustdist.catalog.database.DatabaseFailures;
import dev.rustdist.catalog.problem.Problem;
import dev.rustdist.catalog.problem.RouteProblems;
import dev.rustdist.catalog.problem.Unavailable;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Answers every failure outside the REST layer with a problem, as the exception mappers do inside
 * it: the HTTP layer's refusals (a body over the limit, a path that does not decode), failures of
 * the routes ahead of the REST layer, and those of the other endpoints (health, OpenAPI). No stack
 * trace leaves the server; a failure of the service itself is logged.
 */
@ApplicationScoped
public class RouteFailures {

  private static final Logger LOG = Logger.getLogger(RouteFailures.class);

  private final RouteProblems problems;

  RouteFailures(RouteProblems problems) {
    this.problems = problems;
  }

  void register(@Observes Router router) {
    router.route().order(RouteOrder.REQUEST_GUARDS).failureHandler(this::answer);
  }

  private void answer(RoutingContext context) {
    Throwable failure = context.failure();
    String path = Problem.excerpt(context.request().path());
    if (failure != null && DatabaseFailures.unavailable(failure)) {
      context.response().putHeader(HttpHeaders.RETRY_AFTER, Unavailable.RETRY_AFTER_SECONDS);
      problems.send(context, Unavailable.problem(path));
      return;
    }
    int status = context.statusCode() < 400 ? 500 : context.statusCode();
    if (status >= 500) {
      LOG.errorf(failure, "Failure serving %s %s", context.request().method(), path);
    }
    problems.send(
        context,
        new Problem(
            URI.create("about:blank"),
            HttpResponseStatus.valueOf(status).reasonPhrase(),
            status,
            detail(status),
            path,
            List.of()));
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 -> "The request could not be read.";
      case 404 -> "There is nothing at this path.";
      case 405 -> "This resource does not support that method.";
      case 413 -> "The body is larger than the service reads (see the contract's limits).";
      case 500 -> "The server could not answer this request; the failure has been logged.";
      default -> HttpResponseStatus.valueOf(status).reasonPhrase() + ".";
    };
  }
}
