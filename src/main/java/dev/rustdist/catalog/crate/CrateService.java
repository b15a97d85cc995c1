package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.category.Category;
import dev.rustdist.catalog.paging.Page;
import dev.rustdist.catalog.paging.PageRequest;
import dev.rustdist.catalog.problem.InvalidParameterException;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds crates: the filters of the crate list and the lookup by slug. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CrateService {

  private static final char LIKE_ESCAPE = '!';

  public Page<CrateView> list(CrateQuery query, PageRequest page, String lang) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    where.add("c.maturity in :maturities");
    params.put("maturities", query.maturities());
    where.add("c.ring in :rings");
    params.put("rings", query.rings());
    if (!query.categories().isEmpty()) {
      requireCategories(query.categories());
      where.add("c.category.slug in :categories");
      params.put("categories", query.categories());
    }
    if (query.text() != null) {
      where.add(
          "(lower(c.name) like :text escape '!' or exists (select 1 from Crate x join x.texts t"
              + " where x = c and key(t) = :lang and lower(t.description) like :text escape '!'))");
      params.put("text", containing(query.text()));
      params.put("lang", lang);
    }
    if (query.maturities().isEmpty() || query.rings().isEmpty()) {
      return new Page<>(List.of(), 0, page.limit(), page.offset());
    }
    PanacheQuery<Crate> found =
        Crate.find("from Crate c where " + String.join(" and ", where), query.sort(), params);
    List<CrateView> items =
        found.range(page.offset(), page.offset() + page.limit() - 1).list().stream()
            .map(crate -> CrateMapper.toView(crate, lang))
            .toList();
    return new Page<>(items, found.count(), page.limit(), page.offset());
  }

  public CrateView get(String slug, String lang) {
    return Crate.<Crate>find("slug", slug)
        .firstResultOptional()
        .map(crate -> CrateMapper.toView(crate, lang))
        .orElseThrow(() -> new ResourceNotFoundException("crate", slug));
  }

  /** A filter on a category that does not exist is a mistake, not an empty result. */
  private static void requireCategories(Iterable<String> slugs) {
    List<String> known =
        Category.<Category>listAll(Sort.by("position")).stream().map(c -> c.slug).toList();
    for (String slug : slugs) {
      if (!known.contains(slug)) {
        throw new InvalidParameterException(
            "category", slug, "must be the slug of a category: " + String.join(", ", known), known);
      }
    }
  }

  /** A LIKE pattern matching the text anywhere, with the text's own wildcards escaped. */
  private static String containing(String text) {
    String escaped =
        text.toLowerCase()
            .replace(String.valueOf(LIKE_ESCAPE), LIKE_ESCAPE + "" + LIKE_ESCAPE)
            .replace("%", LIKE_ESCAPE + "%")
            .replace("_", LIKE_ESCAPE + "_");
    return "%" + escaped + "%";
  }
}
