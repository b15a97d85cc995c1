package dev.rustdist.catalog.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
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
 * the same for every run, and making it at start would cost every start.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CatalogOpenApiFilter implements OASFilter {

  private static final String API_PATH = "/api/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
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
    boolean write = method != PathItem.HttpMethod.GET;
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
                response.addHeader(
                    CatalogApiDefinition.DATASET_REVISION,
                    OASFactory.createHeader().ref(CatalogApiDefinition.DATASET_REVISION));
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
    respond(operation, "500", CatalogApiDefinition.INTERNAL_ERROR);
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
