package dev.rustdist.catalog.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The OpenAPI document the service serves, read for what it declares a client may send. */
final class Contract {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  record Parameter(String name, String in, boolean required, JsonNode schema, String example) {}

  /**
   * One operation: its parameters with every {@code $ref} followed, and its body's media type and
   * schema (null without a body).
   */
  record Operation(
      String method,
      String path,
      String id,
      List<Parameter> parameters,
      String bodyMediaType,
      JsonNode bodySchema,
      boolean secured) {

    /** A GET, or a POST open to anyone, which only reads (a check of dependencies). */
    boolean reads() {
      return method.equals("GET") || (method.equals("POST") && !secured);
    }

    /** The body is an array of the entries its items' schema describes (a batch). */
    boolean takesBatch() {
      return bodySchema != null && "array".equals(bodySchema.path("type").asText());
    }

    /** The body is a document of its own format (TOML, an SBOM), not an entry in JSON. */
    boolean takesDocument() {
      return bodySchema != null && "string".equals(bodySchema.path("type").asText());
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final JsonNode document;

  private Contract(JsonNode document) {
    this.document = document;
  }

  static Contract of(String json) {
    try {
      return new Contract(new ObjectMapper().readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the served contract is not JSON", e);
    }
  }

  /** Every operation, in the document's order. */
  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          if (METHODS.contains(method.getKey())) {
                            operations.add(
                                operation(
                                    path.getKey(),
                                    path.getValue(),
                                    method.getKey(),
                                    method.getValue()));
                          }
                        }));
    return operations;
  }

  private Operation operation(String path, JsonNode pathItem, String method, JsonNode operation) {
    List<Parameter> parameters = new ArrayList<>();
    List<JsonNode> declaredParameters = new ArrayList<>();
    pathItem.path("parameters").forEach(declaredParameters::add);
    operation.path("parameters").forEach(declaredParameters::add);
    for (JsonNode declared : declaredParameters) {
      JsonNode parameter = resolve(declared);
      JsonNode schema = resolve(parameter.path("schema"));
      String example =
          parameter.has("example")
              ? parameter.get("example").asText()
              : schema.path("examples").path(0).asText(null);
      parameters.add(
          new Parameter(
              parameter.path("name").asText(),
              parameter.path("in").asText(),
              parameter.path("required").asBoolean(),
              schema,
              example));
    }
    String mediaType = null;
    JsonNode bodySchema = null;
    JsonNode content = operation.path("requestBody").path("content");
    if (content.size() > 0) {
      mediaType = content.fieldNames().next();
      bodySchema = content.path(mediaType).path("schema");
    }
    return new Operation(
        method.toUpperCase(Locale.ROOT),
        path,
        operation.path("operationId").asText(),
        parameters,
        mediaType,
        bodySchema,
        operation.path("security").size() > 0);
  }

  /** The node a {@code $ref} points to, followed until it is not a reference. */
  JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      node = document.at(node.get("$ref").asText().substring(1));
    }
    return node;
  }

  /** A component schema, by name. */
  JsonNode schema(String name) {
    return document.path("components").path("schemas").path(name);
  }

  /** The name of the component schema a {@code $ref} names, or null. */
  static String schemaName(JsonNode schema) {
    String ref = schema == null ? null : schema.path("$ref").asText(null);
    return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }
}
