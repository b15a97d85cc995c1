package dev.rustdist.catalog.fuzz;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Malformed values for what the contract says a parameter takes. Each has a kind, which says what
 * is wrong with it (failures are grouped by it), and its form on the wire: percent-encoded for a
 * URL, bytes as chars for a header. Seeded, so that every run sends the same requests.
 */
final class Malformations {

  record Value(String kind, String wire) {}

  // Within the 4 KiB request line, so that the value's own handling answers; beyond it the HTTP
  // layer's limit does, which is a case of its own.
  static final int FAR_OVER_IN_URL = 3_000;

  // Within the 20 KiB a request's headers may take.
  static final int FAR_OVER_IN_HEADER = 15_000;

  private final Random random;

  Malformations(long seed) {
    random = new Random(seed);
  }

  /** Values for a query or path parameter; valid is a value it accepts. */
  List<Value> inUrl(JsonNode schema, String valid) {
    String validWire = encode(valid);
    List<Value> values = new ArrayList<>();
    values.add(new Value("empty", ""));
    values.add(new Value("only spaces", "%20%20%20"));
    if (!isNumber(schema)) {
      int maxLength = schema.path("maxLength").asInt(0);
      if (maxLength > 0) {
        values.add(new Value("one over maxLength", encode(pad(valid, maxLength + 1))));
      }
      values.add(new Value("far over any length", encode(pad(valid, FAR_OVER_IN_URL))));
    }
    values.add(new Value("NUL", validWire + "%00" + validWire));
    values.add(new Value("control characters", "%01%08%0B%1B%7F" + validWire));
    values.add(new Value("CR LF", validWire + "%0D%0AX-Injected:%201"));
    // UTF-8 forbids the encoding of a surrogate on its own
    values.add(new Value("lone surrogate", validWire + "%ED%A0%80"));
    values.add(new Value("overlong UTF-8", "%C0%80"));
    values.add(new Value("invalid UTF-8", "%FF%FE" + validWire));
    values.add(new Value("odd Unicode", encode("\u202E" + valid + "\u200B\uFEFF")));
    values.add(new Value("odd Unicode", encode("İı ｔｏｋｉｏ 😀 \uFFFF " + "e\u0301".repeat(100))));
    values.add(new Value("invalid percent-encoding", "%"));
    values.add(new Value("invalid percent-encoding", validWire + "%ZZ"));
    values.add(new Value("characters a URL may not carry raw", "<x>\"{|}\\^`"));
    for (String wrong : wrongTypes(schema)) {
      values.add(new Value("wrong type", encode(wrong)));
    }
    for (String number : outOfRange(schema)) {
      values.add(new Value("number out of range", encode(number)));
    }
    String once = validWire.isEmpty() ? "a" : validWire + (isArray(schema) ? "," : "");
    values.add(
        new Value(
            "huge repetition of a valid value", once.repeat(FAR_OVER_IN_URL / once.length())));
    values.add(new Value("seeded junk", junkForUrl()));
    return values;
  }

  /**
   * Values for a header parameter: what breaks any header, then the header's own malformed values;
   * valid is a value it accepts.
   */
  List<Value> inHeader(String valid, List<String> specific) {
    List<Value> values = new ArrayList<>();
    values.add(new Value("empty", ""));
    values.add(new Value("NUL", valid + "\0" + valid));
    values.add(new Value("control characters", "\u0001\u0008\u001b\u007f" + valid));
    values.add(new Value("raw UTF-8", bytesAsChars(("中文 " + valid).getBytes(UTF_8))));
    values.add(new Value("invalid UTF-8", "\u00FF\u00FE" + valid));
    values.add(new Value("seeded junk", junkForHeader()));
    values.addAll(ownValues(valid, specific));
    return values;
  }

  /**
   * Values for a header any request may carry but the contract does not declare: its own malformed
   * values, and lengths; what breaks any header is sent in the declared ones.
   */
  List<Value> ownValues(String valid, List<String> specific) {
    List<Value> values = new ArrayList<>();
    values.add(new Value("far over any length", pad("x", FAR_OVER_IN_HEADER)));
    values.add(
        new Value("huge repetition of a valid value", pad(valid + ", ", FAR_OVER_IN_HEADER)));
    for (String value : specific) {
      values.add(new Value(quoted(value), value));
    }
    return values;
  }

  /** The value as a failure's kind names it: in quotes, its start only when it is long. */
  static String quoted(String value) {
    return value.length() <= 30
        ? "'" + value + "'"
        : "'" + value.substring(0, 20) + "…' (" + value.length() + " chars)";
  }

  private static List<String> wrongTypes(JsonNode schema) {
    String type = type(schema);
    JsonNode choices = schema.has("enum") ? schema.get("enum") : schema.path("items").path("enum");
    List<String> wrong = new ArrayList<>();
    switch (type) {
      case "integer", "number" -> wrong.addAll(List.of("abc", "1.5", "1e3", "0x10", "+1"));
      case "boolean" -> wrong.addAll(List.of("yes", "1", "TRUE"));
      case "array" -> wrong.addAll(List.of("[\"a\"]", ",,,"));
      default -> wrong.addAll(List.of("[]", "{}"));
    }
    if (choices.size() > 0) {
      String first = choices.get(0).asText();
      wrong.addAll(List.of(first.toUpperCase(java.util.Locale.ROOT), first + ";x"));
    }
    return wrong;
  }

  private static List<String> outOfRange(JsonNode schema) {
    if (!isNumber(schema)) {
      return List.of();
    }
    List<String> numbers = new ArrayList<>();
    if (schema.has("minimum")) {
      numbers.add(Long.toString(schema.get("minimum").asLong() - 1));
    }
    if (schema.has("maximum")) {
      numbers.add(Long.toString(schema.get("maximum").asLong() + 1));
    }
    numbers.addAll(
        List.of("2147483648", "-9223372036854775809", "1" + "0".repeat(400), "NaN", "-0"));
    return numbers;
  }

  /** Text of about length chars, made of the valid value repeated. */
  static String pad(String valid, int length) {
    String unit = valid.isEmpty() ? "a" : valid;
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }

  static boolean isArray(JsonNode schema) {
    return type(schema).equals("array");
  }

  private static boolean isNumber(JsonNode schema) {
    return type(schema).equals("integer") || type(schema).equals("number");
  }

  /** The schema's type, the non-null one where it allows null too. */
  static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (!one.asText().equals("null")) {
          return one.asText();
        }
      }
    }
    if (type.isTextual()) {
      return type.asText();
    }
    return schema.has("properties") || schema.has("additionalProperties") ? "object" : "string";
  }

  /** Percent-encodes every byte of the text's UTF-8 but the unreserved characters. */
  static String encode(String text) {
    return encode(text.getBytes(UTF_8));
  }

  private static String encode(byte[] bytes) {
    StringBuilder wire = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        wire.append((char) c);
      } else {
        wire.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        wire.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return wire.toString();
  }

  static String bytesAsChars(byte[] bytes) {
    return new String(bytes, ISO_8859_1);
  }

  /** Up to 40 random bytes, percent-encoded where a URL needs it. */
  private String junkForUrl() {
    byte[] bytes = new byte[1 + random.nextInt(40)];
    random.nextBytes(bytes);
    return encode(bytes).replace("%25", "%"); // a few stray % too
  }

  /** Up to 40 random bytes a header line can carry: anything but CR and LF. */
  private String junkForHeader() {
    StringBuilder junk = new StringBuilder();
    for (int i = 1 + random.nextInt(40); i > 0; i--) {
      char c = (char) random.nextInt(256);
      junk.append(c == '\r' || c == '\n' ? ' ' : c);
    }
    return junk.toString();
  }
}
