package dev.rustdist.catalog.crate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.curation.ChangeView;
import dev.rustdist.catalog.curation.CrateInput;
import dev.rustdist.catalog.curation.CrateKind;
import dev.rustdist.catalog.curation.Curated;
import dev.rustdist.catalog.curation.CurationService;
import dev.rustdist.catalog.curation.Curator;
import dev.rustdist.catalog.history.AsOfParam;
import dev.rustdist.catalog.history.PastRevision;
import dev.rustdist.catalog.history.Revisions;
import dev.rustdist.catalog.i18n.RequestLanguage;
import dev.rustdist.catalog.paging.Page;
import dev.rustdist.catalog.paging.PageParams;
import dev.rustdist.catalog.paging.PageRequest;
import dev.rustdist.catalog.problem.InvalidParameterException;
import dev.rustdist.catalog.query.QueryParameters;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path(CrateResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crates")
public class CrateResource {

  static final String PATH = "/api/v1/crates";

  private final CrateService crates;
  private final CurationService curation;
  private final CrateKind kind;
  private final RequestLanguage language;
  private final Revisions revisions;

  CrateResource(
      CrateService crates,
      CurationService curation,
      CrateKind kind,
      RequestLanguage language,
      Revisions revisions) {
    this.crates = crates;
    this.curation = curation;
    this.kind = kind;
    this.language = language;
    this.revisions = revisions;
  }

  @GET
  @Operation(
      operationId = "listCrates",
      summary = "List crates",
      description =
          "The crates of the catalog, filtered by maturity, ring, category and text, in pages."
              + " Filters on different parameters combine with AND; the values of one parameter"
              + " with OR.")
  public CratePage list(
      @BeanParam CrateFilterParams filter,
      @BeanParam PageParams page,
      @Parameter(
              description =
                  "The `next` token of the page before: the page after it, in the document's"
                      + " order. Unlike `offset`, it costs the same at any depth and does not"
                      + " shift when crates are added or removed. Not with `sort`, `q` or"
                      + " `offset`.")
          @QueryParam("after")
          String after,
      @Parameter(
              description =
                  "With `true`, the page also carries facet counts: for each of maturity, ring and"
                      + " category, how many crates each value would match with the other filters"
                      + " kept.",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("facets")
          String facets,
      @Parameter(
              description =
                  "Only these crates, by slug, in the order named: repeated or comma-separated."
                      + " Slugs the catalog does not know are listed in `unknown` rather than"
                      + " refused. Not with other filters, `sort`, `after`, `offset`, `limit` or"
                      + " `facets`.",
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = String.class,
                      maxItems = QueryParameters.MAX_VALUES))
          @QueryParam("slug")
          List<String> slug,
      @BeanParam CrateFieldsParam fields,
      @BeanParam AsOfParam asOf) {
    Optional<PastRevision> past = revisions.asOf(asOf.asOf);
    if (past.isPresent()) {
      refuseBeside(
          "asOf",
          asOf.asOf,
          "reads the catalog as it was, in the document's order: it takes no q, sort, after,"
              + " facets or slug",
          filter.q,
          filter.sort,
          after,
          facets,
          slug);
      return crates.listAsOf(
          past.get(),
          CrateQuery.of(filter),
          PageRequest.of(page),
          fields.chosen(),
          language.code());
    }
    if (slug != null && !slug.isEmpty()) {
      refuseBeside(
          "slug",
          String.join(",", slug),
          "names the crates to list: it takes no other filter, order or page (maturity,"
              + " minMaturity, ring, category, q, sort, after, offset, limit, facets)",
          filter.maturity,
          filter.minMaturity,
          filter.ring,
          filter.category,
          filter.q,
          filter.sort,
          page.limit,
          page.offset,
          after,
          facets);
      return crates.named(QueryParameters.slugs("slug", slug), fields.chosen(), language.code());
    }
    return crates.list(
        CrateQuery.of(filter),
        PageRequest.of(page),
        after,
        QueryParameters.bool("facets", facets),
        fields.chosen(),
        language.code());
  }

  /** A parameter that takes none of the others, refused when any of them was given. */
  private static void refuseBeside(String name, String value, String reason, Object... others) {
    if (Stream.of(others).anyMatch(CrateResource::given)) {
      throw new InvalidParameterException(name, value, reason);
    }
  }

  /** Whether a parameter was given: a value, or a list of any. */
  private static boolean given(Object parameter) {
    return parameter instanceof Collection<?> values ? !values.isEmpty() : parameter != null;
  }

  @GET
  @Path("/{slug}")
  @Operation(
      operationId = "getCrate",
      summary = "Get a crate",
      description =
          "One crate's full record: category, maturity, ring, positioning, description, pros,"
              + " cons, links and its counterparts in other ecosystems.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = CrateView.class)))
  public CrateDocument get(
      @Parameter(description = "The crate's slug.", example = "tokio") @PathParam("slug")
          String slug,
      @BeanParam CrateFieldsParam fields,
      @BeanParam AsOfParam asOf) {
    return revisions
        .asOf(asOf.asOf)
        .map(past -> crates.getAsOf(past, slug, fields.chosen(), language.code()))
        .orElseGet(() -> crates.get(slug, fields.chosen(), language.code()));
  }

  @GET
  @Path("/{slug}/alternatives")
  @Operation(
      operationId = "getCrateAlternatives",
      summary = "Get a crate's alternatives",
      description =
          "What could be used instead of a crate: the other crates of its category, and the"
              + " equivalents in other ecosystems that the document names.")
  public CrateAlternatives alternatives(
      @Parameter(description = "The crate's slug.", example = "raft-rs") @PathParam("slug")
          String slug) {
    return crates.alternatives(slug);
  }

  @GET
  @Path("/{slug}/history")
  @Operation(
      operationId = "getCrateHistory",
      summary = "Get a crate's history",
      description =
          "Every write to the crate, oldest first, with its maturity and ring moves: the tech"
              + " radar's moved in and moved out.")
  public Page<ChangeView> history(
      @Parameter(description = "The crate's slug.", example = "lunatic") @PathParam("slug")
          String slug,
      @BeanParam PageParams page) {
    return curation.history(kind, slug, PageRequest.of(page));
  }

  @POST
  @RolesAllowed(Curator.ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createCrate", summary = "Add a crate")
  @APIResponse(responseCode = "201", description = "Added; Location names it and ETag its version.")
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = CrateInput.class)))
          JsonNode body) {
    return Curated.created(PATH, curation.create(kind, body, language.code()));
  }

  @PUT
  @Path("/{slug}")
  @RolesAllowed(Curator.ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "replaceCrate",
      summary = "Replace a crate",
      description = "Writes the whole crate. If-Match must carry the ETag it was read with.")
  public Response replace(
      @PathParam("slug") String slug,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = CrateInput.class)))
          JsonNode body) {
    return Curated.ok(curation.replace(kind, slug, ifMatch, body, language.code()));
  }

  @PATCH
  @Path("/{slug}")
  @RolesAllowed(Curator.ROLE)
  @Consumes(Curator.MERGE_PATCH)
  @Operation(
      operationId = "patchCrate",
      summary = "Change part of a crate",
      description =
          "Applies a JSON Merge Patch (RFC 7396) to the crate as CrateInput writes it. If-Match"
              + " must carry the ETag it was read with.")
  public Response patch(
      @PathParam("slug") String slug,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = Curator.MERGE_PATCH,
                      schema = @Schema(type = SchemaType.OBJECT),
                      example = "{\"maturity\": \"mature\", \"ring\": \"trial\"}"))
          JsonNode patch) {
    return Curated.ok(curation.patch(kind, slug, ifMatch, patch, language.code()));
  }

  @DELETE
  @Path("/{slug}")
  @RolesAllowed(Curator.ROLE)
  @Operation(
      operationId = "deleteCrate",
      summary = "Remove a crate",
      description = "If-Match must carry the ETag it was read with.")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response delete(
      @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    curation.delete(kind, slug, ifMatch);
    return Response.noContent().build();
  }
}
