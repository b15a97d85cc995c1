package dev.rustdist.catalog.history;

import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where crates stood on the radar through time, read from the records kept with the revisions they
 * were served at (V17): each time a crate entered a ring, and which ring each was in at a revision.
 */
@ApplicationScoped
public class RingHistory {

  /**
   * A crate entering a ring, with when and what its record said then.
   *
   * @param description its positioning then, or its line in the mind map where it had none
   */
  public record RingEntry(String ring, long revision, OffsetDateTime at, String description) {}

  // a version opens a ring entry when its ring differs from the version before it
  private static final String ENTRIES =
      "select w.slug, w.ring, w.revision, r.reached_at, w.description from ("
          + " select v.slug, v.body->>'ring' as ring, lower(v.revisions) as revision,"
          + " coalesce(v.body->>'positioning', v.body->>'summary') as description,"
          + " lag(v.body->>'ring') over (partition by v.slug order by lower(v.revisions))"
          + " as previous"
          + " from crate_record_version v"
          + " where v.lang = ? and lower(v.revisions) <= ? and v.slug = any(cast(? as text[]))) w"
          + " join dataset_revision r on r.revision = w.revision"
          + " where w.previous is distinct from w.ring order by w.slug, w.revision";
  private static final String RINGS_AT =
      "select slug, body->>'ring' from crate_record_version"
          + " where revisions @> cast(? as bigint) and lang = ?";
  private static final String CURRENT = "select revision from dataset";
  private static final String FIRST = "select min(revision) from dataset_revision";

  private final Sql sql;

  RingHistory(Sql sql) {
    this.sql = sql;
  }

  /** Each crate's ring entries up to a revision, oldest first, by slug. */
  public Map<String, List<RingEntry>> entries(long upTo, Collection<String> slugs, String lang) {
    return sql
        .list(
            SqlStatement.of(ENTRIES, lang, upTo, slugs.toArray(String[]::new)),
            row ->
                Map.entry(
                    row.getString(1),
                    new RingEntry(
                        row.getString(2),
                        row.getLong(3),
                        row.getObject(4, OffsetDateTime.class),
                        row.getString(5))))
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** The ring of each crate in the catalog at a revision, by slug. */
  public Map<String, String> ringsAt(long revision, String lang) {
    return sql
        .list(
            SqlStatement.of(RINGS_AT, revision, lang),
            row -> Map.entry(row.getString(1), row.getString(2)))
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The revision the current transaction reads. */
  public long current() {
    return sql.first(SqlStatement.of(CURRENT), row -> row.getLong(1)).orElseThrow();
  }

  /** The first revision the history keeps. */
  public long first() {
    return sql.first(SqlStatement.of(FIRST), row -> row.getLong(1)).orElseThrow();
  }
}
