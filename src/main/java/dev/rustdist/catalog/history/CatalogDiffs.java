package dev.rustdist.catalog.history;

import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares the catalog at two revisions through the records kept with the revisions they were
 * served at (V17): only the records that differ between the two are read, and the database compares
 * them, so that what the service holds is the diff's few columns per record, however far apart the
 * two revisions are.
 */
@ApplicationScoped
public class CatalogDiffs {

  /**
   * Each record of one end that the other does not share, beside the other's record of the same
   * slug and language: the name, ring and maturity of each, and the fields of the later that differ
   * from the earlier's (all of them where the earlier has no record in that language), in the
   * record's order. Rows come in the document's order of the end they are from.
   */
  private static final String DIFFERING =
      """
      with before as (
          select slug, lang, body, %1$s from %2$s
          where revisions @> cast(? as bigint) and not revisions @> cast(? as bigint)),
      after as (
          select slug, lang, body, %1$s from %2$s
          where revisions @> cast(? as bigint) and not revisions @> cast(? as bigint))
      select coalesce(a.slug, b.slug), coalesce(a.lang, b.lang), b.slug is not null,
             a.slug is not null, b.body->>'name', b.body->>'ring', b.body->>'maturity',
             a.body->>'name', a.body->>'ring', a.body->>'maturity',
             array(select key from json_object_keys(a.body) with ordinality as keys (key, n)
                   where key not in ('slug', 'ring', 'maturity')
                     and (b.slug is null or (a.body->key)::jsonb is distinct from (b.body->key)::jsonb)
                   order by n)
      from before b full join after a on a.slug = b.slug and a.lang = b.lang
      order by %3$s
      """;

  private static final String CRATES =
      DIFFERING.formatted(
          "category_position, position, crate_id",
          "crate_record_version",
          "coalesce(a.category_position, b.category_position), coalesce(a.position, b.position),"
              + " coalesce(a.crate_id, b.crate_id), 2");
  private static final String CATEGORIES =
      DIFFERING.formatted(
          "position", "category_record_version", "coalesce(a.position, b.position), 2");

  /** One record's row: the slug's, in one language, at either end. */
  private record Row(
      String slug,
      String lang,
      boolean before,
      boolean after,
      Side then,
      Side now,
      List<String> fields) {}

  /** What the diff reads of a record at one end. */
  private record Side(String name, String ring, String maturity) {}

  /** A slug's rows, in every language it has, at both ends. */
  private record Entry(String slug, Map<String, Row> byLanguage) {

    boolean before() {
      return byLanguage.values().stream().anyMatch(Row::before);
    }

    boolean after() {
      return byLanguage.values().stream().anyMatch(Row::after);
    }

    /** The row in the language, or in any where it has none at that end. */
    Side side(String lang, boolean later) {
      Row row = byLanguage.get(lang);
      if (row != null && (later ? row.after() : row.before())) {
        return later ? row.now() : row.then();
      }
      return byLanguage.values().stream()
          .filter(any -> later ? any.after() : any.before())
          .map(any -> later ? any.now() : any.then())
          .findFirst()
          .orElseThrow();
    }

    List<String> fields() {
      Set<String> fields = new LinkedHashSet<>();
      byLanguage.values().stream().filter(Row::after).forEach(row -> fields.addAll(row.fields()));
      return List.copyOf(fields);
    }
  }

  private final Sql sql;

  CatalogDiffs(Sql sql) {
    this.sql = sql;
  }

  /** What changed from one revision to another, named in the language given. */
  public CatalogDiff between(CatalogDiff.Point from, CatalogDiff.Point to, String lang) {
    List<Entry> crates = entries(CRATES, from, to);
    List<Entry> categories = entries(CATEGORIES, from, to);
    List<Entry> both = crates.stream().filter(e -> e.before() && e.after()).toList();
    return new CatalogDiff(
        from,
        to,
        only(crates, true, lang),
        only(crates, false, lang),
        moves(both, Side::ring, lang),
        moves(both, Side::maturity, lang),
        changed(both, lang),
        only(categories, true, lang),
        only(categories, false, lang),
        changed(categories.stream().filter(e -> e.before() && e.after()).toList(), lang));
  }

  private List<Entry> entries(String statement, CatalogDiff.Point from, CatalogDiff.Point to) {
    long then = from.revision();
    long now = to.revision();
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Row row :
        sql.list(
            SqlStatement.of(statement, then, now, now, then),
            result ->
                new Row(
                    result.getString(1),
                    result.getString(2),
                    result.getBoolean(3),
                    result.getBoolean(4),
                    new Side(result.getString(5), result.getString(6), result.getString(7)),
                    new Side(result.getString(8), result.getString(9), result.getString(10)),
                    List.of((String[]) result.getArray(11).getArray())))) {
      entries
          .computeIfAbsent(row.slug(), slug -> new Entry(slug, new LinkedHashMap<>()))
          .byLanguage()
          .put(row.lang(), row);
    }
    return List.copyOf(entries.values());
  }

  /** The entries at one end only: added (at the later) or removed (at the earlier). */
  private static List<CatalogDiff.Entry> only(List<Entry> entries, boolean added, String lang) {
    return entries.stream()
        .filter(entry -> added ? !entry.before() : !entry.after())
        .map(
            entry -> {
              Side side = entry.side(lang, added);
              return new CatalogDiff.Entry(entry.slug(), side.name(), side.ring());
            })
        .toList();
  }

  private static List<CatalogDiff.Move> moves(
      List<Entry> entries, Function<Side, String> field, String lang) {
    List<CatalogDiff.Move> moves = new ArrayList<>();
    for (Entry entry : entries) {
      String from = field.apply(entry.side(lang, false));
      String to = field.apply(entry.side(lang, true));
      if (!Objects.equals(from, to)) {
        moves.add(new CatalogDiff.Move(entry.slug(), entry.side(lang, true).name(), from, to));
      }
    }
    return moves;
  }

  /** The entries at both ends whose fields differ in any language, other than ring and maturity. */
  private static List<CatalogDiff.Changed> changed(List<Entry> entries, String lang) {
    return entries.stream()
        .filter(entry -> !entry.fields().isEmpty())
        .map(
            entry ->
                new CatalogDiff.Changed(
                    entry.slug(), entry.side(lang, true).name(), entry.fields()))
        .toList();
  }
}
