package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.paging.Page;
import dev.rustdist.catalog.paging.PageParams;
import dev.rustdist.catalog.paging.PageRequest;
import dev.rustdist.catalog.query.QueryParameters;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ReadsOneRevision
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class ChangeResource {

  private final ChangeLog changes;

  ChangeResource(ChangeLog changes) {
    this.changes = changes;
  }

  @GET
  @Operation(
      operationId = "listChanges",
      summary = "List the changes after a revision",
      description =
          "Every write committed after a dataset revision, oldest first, so that another service"
              + " can keep a copy in sync: remember the X-Dataset-Revision of what it read, and"
              + " ask for the changes since.")
  public Page<ChangeView> since(
      @Parameter(
              description = "The dataset revision already seen; 0 for every change.",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
          @QueryParam("since")
          String since,
      @BeanParam PageParams page) {
    return changes.since(
        QueryParameters.integer("since", since, 0, 0, Integer.MAX_VALUE), PageRequest.of(page));
  }
}
