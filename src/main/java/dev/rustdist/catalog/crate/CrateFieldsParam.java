package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.query.QueryParameters;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which fields of a crate's record to answer with: a sparse record, wherever crates are read. */
public class CrateFieldsParam {

  @QueryParam("fields")
  @Parameter(
      description =
          "Only these fields of each crate, in the record's order: repeated or comma-separated."
              + " All of them when absent.",
      schema =
          @Schema(
              type = SchemaType.ARRAY,
              implementation = CrateField.class,
              maxItems = QueryParameters.MAX_VALUES))
  public List<String> fields;

  Set<CrateField> chosen() {
    return QueryParameters.terms(CrateField.class, "fields", fields);
  }
}
