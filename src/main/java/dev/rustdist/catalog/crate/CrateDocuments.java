package dev.rustdist.catalog.crate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rustdist.catalog.caching.CurrentRead;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Crates as the API shows them: each crate's record in each language is kept ready in {@code
 * crate_document} by PostgreSQL, assembled again by every write that touches it (V16), and read
 * here by key, alone or for the rows of a page.
 */
@ApplicationScoped
class CrateDocuments {

  private static final String BY_SLUG =
      "select c.slug, d.body from unnest(cast(? as text[])) with ordinality as named (slug, n)"
          + " join crate c on c.slug = named.slug"
          + " join crate_document d on d.crate_id = c.id and d.lang = ?"
          + " order by named.n";

  // one crate's record, with what its headers say of the crate itself
  private static final String ENTRY =
      "select c.slug, d.body, c.version, c.deprecated_on, c.sunset_on from crate c"
          + " join crate_document d on d.crate_id = c.id and d.lang = ?"
          + " where c.slug = ?";

  private static final String BY_CRATES_IO_NAME =
      "select c.slug, d.body from crate c"
          + " join crate_document d on d.crate_id = c.id and d.lang = ?"
          + " where c.crates_io_name = any(cast(? as text[]))"
          + " order by c.crates_io_name, c.slug";

  // the records as they were at a revision (V17), in the document's order of then
  private static final String AS_OF =
      " from crate_record_version v where v.revisions @> cast(? as bigint) and v.lang = ?";
  private static final String AS_OF_MATCHING =
      AS_OF
          + " and v.body->>'maturity' = any(cast(? as text[]))"
          + " and v.body->>'ring' = any(cast(? as text[]))"
          + " and (cardinality(cast(? as text[])) = 0"
          + " or v.body->'category'->>'slug' = any(cast(? as text[])))";

  private final Sql sql;
  private final ObjectMapper json;

  CrateDocuments(Sql sql, ObjectMapper json) {
    this.sql = sql;
    this.json = json;
  }

  /** The crates with these slugs that exist, in the order given. */
  List<CrateDocument> bySlugs(Collection<String> slugs, String lang) {
    return sql.list(
        SqlStatement.of(BY_SLUG, slugs.toArray(String[]::new), lang), row -> read(row, 1));
  }

  /** A crate's record and the crate as its record was read: version and deprecation. */
  record Entry(CrateDocument document, CurrentRead.ReadEntry read) {}

  /** The crate with this slug, if it exists, read by one statement with its record. */
  Optional<Entry> entry(String slug, String lang) {
    return sql.first(
        SqlStatement.of(ENTRY, lang, slug),
        row ->
            new Entry(
                read(row, 1),
                new CurrentRead.ReadEntry(
                    row.getInt(3),
                    row.getObject(4, LocalDate.class),
                    row.getObject(5, LocalDate.class))));
  }

  /** The crates published under these crates.io names, by name, then slug. */
  List<CrateDocument> byCratesIoNames(Collection<String> names, String lang) {
    return sql.list(
        SqlStatement.of(BY_CRATES_IO_NAME, lang, names.toArray(String[]::new)),
        row -> read(row, 1));
  }

  /** The record a crate had at a revision, if it was in the catalog then. */
  Optional<CrateDocument> asOf(long revision, String slug, String lang) {
    return sql.first(
        SqlStatement.of("select v.slug, v.body" + AS_OF + " and v.slug = ?", revision, lang, slug),
        row -> read(row, 1));
  }

  /** A page of the records that matched a query at a revision, and how many matched in all. */
  record PastPage(List<CrateDocument> documents, long total) {}

  /**
   * The records that matched the query at a revision, in the document's order of then, and how many
   * matched, counted by the same statement (one reading of the revision's records, not two); a page
   * past the last match counts them on its own.
   */
  PastPage asOf(long revision, CrateQuery query, int limit, int offset, String lang) {
    List<Map.Entry<CrateDocument, Long>> rows =
        sql.list(
            matchingAsOf("select v.slug, v.body, count(*) over ()", revision, query, lang)
                .append(
                    " order by v.category_position, v.position, v.crate_id limit ? offset ?",
                    limit,
                    offset),
            row -> Map.entry(read(row, 1), row.getLong(3)));
    if (rows.isEmpty()) {
      return new PastPage(
          List.of(),
          offset == 0
              ? 0
              : sql.first(
                      matchingAsOf("select count(*)", revision, query, lang), row -> row.getLong(1))
                  .orElse(0L));
    }
    return new PastPage(rows.stream().map(Map.Entry::getKey).toList(), rows.get(0).getValue());
  }

  private static SqlStatement matchingAsOf(
      String select, long revision, CrateQuery query, String lang) {
    String[] categories = query.categories().toArray(String[]::new);
    return SqlStatement.of(
        select + AS_OF_MATCHING,
        revision,
        lang,
        query.maturities().stream().map(MaturityLevel::code).toArray(String[]::new),
        query.rings().stream().map(Ring::code).toArray(String[]::new),
        categories,
        categories);
  }

  /**
   * A page's statement, which selects the crates' ids first, then what else it needs and each
   * crate's slug last, in its order and within its limit; its rows numbered first (the order kept)
   * and each with its record after its slug. The records are read for the page's rows alone, after
   * its limit.
   */
  static SqlStatement withRecords(SqlStatement page, String lang) {
    // each row's record is looked up by key (the limit keeps the planner from joining otherwise,
    // as it would for a statement it plans once without knowing how many rows the page holds)
    return SqlStatement.of("select * from (select row_number() over () as n, q.* from (")
        .append(page)
        .append(
            ") q) page cross join lateral (select d.body from crate_document d"
                + " where d.crate_id = page.id and d.lang = ? limit 1) record order by page.n",
            lang);
  }

  /** The record whose slug and body are the row's columns from this one on. */
  static CrateDocument read(ResultSet row, int column) throws SQLException {
    // the text's bytes as the database sent them: UTF-8, the connection's encoding
    return new CrateDocument(row.getString(column), row.getBytes(column + 1));
  }

  /**
   * The records with only these fields, in the records' order of fields; all when none is named.
   */
  List<CrateDocument> only(List<CrateDocument> documents, Set<CrateField> fields) {
    if (fields.isEmpty()) {
      return documents;
    }
    List<String> names = fields.stream().map(CrateField::code).toList();
    return documents.stream()
        .map(
            document -> {
              try {
                ObjectNode record = (ObjectNode) json.readTree(document.json());
                record.retain(names);
                return new CrateDocument(document.slug(), json.writeValueAsBytes(record));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  /** The records' fields, for what composes them into something else. */
  List<CrateView> views(List<CrateDocument> documents) {
    return documents.stream()
        .map(
            document -> {
              try {
                return json.readValue(document.json(), CrateView.class);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }
}
