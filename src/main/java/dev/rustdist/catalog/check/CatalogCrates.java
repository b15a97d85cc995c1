package dev.rustdist.catalog.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.counterpart.CounterpartView;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.i18n.Languages;
import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import dev.rustdist.catalog.vocabulary.Term;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The crates of the catalog that go by the crates.io names a document gives, in one statement: what
 * a check says of each, with the positioning in the response's language.
 */
@ApplicationScoped
class CatalogCrates {

  /** A crate of the catalog as a check reads it. */
  record Found(
      long id,
      String cratesIoName,
      String slug,
      String name,
      MaturityLevel maturity,
      Ring ring,
      String positioning,
      LocalDate deprecated,
      LocalDate sunset,
      List<CounterpartView> alternatives) {}

  // alternatives: the equivalents named for the crate, then for its category, each once
  private static final String SELECT =
      """
      with wanted as (select cast(? as text) as lang, cast(? as text) as fallback)
      select c.id, c.crates_io_name, c.slug, c.name, cast(c.maturity as text), cast(c.ring as text),
             t.positioning, c.deprecated_on, c.sunset_on,
             coalesce((
                 select json_agg(json_build_object('slug', cp.slug, 'name', cp.name, 'ecosystem', cp.ecosystem)
                                 order by named.source, named.position)
                 from (select distinct on (counterpart_id) * from (
                           select cc.counterpart_id, cc.relation, 1 as source, cc.position
                           from crate_counterpart cc where cc.crate_id = c.id
                           union all
                           select kc.counterpart_id, kc.relation, 2, kc.position
                           from category_counterpart kc where kc.category_id = c.category_id) listed
                       order by counterpart_id, source, position) named
                 join counterpart cp on cp.id = named.counterpart_id
                 where named.relation = 'equivalent'), '[]')
      from crate c
      cross join wanted w
      left join lateral (
          select x.positioning from crate_i18n x
          where x.crate_id = c.id and x.lang in (w.lang, w.fallback)
          order by x.lang = w.lang desc limit 1) t on true
      where c.crates_io_name = any(cast(? as text[]))
      order by c.crates_io_name, c.slug
      """;

  private static final TypeReference<List<CounterpartView>> COUNTERPARTS = new TypeReference<>() {};

  private final Sql sql;
  private final ObjectMapper json;

  CatalogCrates(Sql sql, ObjectMapper json) {
    this.sql = sql;
    this.json = json;
  }

  List<Found> byCratesIoNames(Collection<String> names, String lang) {
    if (names.isEmpty()) {
      return List.of();
    }
    return sql.list(
        SqlStatement.of(SELECT, lang, Languages.DEFAULT, names.toArray(String[]::new)),
        row ->
            new Found(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                Term.fromCode(MaturityLevel.class, row.getString(5)).orElseThrow(),
                Term.fromCode(Ring.class, row.getString(6)).orElseThrow(),
                row.getString(7),
                row.getObject(8, LocalDate.class),
                row.getObject(9, LocalDate.class),
                counterparts(row.getString(10))));
  }

  private List<CounterpartView> counterparts(String array) {
    try {
      return json.readValue(array, COUNTERPARTS);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
