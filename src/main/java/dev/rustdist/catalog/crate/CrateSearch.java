package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.caching.RevisionCache;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import dev.rustdist.catalog.vocabulary.Term;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL behind the crate list: filters, relevance, order, pages and counts. Every value from the
 * request is a bound parameter; the SQL text is assembled from the fixed fragments here.
 *
 * <p>The document's order is the index {@code crate_document_order_idx}: a page in that order is
 * read from the index, after a cursor at any depth. Text is matched through the trigram indexes of
 * names, descriptions, positionings and pros and cons, each on its own and once, each crate found
 * labelled with the field it was found in; the crates found are then read by id. The plans hold for
 * any text, as statements are planned once per connection (see the datasource's options).
 */
@ApplicationScoped
class CrateSearch {

  // how much the totals and facets of distinct filters may take, each, for the current revision
  private static final long COUNTS_BYTES = 4L * 1024 * 1024;
  private static final long FACETS_BYTES = 2048;

  private static final String LIKE = " ilike ? escape '!'";
  // Fewer characters than a trigram make no use of the trigram indexes: such a text is looked for
  // at the start of names only, and the names found listed in their order, both along the index
  // of lower-cased names in bytewise order (V15), rather than by reading every text.
  static final int SHORTEST_SUBSTRING = 3;
  private static final String NAME_IN_BYTE_ORDER = "c.name_key";
  // Each crate a text is found in, with the field it was found in (numbered as MatchedField's
  // constants): names, descriptions, positionings, pros and cons, each read from its trigram index.
  private static final String FOUND =
      "select n.id as crate_id, "
          + MatchedField.NAME.ordinal()
          + " as field from crate n where n.name"
          + LIKE
          + " union all select t.crate_id, "
          + MatchedField.DESCRIPTION.ordinal()
          + " from crate_i18n t where t.lang = ? and t.description"
          + LIKE
          + " union all select t.crate_id, "
          + MatchedField.POSITIONING.ordinal()
          + " from crate_i18n t where t.lang = ? and t.positioning"
          + LIKE
          + " union all select p.crate_id, case p.kind when 'pro' then "
          + MatchedField.PROS.ordinal()
          + " else "
          + MatchedField.CONS.ordinal()
          + " end from crate_point p where p.id = any(array(select pt.point_id from"
          + " crate_point_i18n pt where pt.lang = ? and pt.text"
          + LIKE
          + "))";
  // Ascending: an exact name first, then a name containing the text, a description, a
  // positioning, and last pros and cons, which often weigh one crate against another: the first
  // of the fields a crate was found in, in their order.
  private static final String RELEVANCE =
      "case when lower(c.name) = ? then 0 else least(m.fields[1], "
          + MatchedField.PROS.ordinal()
          + ") + 1 end, ";

  private enum Dimension {
    MATURITY,
    RING,
    CATEGORY,
    TEXT
  }

  /**
   * The crates of one page as the API shows them, and the cursor after the last of them when more
   * follow in the document's order.
   */
  record Found(List<Row> rows, CrateCursor next) {

    /** A crate of the page: its place in the document's order, its record, and for a text why. */
    record Row(CrateCursor place, CrateDocument crate, List<MatchedField> matchedFields) {}

    List<CrateDocument> crates() {
      return rows.stream().map(Row::crate).toList();
    }

    /** For a text, the fields each crate was found in, by slug in the page's order. */
    Map<String, List<MatchedField>> matches() {
      Map<String, List<MatchedField>> matches = new LinkedHashMap<>();
      rows.forEach(row -> matches.put(row.crate().slug(), row.matchedFields()));
      return matches;
    }
  }

  private final Sql sql;
  private final CurrentRevision revisions;
  private final RevisionCache<String, Long> totals =
      new RevisionCache<>(COUNTS_BYTES, (filter, total) -> 2L * filter.length() + 64);
  private final RevisionCache<String, Facets> facetCounts =
      new RevisionCache<>(COUNTS_BYTES, (filter, facets) -> 2L * filter.length() + FACETS_BYTES);

  CrateSearch(Sql sql, CurrentRevision revisions) {
    this.sql = sql;
    this.revisions = revisions;
  }

  /**
   * A page of the crates the query matches, with their records: after the cursor when there is one,
   * else offset. One statement reads it, in the document's order along its index; for a text, the
   * same statement counts the matches and tells in which fields each crate of the page was found.
   */
  Found find(CrateQuery query, CrateCursor after, int limit, int offset, String lang) {
    Map<Dimension, SqlStatement> conditions = conditions(query, lang);
    String text = query.text();
    // a text's matches are all read to be ranked: the same statement counts them, for the total,
    // and gathers the fields each was found in
    boolean ranked = text != null && !namePrefixOnly(text);
    SqlStatement select;
    if (ranked) {
      conditions.remove(Dimension.TEXT);
      select =
          SqlStatement.of(
                  "with matched as (select crate_id, array_agg(distinct field order by field) as"
                      + " fields from (")
              .append(found(text, lang))
              .append(
                  ") found group by crate_id) select c.id, c.category_position, c.position,"
                      + " count(*) over (), m.fields, c.slug from crate c join matched m on"
                      + " m.crate_id = c.id");
    } else {
      select =
          SqlStatement.of(
              "select c.id, c.category_position, c.position, null, null, c.slug from crate c");
    }
    SqlStatement where = where(conditions, null);
    if (after != null) {
      where
          .append(where.isEmpty() ? " where " : " and ")
          .append(
              "(c.category_position, c.position, c.id) > (?, ?, ?)",
              after.categoryPosition(),
              after.position(),
              after.id());
    }
    select.append(where).append(" order by ");
    if (query.sort().isEmpty() && text != null) {
      if (ranked) {
        select.append(RELEVANCE, text.toLowerCase(Locale.ROOT));
      } else {
        // the text itself sorts before the longer names it starts
        select.append(NAME_IN_BYTE_ORDER + ", ");
      }
    }
    query.sort().forEach(term -> select.append(term + ", "));
    select.append(String.join(", ", CrateSort.documentOrder()));
    // one more than asked for tells whether another page follows
    select.append(" limit ? offset ?", (long) limit + 1, offset);
    // the columns: the row's number, id, category position, position, total, fields, slug, record
    List<Found.Row> rows =
        sql.list(
            CrateDocuments.withRecords(select, lang),
            row -> {
              if (ranked && row.getRow() == 1) {
                totals.keep(
                    revisions.get().number(), countOf(query, lang).toString(), row.getLong(5));
              }
              return new Found.Row(
                  new CrateCursor(row.getInt(3), row.getInt(4), row.getLong(2)),
                  CrateDocuments.read(row, 7),
                  text == null
                      ? null
                      : ranked ? matchedFields(row, 6) : List.of(MatchedField.NAME));
            });
    List<Found.Row> page = rows.subList(0, Math.min(limit, rows.size()));
    boolean documentOrder = query.sort().isEmpty() && text == null;
    return new Found(
        page, documentOrder && rows.size() > limit ? page.get(page.size() - 1).place() : null);
  }

  /** Each crate the text is found in, and in which field, for the statement's parameters. */
  private static SqlStatement found(String text, String lang) {
    String pattern = containing(text);
    return SqlStatement.of(FOUND, pattern, lang, pattern, lang, pattern, lang, pattern);
  }

  /** The fields a crate was found in, from the column of their numbers, in their order. */
  private static List<MatchedField> matchedFields(ResultSet row, int column) throws SQLException {
    MatchedField[] fields = MatchedField.values();
    return Arrays.stream((Integer[]) row.getArray(column).getArray())
        .map(field -> fields[field])
        .toList();
  }

  /**
   * How many crates the query matches, counted once per filter and dataset revision (a text's page
   * counted them as it ranked them, unless it was past the last).
   */
  long count(CrateQuery query, String lang) {
    SqlStatement count = countOf(query, lang);
    return totals.get(
        revisions.get().number(),
        count.toString(),
        () -> sql.first(count, row -> row.getLong(1)).orElse(0L));
  }

  private static SqlStatement countOf(CrateQuery query, String lang) {
    return SqlStatement.of("select count(*) from crate c")
        .append(where(conditions(query, lang), null));
  }

  /**
   * For each dimension, the crates each of its values matches with the other filters kept; counted
   * once per filter and dataset revision.
   */
  Facets facets(CrateQuery query, String lang, List<String> categories) {
    Map<Dimension, SqlStatement> conditions = conditions(query, lang);
    return facetCounts.get(
        revisions.get().number(),
        where(conditions, null).toString(),
        () -> facets(conditions, categories));
  }

  private Facets facets(Map<Dimension, SqlStatement> conditions, List<String> categories) {
    return new Facets(
        counts(
            conditions,
            Dimension.MATURITY,
            "cast(c.maturity as text)",
            Term.codes(MaturityLevel.class)),
        counts(conditions, Dimension.RING, "cast(c.ring as text)", Term.codes(Ring.class)),
        counts(conditions, Dimension.CATEGORY, "k.slug", categories));
  }

  private Map<String, Long> counts(
      Map<Dimension, SqlStatement> conditions,
      Dimension facet,
      String column,
      List<String> values) {
    SqlStatement select =
        SqlStatement.of(
                "select "
                    + column
                    + ", count(*) from crate c join category k on k.id = c.category_id")
            .append(where(conditions, facet))
            .append(" group by " + column);
    Map<String, Long> found =
        sql.list(select, row -> Map.entry(row.getString(1), row.getLong(2))).stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Map<String, Long> counts = new LinkedHashMap<>();
    values.forEach(value -> counts.put(value, found.getOrDefault(value, 0L)));
    return counts;
  }

  private static Map<Dimension, SqlStatement> conditions(CrateQuery query, String lang) {
    Map<Dimension, SqlStatement> conditions = new EnumMap<>(Dimension.class);
    if (query.maturities().size() < MaturityLevel.values().length) {
      conditions.put(
          Dimension.MATURITY,
          SqlStatement.of(
              "c.maturity = any(cast(? as maturity_level[]))",
              arrayLiteral(codes(query.maturities()))));
    }
    if (query.rings().size() < Ring.values().length) {
      conditions.put(
          Dimension.RING,
          SqlStatement.of("c.ring = any(cast(? as ring[]))", arrayLiteral(codes(query.rings()))));
    }
    if (!query.categories().isEmpty()) {
      conditions.put(
          Dimension.CATEGORY,
          SqlStatement.of(
              "c.category_id in (select id from category where slug = any(cast(? as text[])))",
              arrayLiteral(query.categories())));
    }
    if (query.text() != null && namePrefixOnly(query.text())) {
      String prefix = query.text().toLowerCase(Locale.ROOT);
      // in bytewise order, the names from the prefix up to the first text after all that start
      // with it are exactly those that start with it: the range alone is read, in the index's order
      SqlStatement startsWith = SqlStatement.of(NAME_IN_BYTE_ORDER + " >= ?", prefix);
      String after = afterEveryTextStartingWith(prefix);
      if (after != null) {
        startsWith.append(" and " + NAME_IN_BYTE_ORDER + " < ?", after);
      } else {
        startsWith.append(
            " and " + NAME_IN_BYTE_ORDER + " like ? escape '!'", escaped(prefix) + "%");
      }
      conditions.put(Dimension.TEXT, startsWith);
    } else if (query.text() != null) {
      conditions.put(
          Dimension.TEXT,
          SqlStatement.of("c.id = any(array(select crate_id from (")
              .append(found(query.text(), lang))
              .append(") found))"));
    }
    return conditions;
  }

  private static SqlStatement where(Map<Dimension, SqlStatement> conditions, Dimension except) {
    SqlStatement where = new SqlStatement();
    conditions.forEach(
        (dimension, condition) -> {
          if (dimension != except) {
            where.append(where.isEmpty() ? " where " : " and ").append(condition);
          }
        });
    return where;
  }

  private static List<String> codes(Collection<? extends Term> terms) {
    return terms.stream().map(Term::code).toList();
  }

  /**
   * A PostgreSQL array literal, bound as one parameter; its elements are vocabulary codes or
   * validated slugs, which hold no quotes, commas or braces.
   */
  private static String arrayLiteral(Collection<String> values) {
    return "{" + String.join(",", values) + "}";
  }

  static boolean namePrefixOnly(String text) {
    return text.codePointCount(0, text.length()) < SHORTEST_SUBSTRING;
  }

  /** A LIKE pattern matching the text anywhere, with the text's own wildcards escaped. */
  private static String containing(String text) {
    return "%" + escaped(text) + "%";
  }

  /**
   * The first text in bytewise order after every text that starts with the prefix (its last
   * character the next one), or null when there is none. The range is what the index is read by, as
   * the statement is planned once for any value, and a LIKE pattern's prefix is then not used.
   */
  private static String afterEveryTextStartingWith(String prefix) {
    if (prefix.isEmpty()) {
      return null;
    }
    int last = prefix.codePointBefore(prefix.length());
    String before = prefix.substring(0, prefix.length() - Character.charCount(last));
    int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
    return next > Character.MAX_CODE_POINT
        ? afterEveryTextStartingWith(before)
        : before + Character.toString(next);
  }

  private static String escaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
