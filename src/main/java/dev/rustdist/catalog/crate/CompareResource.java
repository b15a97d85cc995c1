package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.i18n.RequestLanguage;
import dev.rustdist.catalog.query.QueryParameters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path("/api/v1/compare")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crates")
public class CompareResource {

  private final CrateService crates;
  private final RequestLanguage language;

  CompareResource(CrateService crates, RequestLanguage language) {
    this.crates = crates;
    this.language = language;
  }

  @GET
  @Operation(
      operationId = "compareCrates",
      summary = "Compare crates",
      description =
          "Two to ten crates side by side (maturity, ring, category, pros, cons, …), in the order"
              + " they were named.")
  public CrateComparison compare(
      @Parameter(
              description = "The crates' slugs, comma-separated or repeated.",
              required = true,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = String.class,
                      minItems = 2,
                      maxItems = CrateService.MAX_COMPARED))
          @QueryParam("crates")
          List<String> slugs) {
    return crates.compare(QueryParameters.slugs("crates", slugs), language.code());
  }
}
