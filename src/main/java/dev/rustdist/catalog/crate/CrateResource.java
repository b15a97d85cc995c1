package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.i18n.RequestLanguage;
import dev.rustdist.catalog.paging.PageParams;
import dev.rustdist.catalog.paging.PageRequest;
import dev.rustdist.catalog.query.QueryParameters;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/crates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crates")
public class CrateResource {

  private final CrateService crates;
  private final RequestLanguage language;

  CrateResource(CrateService crates, RequestLanguage language) {
    this.crates = crates;
    this.language = language;
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
                  "With `true`, the page also carries facet counts: for each of maturity, ring and"
                      + " category, how many crates each value would match with the other filters"
                      + " kept.",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("facets")
          String facets) {
    return crates.list(
        CrateQuery.of(filter),
        PageRequest.of(page),
        QueryParameters.bool("facets", facets),
        language.code());
  }

  @GET
  @Path("/{slug}")
  @Operation(
      operationId = "getCrate",
      summary = "Get a crate",
      description =
          "One crate's full record: category, maturity, ring, positioning, description, pros,"
              + " cons, links and its counterparts in other ecosystems.")
  public CrateView get(
      @Parameter(description = "The crate's slug.", example = "tokio") @PathParam("slug")
          String slug) {
    return crates.get(slug, language.code());
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
}
