package dev.rustdist.catalog.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem, so that no resource builds an error body. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final String TYPE_PREFIX = "urn:rust-dist-catalog:problem:";
  private static final String READ_METHODS = "GET, HEAD, OPTIONS";

  @ServerExceptionMapper
  public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
    return problem(
        "invalid-parameter",
        "Invalid parameter",
        Response.Status.BAD_REQUEST.getStatusCode(),
        e.getMessage(),
        uri,
        List.of(e.parameter()));
  }

  @ServerExceptionMapper
  public Response notFound(ResourceNotFoundException e, UriInfo uri) {
    return problem(
        "not-found",
        "Not found",
        Response.Status.NOT_FOUND.getStatusCode(),
        e.getMessage(),
        uri,
        List.of());
  }

  /** Errors the HTTP layer raises itself: unknown paths, wrong methods, unacceptable media. */
  @ServerExceptionMapper
  public Response http(WebApplicationException e, UriInfo uri) {
    Response.StatusType status = e.getResponse().getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 404 -> "There is nothing at " + uri.getPath() + ".";
          case 405 -> "This resource does not support that method; the catalog is read-only.";
          case 406 -> "This resource answers with application/json only.";
          default -> status.getReasonPhrase();
        };
    Response.ResponseBuilder response =
        problemBuilder(
            "about:blank",
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail,
            uri,
            List.of());
    if (status.getStatusCode() == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()) {
      response.header(HttpHeaders.ALLOW, READ_METHODS);
    }
    return response.build();
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    LOG.error("Unexpected failure serving " + uri.getPath(), e);
    return problem(
        "internal-error",
        "Internal error",
        Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(),
        "The server could not answer this request; the failure has been logged.",
        uri,
        List.of());
  }

  private static Response problem(
      String type,
      String title,
      int status,
      String detail,
      UriInfo uri,
      List<Problem.InvalidParameter> parameters) {
    return problemBuilder(TYPE_PREFIX + type, title, status, detail, uri, parameters).build();
  }

  private static Response.ResponseBuilder problemBuilder(
      String type,
      String title,
      int status,
      String detail,
      UriInfo uri,
      List<Problem.InvalidParameter> parameters) {
    Problem body = new Problem(URI.create(type), title, status, detail, uri.getPath(), parameters);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
  }
}
