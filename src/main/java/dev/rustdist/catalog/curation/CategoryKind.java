package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.category.Category;
import dev.rustdist.catalog.category.CategoryCounterpart;
import dev.rustdist.catalog.category.CategoryService;
import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.counterpart.Counterpart;
import dev.rustdist.catalog.crate.Crate;
import dev.rustdist.catalog.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Categories as curators write them: after the last category, removable once empty. */
@ApplicationScoped
public class CategoryKind implements EntryKind<Category, CategoryInput, CategoryView> {

  private final EntityManager entityManager;
  private final CategoryService categories;

  CategoryKind(EntityManager entityManager, CategoryService categories) {
    this.entityManager = entityManager;
    this.categories = categories;
  }

  @Override
  public String name() {
    return "category";
  }

  @Override
  public Class<CategoryInput> inputType() {
    return CategoryInput.class;
  }

  @Override
  public Optional<Category> find(String slug) {
    return Category.find("slug", slug).firstResultOptional();
  }

  @Override
  public List<String> slugs() {
    return entityManager.createQuery("select k.slug from Category k", String.class).getResultList();
  }

  @Override
  public List<Category> withSlugs(Collection<String> slugs) {
    return Category.list("slug in ?1", slugs);
  }

  @Override
  public int version(Category category) {
    return category.version;
  }

  @Override
  public CategoryInput toInput(Category category) {
    return CurationMapper.toInput(category);
  }

  @Override
  public void check(CategoryInput input, BodyCheck check) {
    check.languages("texts", input.texts());
    check.counterparts("alternatives", input.alternatives());
    check.counterparts("lacking", input.lacking());
  }

  @Override
  public Category create() {
    Category category = new Category();
    category.crates = new ArrayList<>();
    category.counterparts = new ArrayList<>();
    category.position =
        EntryKind.positionAfter(
            entityManager
                .createQuery("select max(k.position) from Category k", Short.class)
                .getSingleResult());
    return category;
  }

  @Override
  public void write(Category category, CategoryInput input, int version) {
    category.version = version;
    removeLinks(category);
    List<CategoryCounterpart> links = new ArrayList<>();
    Map<String, Counterpart> counterparts =
        Counterpart.bySlug(
            Stream.of(input.alternatives(), input.lacking())
                .flatMap(slugs -> CurationMapper.orEmpty(slugs).stream())
                .toList());
    CurationMapper.apply(input, category, counterparts::get, links);
    category.persist();
    links.forEach(link -> link.persist());
    category.counterparts.addAll(links);
  }

  /** Removes the category's counterpart links, before new ones take their positions. */
  private void removeLinks(Category category) {
    category.counterparts.forEach(entityManager::remove);
    category.counterparts.clear();
    entityManager.flush();
  }

  @Override
  public void delete(Category category) {
    long held = Crate.count("category", category);
    if (held > 0) {
      throw new ConflictException(
          "Category '"
              + category.slug
              + "' still holds "
              + held
              + " crates; move or delete them first.");
    }
    removeLinks(category);
    category.delete();
  }

  @Override
  public CategoryView view(String slug, String lang) {
    return categories.get(slug, lang);
  }
}
