package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.problem.InvalidParameterException;
import dev.rustdist.catalog.problem.Problem;
import dev.rustdist.catalog.query.QueryParameters;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

@Path("/api/v1/changes/stream")
@Tag(name = "Changes")
public class ChangeStreamResource {

  public static final String OPERATION_ID = "streamChanges";
  static final String LAST_EVENT_ID = "Last-Event-ID";
  private static final String NO_STORE = "no-store";

  private final ChangeStream stream;

  ChangeStreamResource(ChangeStream stream) {
    this.stream = stream;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = NO_STORE)
  @Operation(
      operationId = OPERATION_ID,
      summary = "Follow the changes as they commit",
      description =
          """
          Server-sent events: an event `change` for each dataset revision that recorded changes, \
          in revision order, as it commits on any instance of the service. Its `id` is the \
          revision, its `data` one JSON object, a RevisionChanges: \
          `{"revision": 57, "occurredAt": "…", "changes": [Change, …]}`.

          The stream starts after the revision given by the `Last-Event-ID` header, which an \
          EventSource sends by itself when it reconnects, or else by `since` (0, every change, \
          by default); the header wins when both are given. A client that reconnects with the \
          last id it saw gets exactly the revisions after it: none lost, none twice. The stream \
          opens with a `retry:` field (how many milliseconds to wait before reconnecting) and \
          sends a comment line, `: heartbeat`, at a fixed interval, so that idle connections \
          stay open through proxies.""")
  @APIResponse(
      responseCode = "200",
      description =
          "The stream; it ends when the client closes it, or when the instance begins to shut"
              + " down: the client then connects again, with the last id it saw, to another"
              + " instance.",
      content =
          @Content(
              mediaType = MediaType.SERVER_SENT_EVENTS,
              schema = @Schema(type = SchemaType.STRING),
              example =
                  """
                  : changes after revision 56
                  retry:5000

                  id:57
                  event:change
                  data:{"revision":57,"occurredAt":"2026-03-02T10:15:30.12Z","changes":[…]}

                  : heartbeat

                  """))
  @APIResponse(
      responseCode = "503",
      description =
          "This instance already serves as many streams as it may (see above), or is shutting"
              + " down: try again after Retry-After seconds, or read the same changes from"
              + " /api/v1/changes meanwhile.",
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds to wait before trying again.",
              schema = @Schema(type = SchemaType.INTEGER)),
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Multi<OutboundSseEvent> stream(
      @Parameter(
              description =
                  "The id of the last event received, a revision: the stream goes on after it."
                      + " Wins over `since`.",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
          @HeaderParam(LAST_EVENT_ID)
          String lastEventId,
      @Parameter(
              description =
                  "The dataset revision already seen, e.g. the X-Dataset-Revision of a read; 0"
                      + " for every change.",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
          @QueryParam("since")
          String since,
      @Context Sse sse,
      @Context RoutingContext http) {
    long after =
        lastEventId == null || lastEventId.isBlank()
            ? QueryParameters.integer("since", since, 0, 0, Integer.MAX_VALUE)
            : revision(lastEventId);
    ChangeStream.Place place = stream.admit();
    http.addEndHandler(ended -> place.release());
    return stream.after(after, sse);
  }

  /** The headers a stream would open with, and no stream: a HEAD takes no subscriber's place. */
  @HEAD
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(hidden = true)
  public Response head() {
    return Response.ok()
        .type(MediaType.SERVER_SENT_EVENTS_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
        .build();
  }

  private static long revision(String lastEventId) {
    try {
      long revision = Long.parseLong(lastEventId.strip());
      if (revision >= 0) {
        return revision;
      }
    } catch (NumberFormatException notANumber) {
      // refused below, as a negative one is
    }
    throw InvalidParameterException.header(
        LAST_EVENT_ID,
        lastEventId,
        "must be the id of an event of this stream: a revision, from 0");
  }
}
