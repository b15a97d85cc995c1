package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.query.QueryParameters;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters and order of the crate list, read as text so that bad values get a clear 400. They
 * carry no examples: Swagger UI would fill them in and filter a first try down to nothing.
 */
public class CrateFilterParams {

  @QueryParam("maturity")
  @Parameter(
      description =
          "Only crates at one of these maturity levels. Repeat the parameter, or separate levels"
              + " with commas, for their union.",
      schema =
          @Schema(
              type = SchemaType.ARRAY,
              implementation = MaturityLevel.class,
              maxItems = QueryParameters.MAX_VALUES))
  public List<String> maturity;

  @QueryParam("minMaturity")
  @Parameter(
      description = "Only crates at this maturity level or above it.",
      schema = @Schema(implementation = MaturityLevel.class))
  public String minMaturity;

  @QueryParam("ring")
  @Parameter(
      description = "Only crates in one of these rings; repeatable, or comma-separated.",
      schema =
          @Schema(
              type = SchemaType.ARRAY,
              implementation = Ring.class,
              maxItems = QueryParameters.MAX_VALUES))
  public List<String> ring;

  @QueryParam("category")
  @Parameter(
      description =
          "Only crates in one of these categories, by slug; repeatable, or comma-separated.",
      schema =
          @Schema(
              type = SchemaType.ARRAY,
              implementation = String.class,
              maxItems = QueryParameters.MAX_VALUES))
  public List<String> category;

  @QueryParam("q")
  @Parameter(
      description =
          "Case-insensitive text to find in the crate's name or, in the response's language, its"
              + " description, positioning, pros or cons; plain text, without control characters."
              + " The page's `matches` says in which of them each crate was found. A text of one"
              + " or two characters is looked for at the start of names only.",
      schema = @Schema(type = SchemaType.STRING, maxLength = CrateQuery.MAX_TEXT_LENGTH))
  public String q;

  @QueryParam("sort")
  @Parameter(
      description =
          "The order: comma-separated keys among `name`, `maturity`, `ring` and `category` (the"
              + " document's order), each descending when prefixed with `-`. Without it, crates"
              + " come by relevance when `q` is given (the exact name, the name, the description,"
              + " the positioning, then pros and cons),"
              + " else in the document's order.",
      schema = @Schema(type = SchemaType.STRING, pattern = CrateSort.PATTERN))
  public String sort;
}
