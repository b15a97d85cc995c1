package dev.rustdist.catalog.crate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/**
 * Crates as the API shows them, each built by PostgreSQL in one statement for a whole page: texts
 * in the response's language (or the default language where a text is not translated), pros and
 * cons, links and counterparts. Counterparts are those named for the crate, then those named for
 * its category, each once; alternatives are the equivalents among them. The summary is the crate's
 * line in the mind map: the line naming it under the line of its category.
 */
@ApplicationScoped
class CrateDocuments {

  private static final String SELECT =
      """
      with wanted as (select cast(? as text) as lang, cast(? as text) as fallback)
      select json_build_object(
          'slug', c.slug,
          'name', c.name,
          'qualifier', t.qualifier,
          'category', (
              select json_build_object('slug', k.slug, 'name', (
                  select x.name from category_i18n x
                  where x.category_id = k.id and x.lang in (w.lang, w.fallback)
                  order by x.lang = w.lang desc limit 1))
              from category k where k.id = c.category_id),
          'maturity', c.maturity,
          'ring', c.ring,
          'description', t.description,
          'positioning', t.positioning,
          'summary', (
              select x.text from mind_map_node_crate nc
              join mind_map_node n on n.id = nc.node_id
              join mind_map_node parent on parent.id = n.parent_id and parent.category_id = c.category_id
              join mind_map_node_i18n x on x.node_id = n.id and x.lang in (w.lang, w.fallback)
              where nc.crate_id = c.id
              order by n.line, x.lang = w.lang desc limit 1),
          'pros', %2$s,
          'cons', %3$s,
          'links', json_build_object(
              'cratesIoName', c.crates_io_name,
              'cratesIo', 'https://crates.io/crates/' || c.crates_io_name,
              'docsRs', 'https://docs.rs/' || c.crates_io_name,
              'repository', c.repository_url),
          'alternatives', coalesce((
              select json_agg(json_build_object('slug', cp.slug, 'name', cp.name, 'ecosystem', cp.ecosystem)
                              order by named.source, named.position)
              from %4$s named join counterpart cp on cp.id = named.counterpart_id
              where named.relation = 'equivalent'), '[]'),
          'platforms', coalesce((
              select json_agg(json_build_object('slug', cp.slug, 'name', cp.name, 'ecosystem', cp.ecosystem)
                              order by named.source, named.position)
              from %4$s named join counterpart cp on cp.id = named.counterpart_id
              where named.relation = 'platform'), '[]'),
          'counterparts', coalesce((
              select json_agg(json_build_object('slug', cp.slug, 'name', cp.name, 'ecosystem', cp.ecosystem,
                                                'relation', named.relation)
                              order by named.source, named.position)
              from %4$s named join counterpart cp on cp.id = named.counterpart_id), '[]'))
      from %1$s
      join crate c on c.id = page.id
      cross join wanted w
      left join lateral (
          select x.* from crate_i18n x
          where x.crate_id = c.id and x.lang in (w.lang, w.fallback)
          order by x.lang = w.lang desc limit 1) t on true
      order by page.n
      """;
  private static final String POINTS =
      """
      coalesce((
              select json_agg((
                  select x.text from crate_point_i18n x
                  where x.point_id = p.id and x.lang in (w.lang, w.fallback)
                  order by x.lang = w.lang desc limit 1) order by p.position)
              from crate_point p where p.crate_id = c.id and p.kind = '%s'), '[]')""";

  /** The counterparts named for the crate, then for its category, each once, as first named. */
  private static final String NAMED =
      """
      (select distinct on (counterpart_id) * from (
                        select cc.counterpart_id, cc.relation, 1 as source, cc.position from crate_counterpart cc
                        where cc.crate_id = c.id
                        union all
                        select kc.counterpart_id, kc.relation, 2, kc.position from category_counterpart kc
                        where kc.category_id = c.category_id) listed
                    order by counterpart_id, source, position)""";

  private static final String BY_ID =
      select("unnest(cast(? as bigint[])) with ordinality as page (id, n)");
  private static final String BY_SLUG =
      select(
          "unnest(cast(? as text[])) with ordinality as named (slug, n)"
              + " join lateral (select id, named.n from crate where slug = named.slug) page on true");

  private static String select(String page) {
    return SELECT.formatted(page, POINTS.formatted("pro"), POINTS.formatted("con"), NAMED);
  }

  private final Sql sql;
  private final ObjectMapper json;

  CrateDocuments(Sql sql, ObjectMapper json) {
    this.sql = sql;
    this.json = json;
  }

  /** The crates with these ids, in the order given. */
  List<CrateView> byIds(List<Long> ids, String lang) {
    return ids.isEmpty() ? List.of() : read(BY_ID, lang, ids.toArray(Long[]::new));
  }

  /** The crates with these slugs that exist, in the order given. */
  List<CrateView> bySlugs(Collection<String> slugs, String lang) {
    return read(BY_SLUG, lang, slugs.toArray(String[]::new));
  }

  private List<CrateView> read(String select, String lang, Object[] keys) {
    return sql.list(
        SqlStatement.of(select, lang, Languages.DEFAULT, keys),
        row -> {
          try {
            return json.readValue(row.getString(1), CrateView.class);
          } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
