package dev.rustdist.catalog.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port to Java of how Thoughtworks' Build Your Own Radar reads a CSV or JSON file, at commit
 * 9e1f13a6cd0078d261e6a7fac5114b9c0f589dbd of github.com/thoughtworks/build-your-own-radar:
 *
 * <ul>
 *   <li>{@code src/util/contentValidator.js}: the columns a file must have;
 *   <li>{@code src/util/inputSanitizer.js} ({@code sanitize}): every key and value trimmed, the
 *       description passed through sanitize-html with a short list of allowed tags, the other
 *       fields with none;
 *   <li>{@code src/util/factory.js} ({@code plotRadarGraph}, {@code
 *       validateInputQuadrantOrRingName}): a blip is kept only if its quadrant and its ring match,
 *       ignoring case and the spelling of "&amp;", one of the configured names;
 *   <li>{@code src/graphing/config.js}: the configured names, by default those of the hosted radar.
 * </ul>
 *
 * sanitize-html is followed as BYOR configures it: disallowed tags are dropped and their text kept
 * (except in script, style, textarea, option and noscript, dropped whole), disallowed attributes
 * dropped, entities decoded and the text escaped again ({@code &}, {@code <}, {@code >}).
 */
final class BuildYourOwnRadarPort {

  static final List<String> DEFAULT_QUADRANTS =
      List.of("Techniques", "Platforms", "Tools", "Languages & Frameworks");
  static final List<String> DEFAULT_RINGS = List.of("Adopt", "Trial", "Assess", "Hold");

  private static final List<String> REQUIRED_COLUMNS =
      List.of("name", "ring", "quadrant", "description");
  private static final Set<String> DESCRIPTION_TAGS =
      Set.of(
          "b", "i", "em", "strong", "a", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "br", "p",
          "u");
  private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "target", "rel");
  private static final Set<String> TAGS_DROPPED_WITH_TEXT =
      Set.of("script", "style", "textarea", "option", "noscript");
  private static final Pattern TAG =
      Pattern.compile(
          "<(/?)([A-Za-z][A-Za-z0-9]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s=>/]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);");
  private static final Map<String, String> NAMED_ENTITIES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");
  private static final Pattern AND = Pattern.compile("(-|\\s+)(and)(-|\\s+)|\\s*(&)\\s*");

  /** A blip as the radar draws it, with the configured quadrant and ring it matched. */
  record Blip(String name, String ring, String quadrant, boolean isNew, String description) {}

  /** Why BYOR refuses a whole file (its MalformedDataError). */
  static final class MalformedData extends RuntimeException {
    MalformedData(String message) {
      super(message);
    }
  }

  private BuildYourOwnRadarPort() {}

  /** The blips BYOR draws from a file's rows, with its default quadrants and rings. */
  static List<Blip> plot(List<String> columns, List<Map<String, String>> rows) {
    verifyContent(columns);
    verifyHeaders(columns);
    List<Blip> drawn = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Map<String, String> blip = sanitize(row);
      Optional<String> quadrant = configuredName(DEFAULT_QUADRANTS, blip.get("quadrant"));
      Optional<String> ring = configuredName(DEFAULT_RINGS, blip.get("ring"));
      if (quadrant.isPresent() && ring.isPresent()) {
        drawn.add(
            new Blip(
                blip.get("name"),
                ring.get(),
                quadrant.get(),
                blip.get("isNew").toLowerCase(Locale.ROOT).equals("true"),
                blip.get("description")));
      }
    }
    return drawn;
  }

  static void verifyContent(List<String> columns) {
    if (columns.isEmpty()) {
      throw new MalformedData("Document is missing content.");
    }
  }

  static void verifyHeaders(List<String> columns) {
    List<String> trimmed = columns.stream().map(String::trim).toList();
    if (!trimmed.containsAll(REQUIRED_COLUMNS)
        || !(trimmed.contains("isNew") || trimmed.contains("status"))) {
      throw new MalformedData("Document is missing one or more required headers.");
    }
  }

  /** The row as BYOR keeps it: trimmed, the description's HTML cleaned, the rest plain text. */
  static Map<String, String> sanitize(Map<String, String> row) {
    Map<String, String> blip = new LinkedHashMap<>();
    row.forEach((key, value) -> blip.put(key.trim(), value.trim()));
    blip.put("description", html(blip.getOrDefault("description", ""), DESCRIPTION_TAGS));
    for (String field : List.of("name", "isNew", "status", "ring", "quadrant")) {
      // its textFilter turns the first escaped ampersand of a plain field back into "&"
      blip.put(field, html(blip.getOrDefault(field, ""), Set.of()).replaceFirst("&amp;", "&"));
    }
    return blip;
  }

  /** The configured name that a quadrant or ring matches, as validateInputQuadrantOrRingName. */
  static Optional<String> configuredName(List<String> configured, String given) {
    String wanted = AND.matcher(given.toLowerCase(Locale.ROOT)).replaceAll(" & ");
    return configured.stream()
        .filter(name -> name.toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** sanitize-html with these tags allowed, and on links only href, target and rel. */
  static String html(String input, Set<String> allowedTags) {
    StringBuilder out = new StringBuilder();
    Matcher tag = TAG.matcher(input);
    int at = 0;
    String droppingUntil = null;
    while (tag.find()) {
      if (droppingUntil == null) {
        out.append(text(input.substring(at, tag.start())));
      }
      at = tag.end();
      boolean closing = !tag.group(1).isEmpty();
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (droppingUntil != null) {
        if (closing && name.equals(droppingUntil)) {
          droppingUntil = null;
        }
        continue;
      }
      if (!closing && TAGS_DROPPED_WITH_TEXT.contains(name) && !allowedTags.contains(name)) {
        droppingUntil = name;
        continue;
      }
      if (allowedTags.contains(name)) {
        out.append('<').append(tag.group(1)).append(name);
        if (!closing) {
          out.append(attributes(name, tag.group(3)));
        }
        out.append('>');
      }
    }
    if (droppingUntil == null) {
      out.append(text(input.substring(at)));
    }
    return out.toString();
  }

  private static String attributes(String tag, String attributes) {
    StringBuilder kept = new StringBuilder();
    Matcher attribute = ATTRIBUTE.matcher(attributes);
    while (attribute.find()) {
      String name = attribute.group(1).toLowerCase(Locale.ROOT);
      if (tag.equals("a") && LINK_ATTRIBUTES.contains(name)) {
        String value = attribute.group(2) == null ? "" : unquoted(attribute.group(2));
        kept.append(' ')
            .append(name)
            .append("=\"")
            .append(text(value).replace("\"", "&quot;"))
            .append('"');
      }
    }
    return kept.toString();
  }

  private static String unquoted(String value) {
    return value.startsWith("\"") || value.startsWith("'")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  /** Text between tags: entities decoded, then &, < and > escaped again. */
  private static String text(String raw) {
    return decoded(raw).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String decoded(String raw) {
    Matcher entity = ENTITY.matcher(raw);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      String code = entity.group(1);
      String character;
      if (code.startsWith("#x")) {
        character = Character.toString(Integer.parseInt(code.substring(2), 16));
      } else if (code.startsWith("#")) {
        character = Character.toString(Integer.parseInt(code.substring(1)));
      } else {
        character = NAMED_ENTITIES.getOrDefault(code, entity.group());
      }
      entity.appendReplacement(out, Matcher.quoteReplacement(character));
    }
    entity.appendTail(out);
    return out.toString();
  }
}
