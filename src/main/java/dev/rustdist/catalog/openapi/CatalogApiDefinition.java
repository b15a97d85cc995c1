package dev.rustdist.catalog.openapi;

import dev.rustdist.catalog.http.RequestGuards;
import dev.rustdist.catalog.i18n.Languages;
import dev.rustdist.catalog.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The parts of the contract that every operation shares; {@link CatalogOpenApiFilter} attaches them
 * to each operation.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "rust-dist-catalog",
            version = "1.0.0",
            description =
                "A curated, opinionated catalog of the Rust ecosystem for building distributed"
                    + " systems: categories, crates, their pros and cons, maturity, tech-radar ring"
                    + " and positioning, and an overall assessment. Every text is served in English"
                    + " (`en`, the default) and in Chinese (`zh`, the source document's own words):"
                    + " choose with `Accept-Language` or the `lang` parameter.",
            license =
                @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    tags = {
      @Tag(
          name = "Crates",
          description = "The crates of the catalog and their curated judgements."),
      @Tag(name = "Categories", description = "The categories crates are grouped in."),
      @Tag(
          name = "Assessment",
          description = "The overall assessment and the comparisons with other ecosystems."),
      @Tag(name = "Vocabularies", description = "The maturity scale and the tech-radar rings."),
      @Tag(
          name = "Changes",
          description = "What curators wrote, for keeping a copy of the catalog in sync."),
      @Tag(
          name = "Checks",
          description =
              "A project's dependencies (Cargo.lock, Cargo.toml, CycloneDX or SPDX SBOM) checked"
                  + " against the catalog, for CI."),
      @Tag(
          name = "Exports",
          description = "The catalog in formats other tools read: tech radars, Markdown, Mermaid.")
    },
    components =
        @Components(
            parameters = {
              @Parameter(
                  name = CatalogApiDefinition.LANG,
                  in = ParameterIn.QUERY,
                  description =
                      "The language of the texts, `en` or `zh`; overrides Accept-Language. A"
                          + " language the catalog is not written in is a 400.",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          pattern = "^" + Languages.TAG_PATTERN + "$",
                          maxLength = Languages.MAX_TAG_LENGTH)),
              @Parameter(
                  name = CatalogApiDefinition.ACCEPT_LANGUAGE,
                  in = ParameterIn.HEADER,
                  description =
                      "The preferred languages (RFC 9110), e.g. `zh-CN,zh;q=0.9,en;q=0.8`. The"
                          + " best offered match is used, else English; a value that is not a"
                          + " list of language ranges is a 400.",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          maxLength = Languages.MAX_ACCEPT_LANGUAGE_LENGTH))
            },
            responses = {
              @APIResponse(
                  name = CatalogApiDefinition.BAD_REQUEST,
                  responseCode = "400",
                  description =
                      "A parameter is invalid: the problem says which and what is allowed.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.NOT_FOUND,
                  responseCode = "404",
                  description = "There is no such entry in the catalog.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.UNAUTHORIZED,
                  responseCode = "401",
                  description = "A write without a valid bearer token.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.FORBIDDEN,
                  responseCode = "403",
                  description = "A write with a token that lacks the curator role.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.CONFLICT,
                  responseCode = "409",
                  description =
                      "The write does not fit the catalog: the slug is taken, or a category still"
                          + " holds crates.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.PRECONDITION_FAILED,
                  responseCode = "412",
                  description =
                      "If-Match names a version that is no longer current: nothing was written.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.PRECONDITION_REQUIRED,
                  responseCode = "428",
                  description = "The write did not send If-Match: nothing was written.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.CONTENT_TOO_LARGE,
                  responseCode = "413",
                  description = "The body is over the size limit (see Limits): nothing was read.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.URI_TOO_LONG,
                  responseCode = "414",
                  description =
                      "The request target is longer than "
                          + RequestGuards.MAX_TARGET_LENGTH
                          + " characters.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.HEADER_FIELDS_TOO_LARGE,
                  responseCode = "431",
                  description =
                      "The header fields take more than "
                          + RequestGuards.MAX_HEADER_BYTES
                          + " bytes together.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.UNAVAILABLE,
                  responseCode = "503",
                  description =
                      "The catalog's database cannot answer right now: nothing was changed. Try"
                          + " again after Retry-After seconds.",
                  headers =
                      @Header(
                          name = "Retry-After",
                          description = "Seconds to wait before trying again.",
                          schema = @Schema(type = SchemaType.INTEGER)),
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CatalogApiDefinition.INTERNAL_ERROR,
                  responseCode = "500",
                  description = "The server failed; no details leave it.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
public class CatalogApiDefinition extends Application {

  static final String LANG = "lang";
  static final String ACCEPT_LANGUAGE = "Accept-Language";
  static final String BAD_REQUEST = "BadRequest";
  static final String NOT_FOUND = "NotFound";
  static final String INTERNAL_ERROR = "InternalError";
  static final String CONTENT_TOO_LARGE = "ContentTooLarge";
  static final String URI_TOO_LONG = "UriTooLong";
  static final String HEADER_FIELDS_TOO_LARGE = "HeaderFieldsTooLarge";
  static final String UNAVAILABLE = "Unavailable";
  static final String UNAUTHORIZED = "Unauthorized";
  static final String FORBIDDEN = "Forbidden";
  static final String CONFLICT = "Conflict";
  static final String PRECONDITION_FAILED = "PreconditionFailed";
  static final String PRECONDITION_REQUIRED = "PreconditionRequired";
  static final String TOO_MANY_REQUESTS = "TooManyRequests";
  static final String CURATOR_TOKEN = "curatorToken";
  static final String DATASET_REVISION = "X-Dataset-Revision";
}
