package dev.rustdist.catalog.replacement;

import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.crate.CrateService;
import dev.rustdist.catalog.crate.CrateView;
import dev.rustdist.catalog.i18n.RequestLanguage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path("/api/v1/crates/{slug}/replacements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crates")
public class ReplacementResource {

  private final CrateService crates;
  private final RequestLanguage language;

  ReplacementResource(CrateService crates, RequestLanguage language) {
    this.crates = crates;
    this.language = language;
  }

  @GET
  @Operation(
      operationId = "getCrateReplacements",
      summary = "Get what to prefer to a crate",
      description =
          "What the catalog prefers to a crate (crates of the catalog, platforms, other"
              + " ecosystems' systems), each with the reason, and whether the crate is deprecated"
              + " and until when. A deprecated crate's answers carry the Deprecation header field"
              + " (RFC 9745) and, with a sunset date, Sunset (RFC 8594).")
  public CrateReplacements replacements(
      @Parameter(description = "The crate's slug.", example = "raft-rs") @PathParam("slug")
          String slug) {
    CrateView crate = crates.view(slug, language.code());
    return new CrateReplacements(slug, crate.deprecated(), crate.sunset(), crate.replacements());
  }
}
