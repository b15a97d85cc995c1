package dev.rustdist.catalog.category;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.caching.WholeCatalog;
import dev.rustdist.catalog.curation.CategoryInput;
import dev.rustdist.catalog.curation.CategoryKind;
import dev.rustdist.catalog.curation.ChangeView;
import dev.rustdist.catalog.curation.Curated;
import dev.rustdist.catalog.curation.CurationService;
import dev.rustdist.catalog.curation.Curator;
import dev.rustdist.catalog.history.AsOfParam;
import dev.rustdist.catalog.history.Revisions;
import dev.rustdist.catalog.i18n.RequestLanguage;
import dev.rustdist.catalog.paging.Page;
import dev.rustdist.catalog.paging.PageParams;
import dev.rustdist.catalog.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path(CategoryResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
public class CategoryResource {

  static final String PATH = "/api/v1/categories";

  private final CategoryService categories;
  private final CurationService curation;
  private final CategoryKind kind;
  private final RequestLanguage language;
  private final Revisions revisions;

  CategoryResource(
      CategoryService categories,
      CurationService curation,
      CategoryKind kind,
      RequestLanguage language,
      Revisions revisions) {
    this.categories = categories;
    this.curation = curation;
    this.kind = kind;
    this.language = language;
    this.revisions = revisions;
  }

  @WholeCatalog
  @GET
  @Operation(
      operationId = "listCategories",
      summary = "List categories",
      description = "The categories of the catalog in the document's order, each with its crates.")
  public Page<CategoryView> list(@BeanParam PageParams page, @BeanParam AsOfParam asOf) {
    return PageRequest.of(page)
        .slice(
            revisions
                .asOf(asOf.asOf)
                .map(past -> categories.allAsOf(past, language.code()))
                .orElseGet(() -> categories.all(language.code())));
  }

  @WholeCatalog
  @GET
  @Path("/{slug}")
  @Operation(
      operationId = "getCategory",
      summary = "Get a category",
      description = "One category with its description, evaluation and crates.")
  public CategoryView get(
      @Parameter(description = "The category's slug.", example = "rpc") @PathParam("slug")
          String slug,
      @BeanParam AsOfParam asOf) {
    return revisions
        .asOf(asOf.asOf)
        .map(past -> categories.getAsOf(past, slug, language.code()))
        .orElseGet(() -> categories.get(slug, language.code()));
  }

  @GET
  @Path("/{slug}/history")
  @Operation(
      operationId = "getCategoryHistory",
      summary = "Get a category's history",
      description = "Every write to the category, oldest first.")
  public Page<ChangeView> history(
      @Parameter(description = "The category's slug.", example = "rpc") @PathParam("slug")
          String slug,
      @BeanParam PageParams page) {
    return curation.history(kind, slug, PageRequest.of(page));
  }

  @POST
  @RolesAllowed(Curator.ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createCategory", summary = "Add a category")
  @APIResponse(responseCode = "201", description = "Added; Location names it and ETag its version.")
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = CategoryInput.class)))
          JsonNode body) {
    return Curated.created(PATH, curation.create(kind, body, language.code()));
  }

  @PUT
  @Path("/{slug}")
  @RolesAllowed(Curator.ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "replaceCategory",
      summary = "Replace a category",
      description = "Writes the whole category. If-Match must carry the ETag it was read with.")
  public Response replace(
      @PathParam("slug") String slug,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = CategoryInput.class)))
          JsonNode body) {
    return Curated.ok(curation.replace(kind, slug, ifMatch, body, language.code()));
  }

  @PATCH
  @Path("/{slug}")
  @RolesAllowed(Curator.ROLE)
  @Consumes(Curator.MERGE_PATCH)
  @Operation(
      operationId = "patchCategory",
      summary = "Change part of a category",
      description =
          "Applies a JSON Merge Patch (RFC 7396) to the category as CategoryInput writes it."
              + " If-Match must carry the ETag it was read with.")
  public Response patch(
      @PathParam("slug") String slug,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = Curator.MERGE_PATCH,
                      schema = @Schema(type = SchemaType.OBJECT),
                      example = "{\"texts\": {\"en\": {\"note\": null}}}"))
          JsonNode patch) {
    return Curated.ok(curation.patch(kind, slug, ifMatch, patch, language.code()));
  }

  @DELETE
  @Path("/{slug}")
  @RolesAllowed(Curator.ROLE)
  @Operation(
      operationId = "deleteCategory",
      summary = "Remove a category",
      description =
          "Removes an empty category; one that still holds crates is a 409. If-Match must carry"
              + " the ETag it was read with.")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response delete(
      @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    curation.delete(kind, slug, ifMatch);
    return Response.noContent().build();
  }
}
