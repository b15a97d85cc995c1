package dev.rustdist.catalog.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the catalog at two revisions through the records kept with the revisions they were
 * served at (V17): only the records that differ between the two are read.
 */
@ApplicationScoped
public class CatalogDiffs {

  // the records of one revision that the other does not share, in the document's order
  private static final String CRATES =
      "select slug, lang, body from crate_record_version"
          + " where revisions @> cast(? as bigint) and not revisions @> cast(? as bigint)"
          + " order by category_position, position, crate_id, lang";
  private static final String CATEGORIES =
      "select slug, lang, body from category_record_version"
          + " where revisions @> cast(? as bigint) and not revisions @> cast(? as bigint)"
          + " order by position, lang";

  /** A record's fields that the diff reports apart from the others. */
  private static final Set<String> OWN_LISTS = Set.of("slug", "ring", "maturity");

  private final Sql sql;
  private final ObjectMapper json;

  CatalogDiffs(Sql sql, ObjectMapper json) {
    this.sql = sql;
    this.json = json;
  }

  /** What changed from one revision to another, named in the language given. */
  public CatalogDiff between(CatalogDiff.Point from, CatalogDiff.Point to, String lang) {
    Map<String, Map<String, JsonNode>> cratesBefore = records(CRATES, from, to);
    Map<String, Map<String, JsonNode>> cratesAfter = records(CRATES, to, from);
    Map<String, Map<String, JsonNode>> categoriesBefore = records(CATEGORIES, from, to);
    Map<String, Map<String, JsonNode>> categoriesAfter = records(CATEGORIES, to, from);
    List<CatalogDiff.Move> moved = new ArrayList<>();
    List<CatalogDiff.Move> maturity = new ArrayList<>();
    cratesAfter.forEach(
        (slug, after) -> {
          Map<String, JsonNode> before = cratesBefore.get(slug);
          if (before != null) {
            move(slug, "ring", before, after, lang).ifPresent(moved::add);
            move(slug, "maturity", before, after, lang).ifPresent(maturity::add);
          }
        });
    return new CatalogDiff(
        from,
        to,
        only(cratesAfter, cratesBefore, lang, true),
        only(cratesBefore, cratesAfter, lang, true),
        moved,
        maturity,
        changed(cratesBefore, cratesAfter, lang),
        only(categoriesAfter, categoriesBefore, lang, false),
        only(categoriesBefore, categoriesAfter, lang, false),
        changed(categoriesBefore, categoriesAfter, lang));
  }

  /** The records of the revision not shared with the other, by slug, then language. */
  private Map<String, Map<String, JsonNode>> records(
      String statement, CatalogDiff.Point at, CatalogDiff.Point other) {
    Map<String, Map<String, JsonNode>> records = new LinkedHashMap<>();
    for (String[] row :
        sql.list(
            SqlStatement.of(statement, at.revision(), other.revision()),
            row -> new String[] {row.getString(1), row.getString(2), row.getString(3)})) {
      records.computeIfAbsent(row[0], slug -> new LinkedHashMap<>()).put(row[1], read(row[2]));
    }
    return records;
  }

  private static List<CatalogDiff.Entry> only(
      Map<String, Map<String, JsonNode>> these,
      Map<String, Map<String, JsonNode>> others,
      String lang,
      boolean crates) {
    return these.entrySet().stream()
        .filter(entry -> !others.containsKey(entry.getKey()))
        .map(
            entry -> {
              JsonNode record = in(entry.getValue(), lang);
              return new CatalogDiff.Entry(
                  entry.getKey(),
                  record.path("name").asText(null),
                  crates ? record.path("ring").asText(null) : null);
            })
        .toList();
  }

  private static Optional<CatalogDiff.Move> move(
      String slug,
      String field,
      Map<String, JsonNode> before,
      Map<String, JsonNode> after,
      String lang) {
    String from = in(before, lang).path(field).asText(null);
    String to = in(after, lang).path(field).asText(null);
    return Objects.equals(from, to)
        ? Optional.empty()
        : Optional.of(
            new CatalogDiff.Move(slug, in(after, lang).path("name").asText(null), from, to));
  }

  /** The entries at both ends whose fields differ in any language, other than ring and maturity. */
  private static List<CatalogDiff.Changed> changed(
      Map<String, Map<String, JsonNode>> before,
      Map<String, Map<String, JsonNode>> after,
      String lang) {
    List<CatalogDiff.Changed> changed = new ArrayList<>();
    after.forEach(
        (slug, records) -> {
          Map<String, JsonNode> earlier = before.get(slug);
          if (earlier == null) {
            return;
          }
          Set<String> fields = new LinkedHashSet<>();
          records.forEach(
              (language, record) -> {
                JsonNode then = earlier.get(language);
                for (Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
                  String name = names.next();
                  if (!OWN_LISTS.contains(name)
                      && (then == null || !record.get(name).equals(then.get(name)))) {
                    fields.add(name);
                  }
                }
              });
          if (!fields.isEmpty()) {
            changed.add(
                new CatalogDiff.Changed(
                    slug, in(records, lang).path("name").asText(null), List.copyOf(fields)));
          }
        });
    return changed;
  }

  /** The record in the language, or in any where it has none. */
  private static JsonNode in(Map<String, JsonNode> records, String lang) {
    return records.getOrDefault(lang, records.values().iterator().next());
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a kept record is not JSON", e);
    }
  }
}
