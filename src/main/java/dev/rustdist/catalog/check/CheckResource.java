package dev.rustdist.catalog.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.caching.ReadsOneRevision;
import dev.rustdist.catalog.i18n.RequestLanguage;
import dev.rustdist.catalog.query.QueryParameters;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(CheckResource.PATH)
@Tag(name = "Checks")
public class CheckResource {

  public static final String PATH = "/api/v1/checks";

  /** The operation's id: a POST that only reads, open to anyone. */
  public static final String OPERATION_ID = "checkDependencies";

  static final String TOML = "application/toml";
  static final String CYCLONEDX_JSON = "application/vnd.cyclonedx+json";
  static final String SPDX_JSON = "application/spdx+json";
  static final String JUNIT_XML = MediaType.APPLICATION_XML;

  private static final List<Variant> ANSWERS =
      Variant.mediaTypes(
              MediaType.APPLICATION_JSON_TYPE,
              MediaType.valueOf(SarifLog.MEDIA_TYPE),
              MediaType.APPLICATION_XML_TYPE)
          .build();

  private static final String CARGO_LOCK_EXAMPLE =
      """
      version = 4

      [[package]]
      name = "raft"
      version = "0.7.0"
      source = "registry+https://github.com/rust-lang/crates.io-index"
      checksum = "f12688b23a649902762d4c11d854d73c49c9b93138f2de16403ef9f571ad5bae"
      """;

  private final DependencyReader reader;
  private final CheckService checks;
  private final RequestLanguage language;
  private final ObjectMapper json;
  private final String version;

  CheckResource(
      DependencyReader reader,
      CheckService checks,
      RequestLanguage language,
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.application.version") String version) {
    this.reader = reader;
    this.checks = checks;
    this.language = language;
    this.json = json;
    this.version = version;
  }

  @POST
  @ReadsOneRevision
  @Consumes({TOML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, CYCLONEDX_JSON, SPDX_JSON})
  @Produces({MediaType.APPLICATION_JSON, SarifLog.MEDIA_TYPE, JUNIT_XML})
  @Operation(
      operationId = OPERATION_ID,
      summary = "Check a project's dependencies",
      description =
          "Reads the dependencies of a Cargo.lock or a Cargo.toml (TOML: `application/toml` or"
              + " `text/plain`), or of a CycloneDX or SPDX 2 SBOM (JSON), and answers with what the"
              + " catalog says of each one it knows by its crates.io name (maturity, ring,"
              + " positioning, alternatives, replacements), how many it does not know (the first "
              + CheckService.MAX_UNKNOWN_LISTED
              + " named), and a verdict under the policy the parameters give: `fail` when a"
              + " dependency is in a ring of `failOn`, below `minMaturity` or past its sunset;"
              + " `warn` when one is deprecated or the catalog prefers something else to it; else"
              + " `pass`. A Cargo.lock's packages without a source (the project's own) and a"
              + " Cargo.toml's path dependencies are not checked. A document may name at most "
              + DependencyReader.MAX_PACKAGES
              + " packages (413 beyond) within the body limit; one that cannot be read is a 400"
              + " that says where, by line and column where the parser could tell. Answers JSON,"
              + " SARIF 2.1.0 (`Accept: application/sarif+json`) or JUnit XML (`Accept:"
              + " application/xml`), for CI systems to show natively. Nothing is written: it is a"
              + " read, open to anyone, counted as a read by the rate limits.")
  @APIResponse(
      responseCode = "200",
      description = "The check, whatever its verdict (unless `strict=true`).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckReport.class)),
        @Content(
            mediaType = SarifLog.MEDIA_TYPE,
            schema =
                @Schema(
                    type = SchemaType.OBJECT,
                    description =
                        "A SARIF 2.1.0 log: a result per reason, `error` for a failure and"
                            + " `warning` for a warning; the verdict in the run's properties.")),
        @Content(
            mediaType = JUNIT_XML,
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description =
                        "A JUnit XML report: a test case per known dependency, failed by its"
                            + " failures, its warnings as its output."))
      })
  @APIResponse(
      responseCode = "422",
      description =
          "With `strict=true`, a check whose verdict is `fail`: the same answer, with a status a"
              + " CI job fails on (`curl --fail-with-body`).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckReport.class)),
        @Content(mediaType = SarifLog.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = JUNIT_XML, schema = @Schema(type = SchemaType.STRING))
      })
  public Response check(
      @Parameter(
              description =
                  "The rings a known dependency fails the check in, comma-separated or repeated;"
                      + " `hold` when absent.",
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = Ring.class,
                      maxItems = QueryParameters.MAX_VALUES))
          @QueryParam("failOn")
          List<String> failOn,
      @Parameter(
              description =
                  "The least maturity a known dependency may have; a less mature one fails the"
                      + " check. No such rule when absent.",
              schema = @Schema(implementation = MaturityLevel.class))
          @QueryParam("minMaturity")
          String minMaturity,
      @Parameter(
              description =
                  "With `true`, a check whose verdict is `fail` is answered with 422 instead of"
                      + " 200, with the same body: a CI job fails on it.",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("strict")
          String strict,
      @Context HttpHeaders headers,
      @Context Request request,
      @RequestBody(
              required = true,
              description =
                  "A Cargo.lock or Cargo.toml, or a CycloneDX (`bomFormat`) or SPDX 2"
                      + " (`spdxVersion`) SBOM in JSON.",
              content = {
                @Content(
                    mediaType = TOML,
                    schema = @Schema(type = SchemaType.STRING),
                    example = CARGO_LOCK_EXAMPLE),
                @Content(
                    mediaType = MediaType.TEXT_PLAIN,
                    schema = @Schema(type = SchemaType.STRING)),
                @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = CYCLONEDX_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = SPDX_JSON, schema = @Schema(type = SchemaType.OBJECT))
              })
          byte[] body) {
    CheckPolicy policy = CheckPolicy.of(failOn, minMaturity);
    boolean failsOnFail = QueryParameters.bool("strict", strict);
    MediaType type = headers.getMediaType();
    DependencyList document =
        type != null && type.getSubtype().endsWith("json")
            ? reader.readJson(body)
            : reader.readToml(body);
    CheckReport report = checks.check(document, policy, language.code());
    Variant chosen = request.selectVariant(ANSWERS);
    MediaType answer = chosen == null ? MediaType.APPLICATION_JSON_TYPE : chosen.getMediaType();
    Object entity;
    if (answer.isCompatible(MediaType.APPLICATION_XML_TYPE)) {
      entity = JUnitReport.of(report);
    } else if (answer.getSubtype().equals("sarif+json")) {
      entity = sarif(SarifLog.of(report, version, language.code()));
    } else {
      entity = report;
    }
    int status = failsOnFail && report.verdict() == Verdict.FAIL ? 422 : 200;
    return Response.status(status).type(answer).entity(entity).build();
  }

  private byte[] sarif(SarifLog log) {
    try {
      return json.writeValueAsBytes(log);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a SARIF log could not be written", e);
    }
  }
}
