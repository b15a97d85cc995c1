package dev.rustdist.catalog.replacement;

import dev.rustdist.catalog.category.CategoryView.CrateSummary;
import dev.rustdist.catalog.counterpart.CounterpartView;
import dev.rustdist.catalog.counterpart.Ecosystem;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.i18n.Languages;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import dev.rustdist.catalog.vocabulary.Term;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the catalog prefers to crates, with the reasons in the response's language (or the
 * default language where a reason is not translated): the one reading of replacements, for a
 * crate's own resource and for dependency checks.
 */
@ApplicationScoped
public class Replacements {

  private static final String SELECT =
      """
      select r.crate_id, rc.slug, rc.name, cast(rc.maturity as text), cast(rc.ring as text),
             cp.slug, cp.name, cast(cp.ecosystem as text),
             (select x.reason from crate_replacement_i18n x
              where x.replacement_id = r.id and x.lang in (?, ?)
              order by x.lang = ? desc limit 1)
      from crate_replacement r
      left join crate rc on rc.id = r.replacement_crate_id
      left join counterpart cp on cp.id = r.counterpart_id
      where r.crate_id = any(cast(? as bigint[]))
      order by r.crate_id, r.position
      """;

  private final Sql sql;

  Replacements(Sql sql) {
    this.sql = sql;
  }

  /** The replacements of each of these crates that has any, by the crate's id. */
  public Map<Long, List<ReplacementView>> of(Collection<Long> crateIds, String lang) {
    Map<Long, List<ReplacementView>> byCrate = new LinkedHashMap<>();
    if (crateIds.isEmpty()) {
      return byCrate;
    }
    sql.list(
            SqlStatement.of(SELECT, lang, Languages.DEFAULT, lang, crateIds.toArray(Long[]::new)),
            row -> Map.entry(row.getLong(1), view(row)))
        .forEach(
            entry ->
                byCrate
                    .computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                    .add(entry.getValue()));
    return byCrate;
  }

  /** A crate's succession; an unknown crate is a 404. */
  public CrateReplacements of(String slug, String lang) {
    record Found(long id, LocalDate deprecated, LocalDate sunset) {}
    Found found =
        sql.first(
                SqlStatement.of(
                    "select id, deprecated_on, sunset_on from crate where slug = ?", slug),
                row ->
                    new Found(
                        row.getLong(1),
                        row.getObject(2, LocalDate.class),
                        row.getObject(3, LocalDate.class)))
            .orElseThrow(() -> new ResourceNotFoundException("crate", slug));
    return new CrateReplacements(
        slug,
        found.deprecated(),
        found.sunset(),
        of(List.of(found.id()), lang).getOrDefault(found.id(), List.of()));
  }

  private static ReplacementView view(ResultSet row) throws SQLException {
    CrateSummary crate =
        row.getString(2) == null
            ? null
            : new CrateSummary(
                row.getString(2),
                row.getString(3),
                term(MaturityLevel.class, row.getString(4)),
                term(Ring.class, row.getString(5)));
    CounterpartView counterpart =
        row.getString(6) == null
            ? null
            : new CounterpartView(
                row.getString(6), row.getString(7), term(Ecosystem.class, row.getString(8)));
    return new ReplacementView(crate, counterpart, row.getString(9));
  }

  private static <T extends Enum<T> & Term> T term(Class<T> vocabulary, String code) {
    return Term.fromCode(vocabulary, code)
        .orElseThrow(
            () -> new IllegalStateException("not a " + vocabulary.getSimpleName() + ": " + code));
  }
}
