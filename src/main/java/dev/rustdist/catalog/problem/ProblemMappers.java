package dev.rustdist.catalog.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.rustdist.catalog.database.DatabaseFailures;
import dev.rustdist.catalog.http.JsonLimits;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem, so that no resource builds an error body. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final String READ_METHODS = "GET, HEAD, OPTIONS";
  // curators write to the crate and category collections and to their entries
  private static final Pattern WRITABLE_COLLECTION =
      Pattern.compile("/api/v1/(crates|categories)/?");
  // a check, and a batch of crates, are posted and nothing else
  private static final Pattern POSTED_TO = Pattern.compile("/api/v1/(checks|crate-batches)/?");
  private static final Pattern WRITABLE_ENTRY =
      Pattern.compile("/api/v1/(crates|categories)/[^/]+");

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    Response.ResponseBuilder response =
        problemBuilder(
            Problem.TYPE_PREFIX + e.type(),
            e.title(),
            e.status(),
            e.getMessage(),
            uri,
            e.invalidParameters());
    e.retryAfter()
        .ifPresent(
            wait -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
    return response.build();
  }

  @ServerExceptionMapper
  public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
    return unauthenticated(uri);
  }

  @ServerExceptionMapper
  public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
    return unauthenticated(uri);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return problem(
        "forbidden",
        "Forbidden",
        Response.Status.FORBIDDEN.getStatusCode(),
        "Writing to the catalog needs the curator role, which this credential does not carry.",
        uri,
        List.of());
  }

  /** A body that is not JSON, or not JSON of this resource's shape; told without Java names. */
  @ServerExceptionMapper
  public Response unreadableBody(MismatchedInputException e, UriInfo uri) {
    return unreadable(e, uri);
  }

  @ServerExceptionMapper
  public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
    return unreadable(e, uri);
  }

  @ServerExceptionMapper
  public Response unreadableBody(UnreadableBodyException e, UriInfo uri) {
    return unreadable(e.getCause(), uri);
  }

  private static Response unreadable(JsonProcessingException e, UriInfo uri) {
    String field =
        e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
            ? mapping.getPath().stream()
                .map(
                    ref ->
                        ref.getFieldName() != null
                            ? ref.getFieldName()
                            : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[")
            : "body";
    // a body of the right form but not of the resource's shape is told rule by rule where it is
    // read (BodyShape); what is left here is a body that could not be read as JSON at all
    String reason;
    if (e instanceof MismatchedInputException) {
      reason = "has the wrong type or shape";
    } else if (e instanceof StreamConstraintsException) {
      reason =
          "exceeds what a body may hold: at most "
              + JsonLimits.MAX_NESTING_DEPTH
              + " levels of nesting, numbers of "
              + JsonLimits.MAX_NUMBER_LENGTH
              + " digits and "
              + JsonLimits.MAX_TOKENS
              + " tokens";
    } else {
      reason = "is not well-formed JSON";
    }
    return problem(
        "invalid-body",
        "Invalid body",
        Response.Status.BAD_REQUEST.getStatusCode(),
        field + " " + reason + ".",
        uri,
        List.of(new Problem.InvalidParameter(field, "body", null, reason, List.of())));
  }

  private static String allowedMethods(String path) {
    if (POSTED_TO.matcher(path).matches()) {
      return "POST";
    }
    if (WRITABLE_COLLECTION.matcher(path).matches()) {
      return READ_METHODS + ", POST";
    }
    if (WRITABLE_ENTRY.matcher(path).matches()) {
      return READ_METHODS + ", PUT, PATCH, DELETE";
    }
    return READ_METHODS;
  }

  private static Response unauthenticated(UriInfo uri) {
    return problemBuilder(
            Problem.TYPE_PREFIX + "unauthorized",
            "Unauthorized",
            Response.Status.UNAUTHORIZED.getStatusCode(),
            "Writing to the catalog needs a bearer token signed by the organisation's key.",
            uri,
            List.of())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  /** Errors the HTTP layer raises itself: unknown paths, wrong methods, unacceptable media. */
  @ServerExceptionMapper
  public Response http(WebApplicationException e, UriInfo uri) {
    Response.StatusType status = e.getResponse().getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 404 -> "There is nothing at " + Problem.excerpt(uri.getPath()) + ".";
          case 405 -> "This resource does not support that method.";
          case 406 -> "This resource cannot answer in the media type asked for.";
          case 415 -> "This resource does not read that media type.";
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
      response.header(HttpHeaders.ALLOW, allowedMethods(uri.getPath()));
    }
    return response.build();
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    if (DatabaseFailures.unavailable(e)) {
      // once per request would flood the log in an outage, which the revision listener reports
      LOG.debugf("The database could not serve %s: %s", uri.getPath(), e.getMessage());
      return Response.status(Response.Status.SERVICE_UNAVAILABLE)
          .type(Problem.MEDIA_TYPE)
          .header(HttpHeaders.RETRY_AFTER, Unavailable.RETRY_AFTER_SECONDS)
          .entity(Unavailable.problem(Problem.excerpt(uri.getPath())))
          .build();
    }
    if (DatabaseFailures.breaksAUniqueConstraint(e)) {
      // writes check slugs and take positions under one lock, so this one raced past the checks
      // some other way: still a conflict the client can resolve, not a failure of the server
      LOG.warn("A write to " + uri.getPath() + " broke a unique constraint", e);
      return problem(
          "conflict",
          "Conflict",
          Response.Status.CONFLICT.getStatusCode(),
          "Another write took what this one would have taken, such as its slug. Read the entry"
              + " again and retry.",
          uri,
          List.of());
    }
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
    return problemBuilder(Problem.TYPE_PREFIX + type, title, status, detail, uri, parameters)
        .build();
  }

  private static Response.ResponseBuilder problemBuilder(
      String type,
      String title,
      int status,
      String detail,
      UriInfo uri,
      List<Problem.InvalidParameter> parameters) {
    Problem body =
        new Problem(
            URI.create(type), title, status, detail, Problem.excerpt(uri.getPath()), parameters);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
  }
}
