package dev.rustdist.catalog.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers with a problem from a Vert.x route, ahead of the REST layer: the same RFC 9457 body the
 * exception mappers write, for the refusals made before a request reaches a resource.
 */
@ApplicationScoped
public class RouteProblems {

  private final ObjectMapper json;

  RouteProblems(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Ends the exchange with the problem, then the connection: for a request whose body was not read,
   * after which the connection cannot carry another request.
   */
  public void sendAndClose(RoutingContext context, Problem problem) {
    context.response().putHeader(HttpHeaders.CONNECTION, "close");
    context.response().endHandler(ended -> context.request().connection().close());
    send(context, problem);
  }

  /** Ends the exchange with the problem; the caller adds any headers it needs first. */
  public void send(RoutingContext context, Problem problem) {
    HttpServerResponse response = context.response();
    if (response.headWritten()) {
      context.request().connection().close();
      return;
    }
    byte[] body;
    try {
      body = json.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem could not be written as JSON", e);
    }
    response
        .setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(io.vertx.core.buffer.Buffer.buffer(body));
  }
}
