package dev.rustdist.catalog.history;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The revision to read the catalog at, wherever it can be read as it was. */
public class AsOfParam {

  @QueryParam("asOf")
  @Parameter(
      description =
          "The catalog as it was at a past revision: "
              + Revisions.FORMS
              + ". Such an answer never changes: it is cached for a year (`immutable`). A revision"
              + " not reached yet, an instant to come, or one before the history began is a 404."
              + " The current catalog when absent.",
      schema = @Schema(type = SchemaType.STRING, maxLength = 40, examples = "2026-Q4"))
  public String asOf;
}
