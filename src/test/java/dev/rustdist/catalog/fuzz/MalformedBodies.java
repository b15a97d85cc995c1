package dev.rustdist.catalog.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Malformed JSON bodies for a body schema of the contract: whole bodies of the wrong shape, and,
 * property by property down the schema, a valid body with that one property wrong.
 */
final class MalformedBodies {

  record Body(String kind, String where, byte[] bytes) {}

  static final int NESTING = 10_000;
  static final int FAR_OVER_STRING = 100_000;

  // how many items an array gets where the contract documents no maxItems
  static final int FAR_OVER_ITEMS = 1_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String MARKER = "\u0001raw\u0001";

  // escaped, so that lone surrogates and control characters reach the server as JSON escapes
  private static final ObjectWriter JSON =
      new ObjectMapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

  private final Contract contract;

  MalformedBodies(Contract contract) {
    this.contract = contract;
  }

  List<Body> of(JsonNode schema, ObjectNode valid) {
    List<Body> bodies = new ArrayList<>();
    for (String whole : List.of("null", "[]", "\"x\"", "42", "true", "", "{", "{}", "{\"slug\":")) {
      String kind = whole.isEmpty() ? "empty" : Malformations.quoted(whole);
      bodies.add(new Body("not a valid JSON object: " + kind, "body", whole.getBytes(UTF_8)));
    }
    bodies.add(new Body("deeply nested", "body", nestedArrays().getBytes(UTF_8)));
    String nestedObjects = "{\"a\":".repeat(NESTING) + "1" + "}".repeat(NESTING);
    bodies.add(new Body("deeply nested", "body", nestedObjects.getBytes(UTF_8)));
    byte[] byteOrderMark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    bodies.add(new Body("byte order mark", "body", concat(byteOrderMark, write(valid))));
    bodies.add(new Body("trailing garbage", "body", concat(write(valid), "}x".getBytes(UTF_8))));
    properties(schema, valid, List.of(), valid, bodies);
    return bodies;
  }

  /** Each property of an object schema, and one the schema does not know. */
  private void properties(
      JsonNode schema, JsonNode value, List<Object> path, ObjectNode root, List<Body> bodies) {
    schema = contract.resolve(schema);
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            property ->
                malform(
                    property.getValue(),
                    value == null ? null : value.get(property.getKey()),
                    append(path, property.getKey()),
                    root,
                    bodies));
    JsonNode additional = schema.path("additionalProperties");
    if (additional.isObject() && value != null && value.size() > 0) {
      String key = value.fieldNames().next();
      malform(additional, value.get(key), append(path, key), root, bodies);
    }
    bodies.add(
        new Body(
            "unknown property",
            where(append(path, "zzz")),
            write(set(root, append(path, "zzz"), NODES.numberNode(1)))));
  }

  private void malform(
      JsonNode schema, JsonNode value, List<Object> path, ObjectNode root, List<Body> bodies) {
    schema = contract.resolve(schema);
    String type = Malformations.type(schema);
    String where = where(path);
    for (JsonNode wrong : wrongTypes(type)) {
      bodies.add(new Body("wrong type", where, write(set(root, path, wrong))));
    }
    switch (type) {
      case "string" -> {
        String text = value != null && value.isTextual() ? value.asText() : "x";
        bodies.add(text("NUL", where, root, path, text + "\u0000" + text));
        bodies.add(text("lone surrogate", where, root, path, text + "\uD800"));
        bodies.add(text("control characters", where, root, path, "\u0001\u001b\u007f" + text));
        int maxLength = schema.path("maxLength").asInt(0);
        if (maxLength > 0) {
          bodies.add(
              text(
                  "one over maxLength", where, root, path, Malformations.pad(text, maxLength + 1)));
        }
        bodies.add(
            text(
                "far over any length",
                where,
                root,
                path,
                Malformations.pad(text, FAR_OVER_STRING)));
      }
      case "array" -> {
        JsonNode itemSchema = contract.resolve(schema.path("items"));
        JsonNode item =
            value != null && value.size() > 0 ? value.get(value.size() - 1) : sample(itemSchema);
        int maxItems = schema.path("maxItems").asInt(0);
        if (maxItems > 0) {
          bodies.add(
              new Body(
                  "one over maxItems", where, write(set(root, path, copies(item, maxItems + 1)))));
        }
        bodies.add(
            new Body(
                "far over any number of items",
                where,
                write(set(root, path, copies(item, Math.max(maxItems * 10, FAR_OVER_ITEMS))))));
        bodies.add(new Body("deeply nested", where, writeRaw(root, path, nestedArrays())));
        // the last of a valid array's items, the others kept: in the dataset's document, the
        // test's own entries, so that a malformed item that is still valid changes only those
        if (value != null && value.size() > 0) {
          malform(itemSchema, item, append(path, value.size() - 1), root, bodies);
        } else {
          malform(itemSchema, item, append(path, 0), set(root, path, copies(item, 1)), bodies);
        }
      }
      case "object" -> properties(schema, value, path, root, bodies);
      default -> {}
    }
  }

  private static List<JsonNode> wrongTypes(String type) {
    return switch (type) {
      case "array" -> List.of(NODES.nullNode(), NODES.textNode("x"), object());
      case "object" -> List.of(NODES.nullNode(), NODES.textNode("x"), NODES.arrayNode());
      case "integer", "number" ->
          List.of(NODES.nullNode(), NODES.textNode("1"), NODES.numberNode(1.5));
      case "boolean" -> List.of(NODES.nullNode(), NODES.textNode("true"), NODES.numberNode(1));
      default -> List.of(NODES.nullNode(), NODES.numberNode(42), object());
    };
  }

  private static Body text(
      String kind, String where, ObjectNode root, List<Object> path, String text) {
    return new Body(kind, where, write(set(root, path, NODES.textNode(text))));
  }

  private static JsonNode sample(JsonNode schema) {
    return switch (Malformations.type(schema)) {
      case "object" -> NODES.objectNode();
      case "integer", "number" -> NODES.numberNode(1);
      case "boolean" -> NODES.booleanNode(true);
      default -> NODES.textNode(schema.path("enum").path(0).asText("x"));
    };
  }

  private static ObjectNode object() {
    return NODES.objectNode().put("x", 1);
  }

  private static ArrayNode copies(JsonNode item, int count) {
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < count; i++) {
      array.add(item.deepCopy());
    }
    return array;
  }

  private static String nestedArrays() {
    return "[".repeat(NESTING) + "]".repeat(NESTING);
  }

  /** A copy of the body with the value at the path replaced, or added. */
  private static ObjectNode set(ObjectNode root, List<Object> path, JsonNode value) {
    ObjectNode copy = root.deepCopy();
    JsonNode parent = copy;
    for (int i = 0; i < path.size() - 1; i++) {
      Object step = path.get(i);
      JsonNode next =
          step instanceof Integer index ? parent.path(index) : parent.path((String) step);
      if (!next.isContainerNode()) {
        next = path.get(i + 1) instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
        put(parent, step, next);
      }
      parent = next;
    }
    put(parent, path.get(path.size() - 1), value);
    return copy;
  }

  private static void put(JsonNode parent, Object step, JsonNode value) {
    if (parent instanceof ArrayNode array) {
      int index = (Integer) step;
      if (index < array.size()) {
        array.set(index, value);
      } else {
        array.add(value);
      }
    } else {
      ((ObjectNode) parent).set((String) step, value);
    }
  }

  /** The body with raw JSON text, however malformed, at the path. */
  private static byte[] writeRaw(ObjectNode root, List<Object> path, String raw) {
    String body = new String(write(set(root, path, NODES.textNode(MARKER))), UTF_8);
    String marker = new String(write(NODES.textNode(MARKER)), UTF_8);
    return body.replace(marker, raw).getBytes(UTF_8);
  }

  private static byte[] write(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(first);
    bytes.writeBytes(second);
    return bytes.toByteArray();
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return List.copyOf(longer);
  }

  /** The path as a reader writes it: texts.en.description, pros[0].en. */
  private static String where(List<Object> path) {
    StringBuilder where = new StringBuilder("body ");
    for (Object step : path) {
      if (step instanceof Integer index) {
        where.append('[').append(index).append(']');
      } else {
        where.append(where.length() > 5 ? "." : "").append(step);
      }
    }
    return where.toString();
  }
}
