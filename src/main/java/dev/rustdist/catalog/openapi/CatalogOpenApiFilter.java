package dev.rustdist.catalog.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Gives every API operation the language parameters and the problem responses it shares with all
 * the others, so that no resource repeats them.
 */
public class CatalogOpenApiFilter implements OASFilter {

  private static final String API_PATH = "/api/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith(API_PATH)) {
                item.getOperations().values().forEach(operation -> share(path, operation));
              }
            });
  }

  private static void share(String path, Operation operation) {
    // reads are public: no security requirement
    operation.setSecurity(List.of());
    operation.addParameter(parameter(CatalogApiDefinition.LANG));
    operation.addParameter(parameter(CatalogApiDefinition.ACCEPT_LANGUAGE));
    operation.getResponses().addAPIResponse("400", response(CatalogApiDefinition.BAD_REQUEST));
    if (path.contains("{")) {
      operation.getResponses().addAPIResponse("404", response(CatalogApiDefinition.NOT_FOUND));
    }
    operation.getResponses().addAPIResponse("500", response(CatalogApiDefinition.INTERNAL_ERROR));
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
