package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.category.Category;
import dev.rustdist.catalog.paging.PageRequest;
import dev.rustdist.catalog.problem.InvalidParameterException;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds crates: the crate list with its filters and facets, and the lookup by slug. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CrateService {

  static final int MAX_COMPARED = 10;

  private final CrateSearch search;

  CrateService(CrateSearch search) {
    this.search = search;
  }

  public CratePage list(CrateQuery query, PageRequest page, boolean facets, String lang) {
    List<String> categories = requireKnownCategories(query);
    CrateSearch.Result found = search.find(query, page.limit(), page.offset(), lang);
    return new CratePage(
        views(found, lang),
        found.total(),
        page.limit(),
        page.offset(),
        facets ? search.facets(query, lang, categories) : null);
  }

  /** Every crate the query matches, in its order. */
  public List<CrateView> all(CrateQuery query, String lang) {
    requireKnownCategories(query);
    return views(search.find(query, Integer.MAX_VALUE, 0, lang), lang);
  }

  /** The crates found, in the search's order. */
  private static List<CrateView> views(CrateSearch.Result found, String lang) {
    Map<Long, Crate> byId =
        Crate.<Crate>list("id in ?1", found.ids()).stream()
            .collect(Collectors.toMap(crate -> crate.id, crate -> crate));
    return found.ids().stream().map(id -> CrateMapper.toView(byId.get(id), lang)).toList();
  }

  /** The slugs of every category; a filter on a category that does not exist is a mistake. */
  private static List<String> requireKnownCategories(CrateQuery query) {
    List<String> categories = categorySlugs();
    query.categories().stream()
        .filter(slug -> !categories.contains(slug))
        .findFirst()
        .ifPresent(
            slug -> {
              throw new InvalidParameterException(
                  "category",
                  slug,
                  "must be the slug of a category: " + String.join(", ", categories),
                  categories);
            });
    return categories;
  }

  public CrateView get(String slug, String lang) {
    return CrateMapper.toView(find(slug), lang);
  }

  public CrateAlternatives alternatives(String slug) {
    return CrateMapper.toAlternatives(find(slug));
  }

  /** The crates named, side by side; naming fewer than two, or an unknown one, is a mistake. */
  public CrateComparison compare(Set<String> slugs, String lang) {
    if (slugs.size() < 2 || slugs.size() > MAX_COMPARED) {
      throw new InvalidParameterException(
          "crates",
          String.join(",", slugs),
          "must name from 2 to " + MAX_COMPARED + " different crates, separated by commas");
    }
    Map<String, Crate> found =
        Crate.<Crate>list("slug in ?1", slugs).stream()
            .collect(Collectors.toMap(crate -> crate.slug, crate -> crate));
    for (String slug : slugs) {
      if (!found.containsKey(slug)) {
        List<String> known =
            Crate.<Crate>listAll(Sort.by("slug")).stream().map(crate -> crate.slug).toList();
        throw new InvalidParameterException(
            "crates", slug, "must be slugs of crates in the catalog", known);
      }
    }
    return new CrateComparison(
        slugs.stream().map(slug -> CrateMapper.toView(found.get(slug), lang)).toList());
  }

  private Crate find(String slug) {
    return Crate.<Crate>find("slug", slug)
        .firstResultOptional()
        .orElseThrow(() -> new ResourceNotFoundException("crate", slug));
  }

  private static List<String> categorySlugs() {
    return Category.<Category>listAll(Sort.by("position")).stream()
        .map(category -> category.slug)
        .toList();
  }
}
