package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The one rule for every text a curator writes, values and keys alike: no control characters but
 * tab and newline. PostgreSQL refuses NUL in a text, and the others have no place in a catalog's
 * words, where they could only hide or garble what a reader sees.
 */
final class PlainText {

  static final String REASON = "must not contain control characters other than tab and newline";

  private PlainText() {}

  /** Adds a broken rule for each text or key of the body, at any depth, that breaks the rule. */
  static void check(JsonNode body, BodyCheck check) {
    check(body, "", check);
  }

  private static void check(JsonNode node, String field, BodyCheck check) {
    if (node.isTextual() && !isPlain(node.textValue())) {
      check.broken(field, REASON, List.of());
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), field + "[" + i + "]", check);
      }
    } else if (node.isObject()) {
      node.properties()
          .forEach(
              property -> {
                String name = field.isEmpty() ? property.getKey() : field + "." + property.getKey();
                if (!isPlain(property.getKey())) {
                  check.broken(name, REASON, List.of());
                }
                check(property.getValue(), name, check);
              });
    }
  }

  static boolean isPlain(String text) {
    return text.chars().noneMatch(PlainText::isForbidden);
  }

  /**
   * The text with each forbidden character written as its JSON escape (a backslash, u and four hex
   * digits), so that a field named by such a key can be shown.
   */
  static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.chars()
        .forEach(
            c -> {
              if (isForbidden(c)) {
                escaped.append(String.format("\\u%04x", c));
              } else {
                escaped.append((char) c);
              }
            });
    return escaped.toString();
  }

  private static boolean isForbidden(int c) {
    return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n';
  }
}
