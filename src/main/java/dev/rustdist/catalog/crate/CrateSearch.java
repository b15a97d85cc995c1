package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.vocabulary.MaturityLevel;
import dev.rustdist.catalog.vocabulary.Ring;
import dev.rustdist.catalog.vocabulary.Term;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL behind the crate list: filters, relevance, order, pages and facet counts. Every value
 * from the request is a bound parameter; the SQL text is assembled from the fixed fragments here.
 */
@ApplicationScoped
class CrateSearch {

  private static final String FROM = " from crate c join category k on k.id = c.category_id";
  private static final String DESCRIPTION_MATCHES =
      "c.id in (select t.crate_id from crate_i18n t"
          + " where t.lang = :lang and t.description ilike :pattern escape '!')";
  private static final String POINT_MATCHES =
      "c.id in (select p.crate_id from crate_point p join crate_point_i18n pt on pt.point_id = p.id"
          + " where pt.lang = :lang and pt.text ilike :pattern escape '!')";
  private static final String NAME_MATCHES = "c.name ilike :pattern escape '!'";
  // Ascending: an exact name first, then a name containing the text, a description, pros and cons.
  private static final String RELEVANCE =
      "case when lower(c.name) = :exact then 0 when "
          + NAME_MATCHES
          + " then 1 when "
          + DESCRIPTION_MATCHES
          + " then 2 else 3 end";

  private enum Dimension {
    MATURITY,
    RING,
    CATEGORY,
    TEXT
  }

  /** One filter of the query as SQL, with the parameters it binds. */
  private record Condition(String sql, Map<String, Object> params) {}

  record Result(List<Long> ids, long total) {}

  private final EntityManager entityManager;

  CrateSearch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  Result find(CrateQuery query, int limit, int offset, String lang) {
    Map<Dimension, Condition> conditions = conditions(query, lang);
    List<String> order = new ArrayList<>(query.sort());
    Map<String, Object> orderParams = new HashMap<>();
    if (order.isEmpty() && query.text() != null) {
      order.add(RELEVANCE);
      orderParams.putAll(conditions.get(Dimension.TEXT).params());
      orderParams.put("exact", query.text().toLowerCase());
    }
    order.addAll(CrateSort.documentOrder());
    Query select =
        query(
            "select c.id"
                + FROM
                + where(conditions, null)
                + " order by "
                + String.join(", ", order)
                + " limit :limit offset :offset",
            conditions,
            null);
    orderParams.forEach(select::setParameter);
    select.setParameter("limit", limit).setParameter("offset", offset);
    List<Long> ids =
        ((List<?>) select.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    Number total =
        (Number)
            query("select count(*)" + FROM + where(conditions, null), conditions, null)
                .getSingleResult();
    return new Result(ids, total.longValue());
  }

  /** For each dimension, the crates each of its values matches with the other filters kept. */
  Facets facets(CrateQuery query, String lang, List<String> categories) {
    Map<Dimension, Condition> conditions = conditions(query, lang);
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
      Map<Dimension, Condition> conditions, Dimension facet, String column, List<String> values) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query(
                "select "
                    + column
                    + ", count(*)"
                    + FROM
                    + where(conditions, facet)
                    + " group by "
                    + column,
                conditions,
                facet)
            .getResultList();
    Map<String, Long> found =
        rows.stream()
            .collect(
                Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    Map<String, Long> counts = new LinkedHashMap<>();
    values.forEach(value -> counts.put(value, found.getOrDefault(value, 0L)));
    return counts;
  }

  private static Map<Dimension, Condition> conditions(CrateQuery query, String lang) {
    Map<Dimension, Condition> conditions = new EnumMap<>(Dimension.class);
    conditions.put(
        Dimension.MATURITY,
        new Condition(
            "c.maturity = any(cast(:maturities as maturity_level[]))",
            Map.of("maturities", arrayLiteral(codes(query.maturities())))));
    conditions.put(
        Dimension.RING,
        new Condition(
            "c.ring = any(cast(:rings as ring[]))",
            Map.of("rings", arrayLiteral(codes(query.rings())))));
    if (!query.categories().isEmpty()) {
      conditions.put(
          Dimension.CATEGORY,
          new Condition(
              "k.slug = any(cast(:categories as text[]))",
              Map.of("categories", arrayLiteral(query.categories()))));
    }
    if (query.text() != null) {
      conditions.put(
          Dimension.TEXT,
          new Condition(
              "(" + NAME_MATCHES + " or " + DESCRIPTION_MATCHES + " or " + POINT_MATCHES + ")",
              Map.of("pattern", containing(query.text()), "lang", lang)));
    }
    return conditions;
  }

  private static String where(Map<Dimension, Condition> conditions, Dimension except) {
    List<String> clauses =
        conditions.entrySet().stream()
            .filter(entry -> entry.getKey() != except)
            .map(entry -> entry.getValue().sql())
            .toList();
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  private Query query(String sql, Map<Dimension, Condition> conditions, Dimension except) {
    Query query = entityManager.createNativeQuery(sql);
    conditions.forEach(
        (dimension, condition) -> {
          if (dimension != except) {
            condition.params().forEach(query::setParameter);
          }
        });
    return query;
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

  /** A LIKE pattern matching the text anywhere, with the text's own wildcards escaped. */
  private static String containing(String text) {
    return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
