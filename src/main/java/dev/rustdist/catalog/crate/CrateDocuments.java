package dev.rustdist.catalog.crate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Crates as the API shows them: each crate's record in each language is kept ready in {@code
 * crate_document} by PostgreSQL, assembled again by every write that touches it (V14), and read
 * here by key. Pages of the crate list join the same table ({@link CrateSearch}).
 */
@ApplicationScoped
class CrateDocuments {

  /** The columns that read a crate's record: its slug, then the record. */
  static final String COLUMNS = "c.slug, d.body";

  /** Joins the records of the crates {@code c} in the language bound to its one parameter. */
  static final String JOIN = " join crate_document d on d.crate_id = c.id and d.lang = ?";

  private static final String BY_SLUG =
      "select "
          + COLUMNS
          + " from unnest(cast(? as text[])) with ordinality as named (slug, n)"
          + " join crate c on c.slug = named.slug"
          + JOIN
          + " order by named.n";

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

  /** The record whose slug and body are the row's columns from this one on. */
  static CrateDocument read(ResultSet row, int column) throws SQLException {
    return new CrateDocument(row.getString(column), row.getString(column + 1));
  }

  /** The records' fields, for what composes them into something else. */
  List<CrateView> views(List<CrateDocument> documents) {
    return documents.stream()
        .map(
            document -> {
              try {
                return json.readValue(document.json(), CrateView.class);
              } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }
}
