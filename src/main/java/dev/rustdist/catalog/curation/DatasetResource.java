package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.caching.WholeCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dataset")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class DatasetResource {

  private final Datasets datasets;

  DatasetResource(Datasets datasets) {
    this.datasets = datasets;
  }

  @WholeCatalog
  @GET
  @ReadsOneRevision
  @Operation(
      operationId = "getDataset",
      summary = "Describe the catalog's data",
      description =
          "Its current revision and last change, what it holds, the terms it is published under,"
              + " where it comes from (the source document, and the curators who wrote to it"
              + " since), and the SHA-256 of its whole document at this revision, which `export`"
              + " links to.")
  public DatasetView get() {
    return datasets.view();
  }

  @PUT
  @RolesAllowed(Curator.ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "loadDataset",
      summary = "Load a dataset document",
      description =
          "Makes the catalog's categories and crates those of a document that"
              + " `GET "
              + Datasets.EXPORT_PATH
              + "` gave (of any revision, from this instance or another), in its order, in one"
              + " transaction: entries it lacks are deleted, entries that differ are written,"
              + " new ones are created, each recorded in the change log as its own write would"
              + " be. An entry already as the document has it is left alone, so loading the"
              + " current document changes nothing. Each entry is checked as its own write"
              + " checks it, and a broken rule, named by its place (`crates[3].ring`), leaves the"
              + " catalog as it was. The assessment, the counterparts and the document's mind map"
              + " are the source document's and are not part of it. A body is at most 256 KiB.")
  public DatasetLoad load(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = DatasetDocument.class)))
          JsonNode body) {
    return datasets.load(body);
  }
}
