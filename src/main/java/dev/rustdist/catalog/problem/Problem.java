package dev.rustdist.catalog.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details object, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details, the body of every error.")
public record Problem(
    @Schema(
            description = "Identifies the kind of problem.",
            examples = "urn:rust-dist-catalog:problem:invalid-parameter")
        URI type,
    @Schema(description = "Short summary of the kind of problem.", examples = "Invalid parameter")
        String title,
    @Schema(description = "The HTTP status code.", examples = "400") int status,
    @Schema(
            description = "What went wrong in this occurrence.",
            examples = "maturity: 'ancient' is not one of experimental, emerging, mature, standard")
        String detail,
    @Schema(description = "The request path.", examples = "/api/v1/crates") String instance,
    @Schema(description = "For bad parameters: each parameter that was wrong.")
        List<InvalidParameter> invalidParameters) {

  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_PREFIX = "urn:rust-dist-catalog:problem:";

  /** A problem of one of the catalog's own types, e.g. {@code invalid-parameter}. */
  public static Problem of(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<InvalidParameter> invalidParameters) {
    return new Problem(
        URI.create(TYPE_PREFIX + type), title, status, detail, instance, invalidParameters);
  }

  private static final int EXCERPT_LENGTH = 100;

  /**
   * A value as a problem repeats it: at most {@value #EXCERPT_LENGTH} code points, so that an
   * answer to an over-long value is not itself over-long, and with any half of a surrogate pair
   * replaced, so that it can be written as UTF-8.
   */
  public static String excerpt(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder excerpt = new StringBuilder();
    int[] codePoints = value.codePoints().limit(EXCERPT_LENGTH + 1L).toArray();
    for (int i = 0; i < Math.min(codePoints.length, EXCERPT_LENGTH); i++) {
      int codePoint = codePoints[i];
      boolean halfPair =
          codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
      excerpt.appendCodePoint(halfPair ? '\uFFFD' : codePoint);
    }
    return codePoints.length > EXCERPT_LENGTH ? excerpt.append('…').toString() : excerpt.toString();
  }

  /** One request parameter that could not be accepted. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Schema(name = "InvalidParameter")
  public record InvalidParameter(
      @Schema(description = "The parameter's name.", examples = "maturity") String name,
      @Schema(description = "Where the parameter was: query, path or header.", examples = "query")
          String in,
      @Schema(description = "The value received.", examples = "ancient") String value,
      @Schema(
              description = "Why it was rejected.",
              examples = "must be one of experimental, emerging, mature, standard")
          String reason,
      @Schema(
              description = "The values allowed, where they are a closed list.",
              examples = "[\"experimental\", \"emerging\", \"mature\", \"standard\"]")
          List<String> allowed,
      @Schema(
              description =
                  "For a body that could not be read as the document it should be: the line where"
                      + " reading it failed, from 1.",
              nullable = true,
              examples = "3")
          Integer line,
      @Schema(description = "The column of that line, from 1.", nullable = true, examples = "8")
          Integer column) {

    public InvalidParameter(
        String name, String in, String value, String reason, List<String> allowed) {
      this(name, in, value, reason, allowed, null, null);
    }
  }
}
