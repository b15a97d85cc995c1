package dev.rustdist.catalog.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rustdist.catalog.fuzz.Contract.Operation;
import dev.rustdist.catalog.fuzz.Contract.Parameter;
import dev.rustdist.catalog.fuzz.Malformations.Value;
import dev.rustdist.catalog.fuzz.MalformedBodies.Body;
import dev.rustdist.catalog.fuzz.RawHttp.Header;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The requests sent to each operation of the contract: its valid request, then that request with
 * one thing wrong at a time: a parameter it declares, a header any request may carry, its query,
 * its body.
 */
final class MalformedRequests {

  /**
   * One request. The group and kind say what was malformed and how (failures are grouped by them),
   * where says which parameter, header or body property.
   */
  record Case(
      Operation operation,
      String group,
      String where,
      String kind,
      String target,
      List<Header> headers,
      byte[] body) {

    boolean valid() {
      return group.equals(VALID);
    }
  }

  static final String VALID = "valid request";

  /**
   * A valid body of each input schema the contract names. Writes go to the entries they describe,
   * which the test creates and owns; creations to the same slug with "-new" appended.
   */
  static final Map<String, String> VALID_INPUTS =
      Map.of(
          "CrateInput",
          """
          {"slug": "fuzz-crate", "name": "fuzz-crate", "category": "rpc", "maturity": "emerging",
           "ring": "assess", "cratesIoName": "fuzz-crate", "repository": "https://example.org/fuzz",
           "texts": {"en": {"description": "A crate the fuzz test writes to.", "positioning": "None.",
                            "qualifier": "Fuzzed"},
                     "zh": {"description": "模糊测试写入的 crate。", "positioning": "无。", "qualifier": "模糊"}},
           "pros": [{"en": "Exists", "zh": "存在"}], "cons": [{"en": "Fuzzed", "zh": "被模糊测试"}],
           "alternatives": ["net-rpc"], "platforms": []}
          """,
          "CategoryInput",
          """
          {"slug": "fuzz-category",
           "texts": {"en": {"name": "Fuzzed", "description": "A category the fuzz test writes to.",
                            "note": "None.", "evaluation": "None."},
                     "zh": {"name": "模糊", "description": "模糊测试写入的类别。", "note": "无。",
                            "evaluation": "无。"}},
           "alternatives": ["net-rpc"]}
          """,
          "EditionInput",
          """
          {"name": "fuzz-edition"}
          """);

  /** A valid document of each operation that reads one, by path: a Cargo.lock that passes. */
  static final Map<String, String> VALID_DOCUMENTS =
      Map.of(
          "/api/v1/checks",
          """
          version = 4

          [[package]]
          name = "tokio"
          version = "1.43.0"
          source = "registry+https://github.com/rust-lang/crates.io-index"
          checksum = "3d61fa4ffa3de412bfea335c6ecff681de2b609ba3c77ef3e00e521813a9ed9e"
          """);

  /** Documents that are not what they should be, whatever the format. */
  private static final List<String> MALFORMED_DOCUMENTS =
      List.of(
          "",
          "=",
          "[[package]",
          "version = 4\n[[package]]\nname = 1\nversion = \"1\"\nsource = \"x\"\n",
          "[package]\nname = \"x\"\n[package]\nname = \"y\"\n",
          "a = " + "[".repeat(MalformedBodies.NESTING) + "]".repeat(MalformedBodies.NESTING),
          "a = "
              + "{b = ".repeat(MalformedBodies.NESTING)
              + "1"
              + "}".repeat(MalformedBodies.NESTING),
          "name = \"\u0000\"",
          "[dependencies]\n\"\u0001\" = \"1\"\n",
          "{\"bomFormat\": \"CycloneDX\", \"components\": 42}",
          "{\"spdxVersion\": \"SPDX-2.3\", \"packages\": [{\"name\": {}}]}",
          "x".repeat(MalformedBodies.FAR_OVER_STRING));

  /** Valid values of the parameters and headers the contract gives no example of. */
  private static final Map<String, String> VALID_VALUES =
      Map.ofEntries(
          Map.entry("crates", "tokio,tonic"),
          Map.entry("category", "rpc"),
          Map.entry("q", "tokio"),
          Map.entry("sort", "-name"),
          Map.entry("lang", "zh"),
          Map.entry("after", "MS4xLjE"),
          Map.entry("Accept", "application/json"),
          Map.entry("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"),
          Map.entry("If-None-Match", "\"r1-0\""),
          Map.entry("If-Match", "*"),
          Map.entry("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"),
          Map.entry("Content-Type", "application/json"));

  /** The headers any request may carry, each with malformed values of its own. */
  private static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put(
        "Accept",
        List.of(
            ";;;",
            ";",
            "*/",
            "/",
            "*/*;q=abc",
            "application/json;q=2",
            "*/*; charset=\"",
            "text/html",
            "application/*;q=0, */*;q=0"));
    HEADERS.put(
        "Accept-Language",
        List.of(
            "-",
            "*",
            "en-",
            "-en",
            "zh;q=abc",
            "zh;q=2",
            "zh;q=-1",
            "en;q=0.5;q=0.2",
            ",,,",
            ";q=1",
            "abcdefghi",
            "x-klingon",
            "zh-Hant-TW-u-co-pinyin",
            "zh-" + "a-".repeat(1_999) + "a", // a tag with 2,000 subtags
            "zh,".repeat(2_000))); // 2,000 ranges
    HEADERS.put(
        "If-None-Match",
        List.of(
            "*",
            "\"",
            "W/",
            "\"\"",
            "W/\"x\", \"y\"",
            "\"unterminated",
            "\"r1-0\", ".repeat(1_000)));
    HEADERS.put(
        "If-Match",
        List.of(
            "\"v\"",
            "\"v99999999999999999999\"",
            "W/\"v1\"",
            "\"v-1\"",
            ",,,",
            "\"v1",
            "*, *",
            "\"v1\", ".repeat(1_000)));
    HEADERS.put(
        "If-Modified-Since",
        List.of(
            "yesterday",
            "-1",
            "0",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "Tue, 99 Foo 2024 99:99:99 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994"));
    HEADERS.put(
        "Content-Type",
        List.of(
            ";;;",
            "application/json;charset=nope",
            "application/json; charset=\"",
            "text/plain",
            "multipart/form-data; boundary=",
            "application/merge-patch+json",
            "application/json"));
    HEADERS.put(
        "Authorization",
        List.of(
            "Bearer",
            "Bearer ",
            "Bearer a.b.c",
            "Basic Zm9vOmJhcg==",
            "Bearer " + unsignedCuratorToken(),
            "Bearer " + "A".repeat(Malformations.FAR_OVER_IN_HEADER)));
  }

  /** Query strings with parameters the contract does not declare. */
  private static final List<String> UNKNOWN_QUERIES =
      List.of(
          "zzz=1",
          "%00=1",
          "=x",
          "&&&",
          "a[b]=c",
          "%ZZ=1",
          ";",
          "LANG=zh",
          IntStream.range(0, 300)
              .mapToObj(i -> "p" + i + "=" + i)
              .collect(Collectors.joining("&")));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicInteger editions = new AtomicInteger();
  private final Map<String, ObjectNode> readInputs = new HashMap<>();
  private final Contract contract;
  private final Malformations malformations;
  private final MalformedBodies bodies;
  private final String curatorToken;

  MalformedRequests(Contract contract, long seed, String curatorToken) {
    this.contract = contract;
    this.malformations = new Malformations(seed);
    this.bodies = new MalformedBodies(contract);
    this.curatorToken = curatorToken;
  }

  List<Case> of(Operation operation) {
    Request valid = valid(operation);
    List<Case> cases = new ArrayList<>();
    cases.add(valid.toCase(operation, VALID, "", VALID));
    for (Parameter parameter : operation.parameters()) {
      String validValue = validValue(operation, parameter);
      switch (parameter.in()) {
        case "path" -> cases.addAll(pathCases(operation, valid, parameter, validValue));
        case "query" -> cases.addAll(queryCases(operation, valid, parameter, validValue));
        case "header" ->
            cases.addAll(
                headerCases(
                    operation,
                    valid,
                    parameter.name(),
                    validValue,
                    malformations.inHeader(
                        validValue, HEADERS.getOrDefault(parameter.name(), List.of()))));
        default -> throw new IllegalStateException("a parameter in " + parameter.in());
      }
    }
    List<String> declared = operation.parameters().stream().map(Parameter::name).toList();
    for (String header : HEADERS.keySet()) {
      boolean applies = !header.equals("Authorization") || operation.secured();
      if (applies && !declared.contains(header)) {
        String validValue = validHeader(operation, header);
        List<Value> values = malformations.ownValues(validValue, HEADERS.get(header));
        cases.addAll(headerCases(operation, valid, header, validValue, values));
      }
    }
    for (String query : UNKNOWN_QUERIES) {
      cases.add(
          valid
              .withRawQuery(query)
              .toCase(operation, "unknown query parameters", "query", "not in the contract"));
    }
    if (operation.takesDocument()) {
      for (String document : MALFORMED_DOCUMENTS) {
        cases.add(
            valid
                .withBody(document.getBytes(UTF_8))
                .toCase(operation, "body", "body", "not the document it should be"));
      }
      byte[] invalidUtf8 = {'a', ' ', '=', ' ', '"', (byte) 0xC3, (byte) 0x28, '"'};
      cases.add(valid.withBody(invalidUtf8).toCase(operation, "body", "body", "invalid UTF-8"));
    } else if (operation.bodySchema() != null) {
      for (Body body : bodies.of(contract.schema(inputSchema(operation)), validBody(operation))) {
        String group = body.where().equals("body") ? "body" : "body property";
        byte[] bytes = operation.takesBatch() ? inArray(body.bytes()) : body.bytes();
        cases.add(valid.withBody(bytes).toCase(operation, group, body.where(), body.kind()));
      }
      if (operation.takesBatch()) {
        String entry = validBody(operation).toString();
        String overMax = "[" + String.join(",", Collections.nCopies(101, entry)) + "]";
        cases.add(
            valid
                .withBody(overMax.getBytes(UTF_8))
                .toCase(operation, "body", "body", "one over maxItems"));
        cases.add(
            valid
                .withBody(entry.getBytes(UTF_8))
                .toCase(operation, "body", "body", "not an array"));
      }
    }
    return cases;
  }

  private List<Case> pathCases(
      Operation operation, Request valid, Parameter parameter, String validValue) {
    List<Value> values = new ArrayList<>(malformations.inUrl(parameter.schema(), validValue));
    values.add(new Value("encoded slash", Malformations.encode(validValue) + "%2F"));
    values.add(new Value("dot segment", ".."));
    values.add(new Value("dot segment", "%2E%2E"));
    values.add(new Value("matrix parameter", Malformations.encode(validValue) + ";x=1"));
    List<Case> cases = new ArrayList<>();
    for (Value value : values) {
      cases.add(
          valid
              .withPath(parameter.name(), value.wire())
              .toCase(operation, "path parameter", "path " + parameter.name(), value.kind()));
    }
    return cases;
  }

  private List<Case> queryCases(
      Operation operation, Request valid, Parameter parameter, String validValue) {
    String where = "query " + parameter.name();
    List<Case> cases = new ArrayList<>();
    for (Value value : malformations.inUrl(parameter.schema(), validValue)) {
      cases.add(
          valid
              .withQuery(parameter.name(), value.wire())
              .toCase(operation, "query parameter", where, value.kind()));
    }
    String once = parameter.name() + "=" + Malformations.encode(validValue) + "&";
    cases.add(
        valid
            .withoutQuery(parameter.name())
            .withRawQuery(once.repeat(Malformations.FAR_OVER_IN_URL / once.length()))
            .toCase(operation, "query parameter", where, "parameter repeated many times"));
    return cases;
  }

  private List<Case> headerCases(
      Operation operation, Request valid, String name, String validValue, List<Value> values) {
    List<Case> cases = new ArrayList<>();
    for (Value value : values) {
      cases.add(
          valid
              .withHeader(name, value.wire())
              .toCase(operation, "header " + name, "header " + name, value.kind()));
    }
    String line = name + ": " + validValue + "\r\n";
    int times = Math.min(100, Malformations.FAR_OVER_IN_HEADER / line.length());
    Request repeated = valid.withoutHeader(name);
    for (int i = 0; i < times; i++) {
      repeated = repeated.plusHeader(name, validValue);
    }
    cases.add(repeated.toCase(operation, "header " + name, "header " + name, "header repeated"));
    return cases;
  }

  /**
   * The operation's valid request: its required parameters, and for a write the curator's token,
   * its body and If-Match: * so that it gets past the version check to the body.
   */
  private Request valid(Operation operation) {
    Request request = new Request(operation.path(), Map.of(), List.of(), List.of(), null);
    for (Parameter parameter : operation.parameters()) {
      String value = validValue(operation, parameter);
      switch (parameter.in()) {
        case "path" -> request = request.withPath(parameter.name(), Malformations.encode(value));
        case "query" -> {
          if (parameter.required()) {
            request = request.withQuery(parameter.name(), Malformations.encode(value));
          }
        }
        case "header" -> {
          if (parameter.required() || (!operation.reads() && parameter.name().equals("If-Match"))) {
            request = request.withHeader(parameter.name(), value);
          }
        }
        default -> {}
      }
    }
    if (operation.secured()) {
      request = request.withHeader("Authorization", curatorToken);
    }
    if (operation.bodySchema() != null) {
      request =
          request
              .withHeader("Content-Type", operation.bodyMediaType())
              .withBody(validBodyBytes(operation));
    }
    return request;
  }

  /** The valid body as sent: a document, an entry, or a batch of one entry. */
  byte[] validBodyBytes(Operation operation) {
    if (operation.takesDocument()) {
      return VALID_DOCUMENTS.get(operation.path()).getBytes(UTF_8);
    }
    byte[] entry = validBody(operation).toString().getBytes(UTF_8);
    return operation.takesBatch() ? inArray(entry) : entry;
  }

  private static byte[] inArray(byte[] entry) {
    byte[] array = new byte[entry.length + 2];
    array[0] = '[';
    System.arraycopy(entry, 0, array, 1, entry.length);
    array[array.length - 1] = ']';
    return array;
  }

  private String validValue(Operation operation, Parameter parameter) {
    if (parameter.in().equals("path") && !operation.reads()) {
      return ownedSlug(inputSchema(operation));
    }
    JsonNode schema = parameter.schema();
    JsonNode choices = schema.has("enum") ? schema.get("enum") : schema.path("items").path("enum");
    if (parameter.example() != null) {
      return parameter.example();
    }
    if (choices.size() > 0) {
      return choices.get(0).asText();
    }
    if (VALID_VALUES.containsKey(parameter.name())) {
      return VALID_VALUES.get(parameter.name());
    }
    return schema.path("default").asText("x");
  }

  private String validHeader(Operation operation, String name) {
    return switch (name) {
      case "Authorization" -> curatorToken;
      case "Content-Type" ->
          operation.bodyMediaType() != null ? operation.bodyMediaType() : "application/json";
      default -> VALID_VALUES.get(name);
    };
  }

  /**
   * The input schema an operation writes: its body's, or, for a merge patch or a removal, that of
   * the replacement at the same path.
   */
  String inputSchema(Operation operation) {
    String own =
        Contract.schemaName(
            operation.takesBatch() ? operation.bodySchema().path("items") : operation.bodySchema());
    if (own != null) {
      return own;
    }
    return contract.operations().stream()
        .filter(other -> other.path().equals(operation.path()) && other.method().equals("PUT"))
        .map(other -> Contract.schemaName(other.bodySchema()))
        .findFirst()
        .orElse(null);
  }

  /**
   * A valid input of a schema as the service gave it, such as the dataset's document as it is:
   * loaded again, it changes nothing.
   */
  void validInputIs(String schema, String input) {
    try {
      readInputs.put(schema, (ObjectNode) JSON.readTree(input));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode validBody(Operation operation) {
    String schema = inputSchema(operation);
    if (readInputs.containsKey(schema)) {
      return readInputs.get(schema).deepCopy();
    }
    if (!names(schema)) {
      // a name is given once and for good: each valid one is new
      return validInput(schema).put("name", "fuzz-edition-" + editions.incrementAndGet());
    }
    String slug = ownedSlug(schema) + (operation.method().equals("POST") ? "-new" : "");
    return validInput(schema).put("slug", slug);
  }

  static ObjectNode validInput(String schema) {
    try {
      String input = VALID_INPUTS.get(schema);
      if (input == null) {
        throw new IllegalStateException(
            "The contract has a body of schema " + schema + ": add a valid one to VALID_INPUTS");
      }
      return (ObjectNode) JSON.readTree(input);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether the input names an entry by its slug, which the test owns and puts back after each
   * write; an edition, once named, stays.
   */
  static boolean names(String schema) {
    return VALID_INPUTS.containsKey(schema) && validInput(schema).has("slug");
  }

  static String ownedSlug(String schema) {
    return validInput(schema).get("slug").asText();
  }

  /** A token that claims the curator role, with "none" for its algorithm and no signature. */
  private static String unsignedCuratorToken() {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
    String claims =
        "{\"iss\":\"rust-dist-catalog\",\"upn\":\"mallory@example.org\",\"groups\":[\"curator\"]}";
    return base64.encodeToString(header.getBytes(UTF_8))
        + "."
        + base64.encodeToString(claims.getBytes(UTF_8))
        + ".";
  }

  /** A request being built: path values and query already on the wire, headers as bytes. */
  private record Request(
      String template,
      Map<String, String> path,
      List<String> query,
      List<Header> headers,
      byte[] body) {

    Request withPath(String name, String wire) {
      Map<String, String> values = new LinkedHashMap<>(path);
      values.put(name, wire);
      return new Request(template, values, query, headers, body);
    }

    Request withQuery(String name, String wire) {
      return withoutQuery(name).withRawQuery(name + "=" + wire);
    }

    Request withoutQuery(String name) {
      List<String> kept = query.stream().filter(pair -> !pair.startsWith(name + "=")).toList();
      return new Request(template, path, kept, headers, body);
    }

    Request withRawQuery(String raw) {
      List<String> longer = new ArrayList<>(query);
      longer.add(raw);
      return new Request(template, path, longer, headers, body);
    }

    Request withHeader(String name, String value) {
      return withoutHeader(name).plusHeader(name, value);
    }

    Request withoutHeader(String name) {
      List<Header> kept =
          headers.stream().filter(header -> !header.name().equalsIgnoreCase(name)).toList();
      return new Request(template, path, query, kept, body);
    }

    Request plusHeader(String name, String value) {
      List<Header> more = new ArrayList<>(headers);
      more.add(new Header(name, value));
      return new Request(template, path, query, more, body);
    }

    Request withBody(byte[] bytes) {
      return new Request(template, path, query, headers, bytes);
    }

    Case toCase(Operation operation, String group, String where, String kind) {
      String target = template;
      for (Map.Entry<String, String> value : path.entrySet()) {
        target = target.replace("{" + value.getKey() + "}", value.getValue());
      }
      if (!query.isEmpty()) {
        target += "?" + String.join("&", query);
      }
      return new Case(operation, group, where, kind, target, headers, body);
    }
  }
}
