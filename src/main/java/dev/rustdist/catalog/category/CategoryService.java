package dev.rustdist.catalog.category;

import dev.rustdist.catalog.problem.ResourceNotFoundException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The categories, in the document's order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CategoryService {

  public List<CategoryView> all(String lang) {
    return Category.<Category>listAll(Sort.by("position")).stream()
        .map(category -> CategoryView.of(category, lang))
        .toList();
  }

  public CategoryView get(String slug, String lang) {
    return Category.<Category>find("slug", slug)
        .firstResultOptional()
        .map(category -> CategoryView.of(category, lang))
        .orElseThrow(() -> new ResourceNotFoundException("category", slug));
  }
}
