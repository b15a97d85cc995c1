package dev.rustdist.catalog.openapi;

import dev.rustdist.catalog.check.CheckResource;
import dev.rustdist.catalog.check.DependencyReader;
import dev.rustdist.catalog.curation.ChangeStream;
import dev.rustdist.catalog.curation.ChangeStreamResource;
import dev.rustdist.catalog.curation.CrateBatchResource;
import dev.rustdist.catalog.http.JsonLimits;
import dev.rustdist.catalog.http.RequestGuards;
import dev.rustdist.catalog.i18n.Languages;
import dev.rustdist.catalog.problem.Problem;
import dev.rustdist.catalog.query.QueryParameters;
import dev.rustdist.catalog.ratelimit.RateLimitRoute;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Gives every API operation the language parameters and the problem responses it shares with all
 * the others, so that no resource repeats them. It runs when the service is built: the document is
 * the same for every run, and making it at start would cost every start. The rate limits it states
 * are the ones the build is configured with, in application.properties.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CatalogOpenApiFilter implements OASFilter {

  private static final String API_PATH = "/api/";
  private static final String RETRY_AFTER = "Retry-After";
  private static final String RATE_LIMIT = RateLimitRoute.STATE;
  private static final String RATE_LIMIT_POLICY = RateLimitRoute.POLICY;

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.getInfo().setDescription(openAPI.getInfo().getDescription() + "\n\n" + limits());
    openAPI
        .getComponents()
        .addSecurityScheme(
            CatalogApiDefinition.CURATOR_TOKEN,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description(
                    "A JWT signed (RS256) by the organisation's key, issued by `rust-dist-catalog`,"
                        + " whose `groups` claim holds `curator`."));
    openAPI
        .getComponents()
        .addHeader(
            CatalogApiDefinition.DATASET_REVISION,
            OASFactory.createHeader()
                .description(
                    "The dataset revision the response was read at: ask /api/v1/changes for what"
                        + " came after it.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
    openAPI
        .getComponents()
        .addHeader(
            RETRY_AFTER,
            OASFactory.createHeader()
                .description("The seconds to wait before asking again.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
        .addHeader(
            RATE_LIMIT,
            OASFactory.createHeader()
                .description(
                    "What is left of this client's quota (IETF draft-ietf-httpapi-ratelimit-headers),"
                        + " e.g. `\"reads\";r=1150;t=3`: 1150 requests left, and the quota whole"
                        + " again in 3 s.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
        .addHeader(
            RATE_LIMIT_POLICY,
            OASFactory.createHeader()
                .description(
                    "The quota that was exceeded, e.g. `\"reads\";q=1200;w=60`: 1200 requests per"
                        + " 60 s.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
        .addResponse(
            CatalogApiDefinition.TOO_MANY_REQUESTS,
            OASFactory.createAPIResponse()
                .description(tooManyRequests(ConfigProvider.getConfig()))
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            Problem.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem"))))
                .addHeader(RETRY_AFTER, header(RETRY_AFTER))
                .addHeader(RATE_LIMIT_POLICY, header(RATE_LIMIT_POLICY))
                .addHeader(RATE_LIMIT, header(RATE_LIMIT)));
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith(API_PATH)) {
                item.getOperations().forEach((method, operation) -> share(path, method, operation));
              }
            });
  }

  private static void share(String path, PathItem.HttpMethod method, Operation operation) {
    // a check is a POST that only reads: open to anyone, like every read
    boolean write =
        method != PathItem.HttpMethod.GET
            && !CheckResource.OPERATION_ID.equals(operation.getOperationId());
    operation.setSecurity(
        write
            ? List.of(
                OASFactory.createSecurityRequirement()
                    .addScheme(CatalogApiDefinition.CURATOR_TOKEN))
            : List.of());
    operation.addParameter(parameter(CatalogApiDefinition.LANG));
    operation.addParameter(parameter(CatalogApiDefinition.ACCEPT_LANGUAGE));
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("2") && response.getRef() == null) {
                // a stream of events follows the revisions; it is not read at one
                if (!streams(response)) {
                  response.addHeader(
                      CatalogApiDefinition.DATASET_REVISION,
                      header(CatalogApiDefinition.DATASET_REVISION));
                }
                response.addHeader(RATE_LIMIT, header(RATE_LIMIT));
              }
            });
    respond(operation, "400", CatalogApiDefinition.BAD_REQUEST);
    if (path.contains("{")) {
      respond(operation, "404", CatalogApiDefinition.NOT_FOUND);
    }
    if (write) {
      respond(operation, "401", CatalogApiDefinition.UNAUTHORIZED);
      respond(operation, "403", CatalogApiDefinition.FORBIDDEN);
      if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.DELETE) {
        respond(operation, "409", CatalogApiDefinition.CONFLICT);
      }
      if (method != PathItem.HttpMethod.POST) {
        respond(operation, "412", CatalogApiDefinition.PRECONDITION_FAILED);
        respond(operation, "428", CatalogApiDefinition.PRECONDITION_REQUIRED);
      }
    }
    if (operation.getRequestBody() != null) {
      respond(operation, "413", CatalogApiDefinition.CONTENT_TOO_LARGE);
    }
    respond(operation, "414", CatalogApiDefinition.URI_TOO_LONG);
    respond(operation, "431", CatalogApiDefinition.HEADER_FIELDS_TOO_LARGE);
    respond(operation, "429", CatalogApiDefinition.TOO_MANY_REQUESTS);
    respond(operation, "500", CatalogApiDefinition.INTERNAL_ERROR);
    if (operation.getResponses().getAPIResponse("503") == null) {
      respond(operation, "503", CatalogApiDefinition.UNAVAILABLE);
    }
    if (ChangeStreamResource.OPERATION_ID.equals(operation.getOperationId())) {
      operation.setDescription(
          operation.getDescription() + "\n\n" + streamLimits(ConfigProvider.getConfig()));
    }
  }

  private static boolean streams(
      org.eclipse.microprofile.openapi.models.responses.APIResponse response) {
    return response.getContent() != null
        && response.getContent().hasMediaType(MediaType.SERVER_SENT_EVENTS);
  }

  /** The change stream's heartbeat and subscriber limit, as the service is built with them. */
  private static String streamLimits(Config config) {
    return "A heartbeat comes every %d s. One instance serves at most %d streams at once; beyond"
            .formatted(
                config.getValue("catalog.changes.stream.heartbeat", Duration.class).toSeconds(),
                config.getValue("catalog.changes.stream.max-subscribers", Integer.class))
        + " them it answers 503 with Retry-After (%d s), and the `retry:` field asks for the same"
            .formatted(ChangeStream.RECONNECT.toSeconds())
        + " wait before a reconnection.";
  }

  /** What any request may cost, as the service enforces it. */
  private static String limits() {
    Config config = ConfigProvider.getConfig();
    long maxBodyBytes =
        config.getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
    Duration idle = config.getValue("quarkus.http.idle-timeout", Duration.class);
    return """
        ## Limits

        Going over a limit is a 4xx problem that names it:
        * the request target (path and query): at most %d characters (414); the header fields: \
        at most %d bytes together (431);
        * a body: at most %d bytes (413); JSON nested at most %d levels deep, numbers of at most \
        %d digits, at most %d tokens (400); each write's lists and texts have the `maxItems` and \
        `maxLength` of its schema;
        * a checked document: well-formed TOML or JSON (400 with the line and column where \
        parsing stopped), nested at most %d levels deep, with at most %d packages (413); a batch \
        of crates: at most %d;
        * a repeatable parameter: at most %d values, repeated or comma-separated; a parameter an \
        operation does not take, or a second value of one that takes one, is a 400;
        * `lang`: at most %d characters; `Accept-Language`: at most %d;
        * a connection that sends nothing for %d s is closed, a half-sent request included;
        * the change stream: at most %d open at once on one instance (503 with `Retry-After` \
        beyond), each sent a heartbeat every %d s;
        * answers of the whole catalog (categories, exports, the dataset, diffs): at most %d \
        assembled at once on one instance; a request waits at most %d ms for its turn, then 503 \
        with `Retry-After`.

        While the database cannot answer, reads not already answered from memory and writes are \
        refused with 503 and `Retry-After`."""
        .formatted(
            RequestGuards.MAX_TARGET_LENGTH,
            RequestGuards.MAX_HEADER_BYTES,
            maxBodyBytes,
            JsonLimits.MAX_NESTING_DEPTH,
            JsonLimits.MAX_NUMBER_LENGTH,
            JsonLimits.MAX_TOKENS,
            JsonLimits.MAX_NESTING_DEPTH,
            DependencyReader.MAX_PACKAGES,
            CrateBatchResource.MAX_CRATES,
            QueryParameters.MAX_VALUES,
            Languages.MAX_TAG_LENGTH,
            Languages.MAX_ACCEPT_LANGUAGE_LENGTH,
            idle.toSeconds(),
            config.getValue("catalog.changes.stream.max-subscribers", Integer.class),
            config.getValue("catalog.changes.stream.heartbeat", Duration.class).toSeconds(),
            config.getValue("catalog.reads.whole-catalog.concurrency", Integer.class),
            config.getValue("catalog.reads.whole-catalog.wait", Duration.class).toMillis());
  }

  /** The quotas in words, from the configuration the service is built with. */
  private static String tooManyRequests(Config config) {
    return "This client has used up one of its quotas: the problem names it, `Retry-After` says"
        + " when to ask again. A client is its address (an IPv6 one by its /64). Each quota is a"
        + " burst of so many requests, refilled evenly over its period: "
        + quota(config, "reads")
        + " (GET and HEAD; a 304 Not Modified counts as a quarter of one), "
        + quota(config, "writes")
        + ", and "
        + quota(config, "failed-authentications")
        + " (401 and 403 answers), after which the client's writes are refused unread until the"
        + " quota refills.";
  }

  private static String quota(Config config, String name) {
    String prefix = "catalog.rate-limit." + name;
    return config.getValue(prefix + ".limit", Long.class)
        + " "
        + name.replace('-', ' ')
        + " per "
        + config.getValue(prefix + ".period", Duration.class).toSeconds()
        + " s";
  }

  private static org.eclipse.microprofile.openapi.models.headers.Header header(String name) {
    return OASFactory.createHeader().ref(name);
  }

  private static void respond(Operation operation, String status, String response) {
    operation.getResponses().addAPIResponse(status, response(response));
  }

  private static org.eclipse.microprofile.openapi.models.parameters.Parameter parameter(
      String name) {
    return OASFactory.createParameter().ref(name);
  }

  private static org.eclipse.microprofile.openapi.models.responses.APIResponse response(
      String name) {
    return OASFactory.createAPIResponse().ref(name);
  }
}
