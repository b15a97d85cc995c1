package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustdist.catalog.crate.CrateDocument;
import dev.rustdist.catalog.i18n.RequestLanguage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Many crates added at once: an organisation's own list, all of it or nothing. */
@Path("/api/v1/crate-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crates")
public class CrateBatchResource {

  /** The most crates one batch adds; the body limit applies too. */
  public static final int MAX_CRATES = 100;

  private final CurationService curation;
  private final CrateKind kind;
  private final RequestLanguage language;

  CrateBatchResource(CurationService curation, CrateKind kind, RequestLanguage language) {
    this.curation = curation;
    this.kind = kind;
    this.language = language;
  }

  @POST
  @RolesAllowed(Curator.ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createCrates",
      summary = "Add many crates",
      description =
          "Adds 1 to "
              + MAX_CRATES
              + " crates in one transaction, each checked as POST /api/v1/crates checks one: all"
              + " of them are added, or, when any breaks a rule (listed in one 400, each under its"
              + " index: `[3].ring`) or has a slug that is taken (409), none. Replacements name"
              + " crates already in the catalog. The body limit applies to the whole batch.")
  @APIResponse(
      responseCode = "201",
      description = "All were added; each is at /api/v1/crates/{slug}.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CrateBatch.class)))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema =
                          @Schema(
                              type = SchemaType.ARRAY,
                              implementation = CrateInput.class,
                              minItems = 1,
                              maxItems = MAX_CRATES)))
          JsonNode body) {
    List<CrateDocument> added = curation.createAll(kind, body, MAX_CRATES, language.code());
    return Response.status(Response.Status.CREATED)
        .entity(new CrateBatch(added, added.size()))
        .build();
  }
}
