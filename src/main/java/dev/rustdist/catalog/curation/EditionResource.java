package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustdist.catalog.caching.ReadsOneRevision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(EditionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class EditionResource {

  static final String PATH = "/api/v1/editions";

  private final Editions editions;

  EditionResource(Editions editions) {
    this.editions = editions;
  }

  @GET
  @ReadsOneRevision
  @Operation(
      operationId = "listEditions",
      summary = "List the editions",
      description =
          "The revisions curators named, oldest first. `asOf`, `from`, `to` and `since` take"
              + " their names.")
  public List<EditionView> list() {
    return editions.all();
  }

  @GET
  @ReadsOneRevision
  @Path("/{name}")
  @Operation(operationId = "getEdition", summary = "Get an edition")
  public EditionView get(
      @Parameter(description = "The edition's name.", example = "2026-Q4") @PathParam("name")
          String name) {
    return editions.get(name);
  }

  @POST
  @RolesAllowed(Curator.ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createEdition",
      summary = "Name a revision",
      description =
          "Names a revision the catalog kept, the current one by default, e.g. as the radar's"
              + " quarterly edition. A name is given once and names that revision for good: a"
              + " name taken is a 409. Naming makes a revision of its own: the tech-radar exports"
              + " of later revisions compare each crate with the latest edition before them.")
  @APIResponse(
      responseCode = "201",
      description = "Named; Location names the edition.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EditionView.class)))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = EditionInput.class)))
          JsonNode body) {
    EditionView named = editions.name(body);
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, PATH + "/" + named.name())
        .entity(named)
        .build();
  }
}
