package dev.rustdist.catalog.history;

import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.caching.WholeCatalog;
import dev.rustdist.catalog.curation.Editions;
import dev.rustdist.catalog.i18n.RequestLanguage;
import dev.rustdist.catalog.problem.InvalidParameterException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path("/api/v1/diff")
@Tag(name = "Changes")
public class DiffResource {

  private static final MediaType MARKDOWN = new MediaType("text", "markdown", "UTF-8");
  private static final List<Variant> VARIANTS =
      Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MARKDOWN).build();

  private final CatalogDiffs diffs;
  private final Revisions revisions;
  private final RequestLanguage language;

  DiffResource(CatalogDiffs diffs, Revisions revisions, RequestLanguage language) {
    this.diffs = diffs;
    this.revisions = revisions;
    this.language = language;
  }

  @WholeCatalog
  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/markdown"})
  @Operation(
      operationId = "diffCatalog",
      summary = "Compare the catalog at two revisions",
      description =
          "The crates added and removed between two revisions, those that moved between rings or"
              + " changed maturity, and the fields of crates and categories whose texts changed,"
              + " in any language. With `Accept: text/markdown`, a short summary for release"
              + " notes of a radar edition. A diff whose `to` is given never changes: it is"
              + " cached for a year (`immutable`).")
  @APIResponse(
      responseCode = "200",
      description = "The diff.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CatalogDiff.class)),
        @Content(
            mediaType = "text/markdown",
            schema = @Schema(type = SchemaType.STRING),
            example =
                "# Changes from 2026-Q3 (revision 40) to 2026-Q4 (revision 57)\n\n"
                    + "## Moved\n\n- **raft-rs**: Trial → Hold\n")
      })
  public Response diff(
      @Parameter(
              description = "The earlier revision: " + Revisions.FORMS + ".",
              required = true,
              schema = @Schema(type = SchemaType.STRING, maxLength = 40, examples = "2026-Q3"))
          @QueryParam("from")
          String from,
      @Parameter(
              description =
                  "The later revision: " + Revisions.FORMS + ". The current one when absent.",
              schema = @Schema(type = SchemaType.STRING, maxLength = 40, examples = "2026-Q4"))
          @QueryParam("to")
          String to,
      @Context Request request) {
    PastRevision earlier =
        revisions
            .named("from", from)
            .orElseThrow(
                () -> new InvalidParameterException("from", "", "is required: " + Revisions.FORMS));
    PastRevision later = revisions.named("to", to).orElseGet(revisions::current);
    if (earlier.number() > later.number()) {
      throw new InvalidParameterException(
          "from", from, "must name a revision no later than `to`'s (" + later.number() + ")");
    }
    if (to != null && !to.isBlank()) {
      revisions.pin(later);
    }
    CatalogDiff diff = diffs.between(point(earlier, from), point(later, to), language.code());
    Variant chosen = request.selectVariant(VARIANTS);
    return chosen != null && chosen.getMediaType().equals(MARKDOWN)
        ? Response.ok(DiffSummary.markdown(diff, language.code()), MARKDOWN).build()
        : Response.ok(diff, MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static CatalogDiff.Point point(PastRevision revision, String named) {
    String edition =
        named != null && Editions.NAME.matcher(named.strip()).matches() ? named.strip() : null;
    return new CatalogDiff.Point(revision.number(), revision.reachedAt(), edition);
  }
}
