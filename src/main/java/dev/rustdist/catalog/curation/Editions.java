package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.problem.ConflictException;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Editions: revisions curators named, such as {@code 2026-Q4}, so that reads as of a revision and
 * diffs can name them. An edition, once named, names the same revision for good.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Editions {

  static final String NAME_PATTERN = "(?=.*[^0-9])[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

  /** An edition's name, which is never only digits: those name revisions. */
  public static final Pattern NAME = Pattern.compile(NAME_PATTERN);

  private static final String COLUMNS =
      "select e.name, e.revision, r.reached_at, e.named_at, e.named_by from edition e"
          + " join dataset_revision r on r.revision = e.revision";

  private final Sql sql;
  private final CurationService curation;

  Editions(Sql sql, CurationService curation) {
    this.sql = sql;
    this.curation = curation;
  }

  public List<EditionView> all() {
    return sql.list(SqlStatement.of(COLUMNS + " order by e.revision, e.name"), Editions::view);
  }

  public EditionView get(String name) {
    return find(name).orElseThrow(() -> new ResourceNotFoundException("edition", name));
  }

  /**
   * The edition before a revision that was known at it: the one an export of that revision compares
   * with, whenever it is read.
   */
  public Optional<EditionView> before(long revision) {
    return sql.first(
        SqlStatement.of(
            COLUMNS
                + " where e.revision < ? and e.named_in <= ?"
                + " order by e.revision desc, e.named_in desc limit 1",
            revision,
            revision),
        Editions::view);
  }

  /** Names a revision; a name taken is a conflict, a revision not kept a broken rule. */
  @Transactional
  public EditionView name(JsonNode body) {
    EditionInput input = curation.formOf(body, EditionInput.class);
    curation.lockCatalog();
    if (find(input.name()).isPresent()) {
      throw new ConflictException("There is already an edition '" + input.name() + "'.");
    }
    curation.nameRevision(input.name(), input.revision());
    return get(input.name());
  }

  /** The edition of that name; none where the name could not be one's (NUL included). */
  private Optional<EditionView> find(String name) {
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return sql.first(SqlStatement.of(COLUMNS + " where e.name = ?", name), Editions::view);
  }

  private static EditionView view(ResultSet row) throws SQLException {
    return new EditionView(
        row.getString(1),
        row.getLong(2),
        row.getObject(3, OffsetDateTime.class),
        row.getObject(4, OffsetDateTime.class),
        row.getString(5));
  }
}
