package dev.rustdist.catalog.export;

import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.caching.WholeCatalog;
import dev.rustdist.catalog.crate.CrateFilterParams;
import dev.rustdist.catalog.crate.CrateQuery;
import dev.rustdist.catalog.curation.DatasetDocument;
import dev.rustdist.catalog.curation.Datasets;
import dev.rustdist.catalog.history.AsOfParam;
import dev.rustdist.catalog.history.Revisions;
import dev.rustdist.catalog.i18n.RequestLanguage;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path("/api/v1/exports")
@Tag(name = "Exports")
public class ExportResource {

  private final ExportService exports;
  private final RequestLanguage language;
  private final Revisions revisions;
  private final Datasets datasets;

  ExportResource(
      ExportService exports, RequestLanguage language, Revisions revisions, Datasets datasets) {
    this.exports = exports;
    this.language = language;
    this.revisions = revisions;
    this.datasets = datasets;
  }

  @WholeCatalog
  @GET
  @Path("/dataset")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "exportDataset",
      summary = "Export the whole catalog as one document",
      description =
          """
          Every category and crate as curators write them, in every language and in the catalog's \
          order, at the current revision or at `asOf`: the document `PUT /api/v1/dataset` loads \
          back. Its bytes are canonical (UTF-8 JSON, every object's keys in order, no space \
          between tokens), so the same data always has the same SHA-256, which `Repr-Digest` \
          (RFC 9530) carries and `GET /api/v1/dataset` lists.""")
  @APIResponse(
      responseCode = "200",
      description = "The document.",
      headers =
          @Header(
              name = "Repr-Digest",
              description = "The SHA-256 of the document's bytes, before any content coding.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DatasetDocument.class)))
  public Response dataset(@BeanParam AsOfParam asOf) {
    byte[] document = datasets.export(revisions.asOf(asOf.asOf).orElseGet(revisions::current));
    return Response.ok(document, MediaType.APPLICATION_JSON_TYPE)
        .header("Repr-Digest", Datasets.digest(document))
        .build();
  }

  @WholeCatalog
  @GET
  @Path("/{format}")
  @Produces({"application/json", "text/csv", "text/markdown", "text/vnd.mermaid"})
  @Operation(
      operationId = "exportCatalog",
      summary = "Export the catalog",
      description =
          """
          The crates that the filters match, in the chosen language, in a format other tools read:
          * `backstage-tech-radar` (application/json): what the Backstage tech-radar plugin loads. \
          Each entry's timeline holds one entry per ring the crate entered, newest first, each dated \
          with the revision that first showed it there; the newest entry's `moved` compares with the \
          latest edition before the export's revision (see `since`).
          * `byor-csv` (text/csv) and `byor-json` (application/json): the `name,ring,quadrant,isNew,status,description` \
          rows of Thoughtworks' Build Your Own Radar, `isNew` and `status` (`New`, `Moved In`, \
          `Moved Out`, `No Change`) compared as `moved` is. Rings are BYOR's English names; the \
          description is HTML that BYOR's sanitizer keeps as it is, and names the crate's category.
          * `markdown` (text/markdown): the catalog as a document: the overview, each category with \
          its description, note and evaluation, each crate with its description, maturity, ring, \
          pros, cons, positioning, counterparts and links, the assessment and the scales.
          * `mermaid-mindmap` (text/vnd.mermaid): the document's mind map as a Mermaid `mindmap`, every \
          line kept, each crate with its maturity and ring; categories whose crates the filters all leave \
          out are left out.

          BYOR draws only blips whose quadrant is one of the four names it is configured with, \
          and the hosted radar takes only its defaults; so by default (`quadrants=byor`) the BYOR \
          rows use them: `Techniques` (consensus, workflow), `Platforms` (async-runtime, \
          cloud-native), `Tools` (message-queues, databases), `Languages & Frameworks` (rpc, \
          actors, and any category added later).

          With `quadrants=categories`, and in the Backstage radar, the four quadrants come from the \
          categories in the document's order, split into four consecutive runs as even as possible \
          (category i of n, from 0, falls in quadrant i*4/n): with the 8 categories, two to a \
          quadrant; a self-hosted BYOR reads them when given their names as its `QUADRANTS`.""")
  @APIResponse(
      responseCode = "200",
      description = "The export, with the format's media type.",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(oneOf = {BackstageTechRadar.class, ByorRadar.Row[].class})),
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING),
            example =
                "\"name\",\"ring\",\"quadrant\",\"isNew\",\"status\",\"description\"\r\n"
                    + "\"lunatic\",\"Assess\",\"Languages & Frameworks\",\"FALSE\",\"No Change\","
                    + "\"<p>An Erlang-inspired runtime...</p><p>Category: Actor Frameworks</p>\"\r\n"),
        @Content(
            mediaType = "text/markdown",
            schema = @Schema(type = SchemaType.STRING),
            example =
                "# Open-source frameworks and key libraries for building distributed systems in the"
                    + " Rust ecosystem\n\n...\n\n## Actor Frameworks\n\n### lunatic\n\n"
                    + "An Erlang-inspired runtime...\n\n"
                    + "- **Maturity:** Experimental\n- **Ring:** Assess\n"),
        @Content(
            mediaType = "text/vnd.mermaid",
            schema = @Schema(type = SchemaType.STRING),
            example =
                "mindmap\n  root((\"Rust Distributed Systems Frameworks & Libraries Evaluation\"))\n"
                    + "    line_1[\"State of Ecosystem\"]\n")
      })
  public Response export(
      @Parameter(
              description = "The format.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "backstage-tech-radar",
                        "byor-csv",
                        "byor-json",
                        "markdown",
                        "mermaid-mindmap"
                      }))
          @PathParam("format")
          String format,
      @Parameter(
              description =
                  "The quadrant names of `byor-csv` and `byor-json`: `byor` (the default), BYOR's"
                      + " own, or `categories`. Refused with the other formats.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"byor", "categories"}))
          @QueryParam(ByorQuadrants.PARAMETER)
          String quadrants,
      @BeanParam CrateFilterParams filter,
      @BeanParam AsOfParam asOf,
      @Parameter(
              description =
                  "The revision the tech-radar formats compare with, for `moved` (Backstage) and"
                      + " `isNew` and `status` (BYOR): "
                      + Revisions.FORMS
                      + ", no later than the export's. By default the latest edition before the"
                      + " export's revision, or else the first revision kept.",
              schema = @Schema(type = SchemaType.STRING, maxLength = 40, examples = "2026-Q3"))
          @QueryParam("since")
          String since) {
    ExportFormat exportFormat = ExportService.format(format);
    return Response.ok(
            exports.export(
                exportFormat,
                CrateQuery.of(filter),
                quadrants,
                language.code(),
                revisions.asOf(asOf.asOf),
                revisions.named("since", since)))
        .type(exportFormat.mediaType())
        .build();
  }
}
