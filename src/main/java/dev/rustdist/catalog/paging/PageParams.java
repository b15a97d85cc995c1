package dev.rustdist.catalog.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The pagination parameters of every list, read as text so that bad values get a clear 400. */
public class PageParams {

  @QueryParam("limit")
  @Parameter(
      description = "How many items to return.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
  public String limit;

  @QueryParam("offset")
  @Parameter(
      description =
          "How many items to skip, up to 10000 (the result window); deeper in the crates, follow"
              + " the page's `next` cursor with `after`.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000", defaultValue = "0"))
  public String offset;
}
