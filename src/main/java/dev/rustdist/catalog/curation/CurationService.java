package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.category.Category;
import dev.rustdist.catalog.category.CategoryView;
import dev.rustdist.catalog.counterpart.Counterpart;
import dev.rustdist.catalog.crate.Crate;
import dev.rustdist.catalog.crate.CrateCounterpart;
import dev.rustdist.catalog.crate.CratePoint;
import dev.rustdist.catalog.crate.CrateService;
import dev.rustdist.catalog.crate.CrateView;
import dev.rustdist.catalog.i18n.Languages;
import dev.rustdist.catalog.problem.ConflictException;
import dev.rustdist.catalog.problem.InvalidBodyException;
import dev.rustdist.catalog.problem.Problem;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import dev.rustdist.catalog.problem.UnreadableBodyException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Curators' writes. Each runs in one transaction that first takes the catalog's write lock, checks
 * that the writer read the entry's current version, validates the whole input, writes it, raises
 * the entry's version (the database triggers raise the dataset revision) and records the change;
 * any failure rolls all of it back.
 */
@ApplicationScoped
@Transactional
public class CurationService {

  private static final String CRATE = "crate";
  private static final String CATEGORY = "category";

  private final EntityManager entityManager;
  private final Validator validator;
  private final Languages languages;
  private final ChangeLog changes;
  private final ObjectMapper json;
  private final CrateService crates;

  CurationService(
      EntityManager entityManager,
      Validator validator,
      Languages languages,
      ChangeLog changes,
      ObjectMapper json,
      CrateService crates) {
    this.entityManager = entityManager;
    this.validator = validator;
    this.languages = languages;
    this.changes = changes;
    this.json = json;
    this.crates = crates;
  }

  // --- crates ------------------------------------------------------------------------------------

  public Written<CrateView> createCrate(CrateInput input, String actor, String lang) {
    lockCatalog();
    Category category = validate(input);
    if (Crate.count("slug", input.slug()) > 0) {
      throw new ConflictException("There is already a crate '" + input.slug() + "'.");
    }
    Crate crate = new Crate();
    crate.version = 1;
    crate.points = new ArrayList<>();
    crate.counterparts = new ArrayList<>();
    crate.position = nextPosition(category);
    write(crate, input, category);
    changes.record(CRATE, input.slug(), "create", null, input, actor);
    return new Written<>(written(crate, lang), crate.version);
  }

  public Written<CrateView> replaceCrate(
      String slug, String ifMatch, CrateInput input, String actor, String lang) {
    Crate crate = currentCrate(slug, ifMatch);
    return updateCrate(crate, input, actor, lang);
  }

  public Written<CrateView> patchCrate(
      String slug, String ifMatch, JsonNode patch, String actor, String lang) {
    Crate crate = currentCrate(slug, ifMatch);
    CrateInput input = patched(CurationMapper.toInput(crate), patch, CrateInput.class);
    return updateCrate(crate, input, actor, lang);
  }

  public void deleteCrate(String slug, String ifMatch, String actor) {
    Crate crate = currentCrate(slug, ifMatch);
    CrateInput before = CurationMapper.toInput(crate);
    removeChildren(crate);
    crate.delete();
    changes.record(CRATE, slug, "delete", before, null, actor);
  }

  private Written<CrateView> updateCrate(Crate crate, CrateInput input, String actor, String lang) {
    requireSameSlug(crate.slug, input.slug());
    Category category = validate(input);
    CrateInput before = CurationMapper.toInput(crate);
    removeChildren(crate);
    if (!crate.category.equals(category)) {
      crate.position = nextPosition(category);
    }
    crate.version++;
    write(crate, input, category);
    changes.record(CRATE, crate.slug, "update", before, input, actor);
    return new Written<>(written(crate, lang), crate.version);
  }

  /** The crate as the API shows it, read back with this transaction's writes. */
  private CrateView written(Crate crate, String lang) {
    entityManager.flush();
    return crates.get(crate.slug, lang);
  }

  /** Removes the crate's points and counterpart links, before new ones take their positions. */
  private void removeChildren(Crate crate) {
    crate.points.forEach(entityManager::remove);
    crate.counterparts.forEach(entityManager::remove);
    crate.points.clear();
    crate.counterparts.clear();
    entityManager.flush();
  }

  private void write(Crate crate, CrateInput input, Category category) {
    List<CratePoint> points = new ArrayList<>();
    List<CrateCounterpart> links = new ArrayList<>();
    CurationMapper.apply(input, crate, category, this::counterpart, points, links);
    crate.persist();
    points.forEach(point -> point.persist());
    links.forEach(link -> link.persist());
    crate.points.addAll(points);
    crate.counterparts.addAll(links);
  }

  /** The crate, locked until the write commits, if If-Match names its current version. */
  private Crate currentCrate(String slug, String ifMatch) {
    lockCatalog();
    Crate crate =
        Crate.<Crate>find("slug", slug)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .firstResultOptional()
            .orElseThrow(() -> new ResourceNotFoundException(CRATE, slug));
    EntityTags.requireCurrent(ifMatch, "crate '" + slug + "'", crate.version);
    return crate;
  }

  /** After the category's last crate. */
  private short nextPosition(Category category) {
    return after(
        entityManager
            .createQuery(
                "select max(c.position) from Crate c where c.category = :category", Short.class)
            .setParameter("category", category)
            .getSingleResult());
  }

  /** The position after the highest one taken; the first when none is. */
  private static short after(Short highest) {
    return (short) ((highest == null ? 0 : highest) + 1);
  }

  // --- categories --------------------------------------------------------------------------------

  public Written<CategoryView> createCategory(CategoryInput input, String actor, String lang) {
    lockCatalog();
    validate(input);
    if (Category.count("slug", input.slug()) > 0) {
      throw new ConflictException("There is already a category '" + input.slug() + "'.");
    }
    Category category = new Category();
    category.version = 1;
    category.crates = new ArrayList<>();
    category.position =
        after(
            entityManager
                .createQuery("select max(k.position) from Category k", Short.class)
                .getSingleResult());
    CurationMapper.apply(input, category, this::counterpart);
    category.persist();
    changes.record(CATEGORY, input.slug(), "create", null, input, actor);
    return new Written<>(CategoryView.of(category, lang), category.version);
  }

  public Written<CategoryView> replaceCategory(
      String slug, String ifMatch, CategoryInput input, String actor, String lang) {
    Category category = currentCategory(slug, ifMatch);
    return updateCategory(category, input, actor, lang);
  }

  public Written<CategoryView> patchCategory(
      String slug, String ifMatch, JsonNode patch, String actor, String lang) {
    Category category = currentCategory(slug, ifMatch);
    CategoryInput input = patched(CurationMapper.toInput(category), patch, CategoryInput.class);
    return updateCategory(category, input, actor, lang);
  }

  public void deleteCategory(String slug, String ifMatch, String actor) {
    Category category = currentCategory(slug, ifMatch);
    long held = Crate.count("category", category);
    if (held > 0) {
      throw new ConflictException(
          "Category '" + slug + "' still holds " + held + " crates; move or delete them first.");
    }
    CategoryInput before = CurationMapper.toInput(category);
    category.delete();
    changes.record(CATEGORY, slug, "delete", before, null, actor);
  }

  private Written<CategoryView> updateCategory(
      Category category, CategoryInput input, String actor, String lang) {
    requireSameSlug(category.slug, input.slug());
    validate(input);
    CategoryInput before = CurationMapper.toInput(category);
    category.version++;
    CurationMapper.apply(input, category, this::counterpart);
    changes.record(CATEGORY, category.slug, "update", before, input, actor);
    return new Written<>(CategoryView.of(category, lang), category.version);
  }

  /** The category, locked until the write commits, if If-Match names its current version. */
  private Category currentCategory(String slug, String ifMatch) {
    lockCatalog();
    Category category =
        Category.<Category>find("slug", slug)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .firstResultOptional()
            .orElseThrow(() -> new ResourceNotFoundException(CATEGORY, slug));
    EntityTags.requireCurrent(ifMatch, "category '" + slug + "'", category.version);
    return category;
  }

  /**
   * Takes the catalog's write lock until the write commits: writes run one at a time, so a slug
   * checked free is still free when it is written and a position taken as the next one is not taken
   * twice. The lock is the dataset row, which every write updates anyway to raise the revision;
   * readers never wait for it.
   */
  private void lockCatalog() {
    entityManager.createNativeQuery("select revision from dataset for update").getSingleResult();
  }

  // --- validation --------------------------------------------------------------------------------

  /** Every rule a crate must keep, checked together so that the answer lists every broken one. */
  private Category validate(CrateInput input) {
    List<Problem.InvalidParameter> invalid = constraintViolations(input);
    if (input.texts() != null) {
      requireLanguages("texts", input.texts(), invalid);
    }
    requireLanguagesOfEach("pros", input.pros(), invalid);
    requireLanguagesOfEach("cons", input.cons(), invalid);
    requireCounterparts("alternatives", input.alternatives(), invalid);
    requireCounterparts("platforms", input.platforms(), invalid);
    Category category =
        input.category() == null
            ? null
            : Category.<Category>find("slug", input.category()).firstResult();
    if (input.category() != null && category == null) {
      invalid.add(
          InvalidBodyException.field(
              "category",
              "must be the slug of a category",
              slugs(Category.listAll(Sort.by("position")))));
    }
    if (!invalid.isEmpty()) {
      throw new InvalidBodyException(invalid);
    }
    return category;
  }

  private void validate(CategoryInput input) {
    List<Problem.InvalidParameter> invalid = constraintViolations(input);
    if (input.texts() != null) {
      requireLanguages("texts", input.texts(), invalid);
    }
    requireCounterparts("alternatives", input.alternatives(), invalid);
    if (!invalid.isEmpty()) {
      throw new InvalidBodyException(invalid);
    }
  }

  private <T> List<Problem.InvalidParameter> constraintViolations(T input) {
    List<Problem.InvalidParameter> invalid = new ArrayList<>();
    for (ConstraintViolation<T> violation : validator.validate(input)) {
      invalid.add(
          InvalidBodyException.field(
              fieldName(violation.getPropertyPath().toString()),
              violation.getMessage(),
              List.of()));
    }
    invalid.sort(java.util.Comparator.comparing(Problem.InvalidParameter::name));
    return invalid;
  }

  /** A property path as the body writes it: map keys such as languages after dots. */
  private static String fieldName(String propertyPath) {
    return propertyPath
        .replace("<map value>", "")
        .replace("<list element>", "")
        .replaceAll("\\[([A-Za-z][^\\]]*)]", ".$1")
        .replace("..", ".")
        .replaceAll("\\.$", "");
  }

  /** Texts must be given in every language the catalog is written in, and in no other. */
  private void requireLanguages(
      String field, Map<String, ?> texts, List<Problem.InvalidParameter> invalid) {
    List<String> offered = languages.offered();
    Set<String> given = new TreeSet<>(texts.keySet());
    for (String lang : offered) {
      if (!given.contains(lang)) {
        invalid.add(InvalidBodyException.field(field + "." + lang, "is required", offered));
      }
    }
    for (String lang : given) {
      if (!offered.contains(lang)) {
        invalid.add(
            InvalidBodyException.field(
                field + "." + lang, "is not a language the catalog is written in", offered));
      }
    }
  }

  private void requireLanguagesOfEach(
      String field, List<? extends Map<String, ?>> items, List<Problem.InvalidParameter> invalid) {
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != null) {
        requireLanguages(field + "[" + i + "]", items.get(i), invalid);
      }
    }
  }

  private static void requireCounterparts(
      String field, List<String> slugs, List<Problem.InvalidParameter> invalid) {
    List<String> known = null;
    List<String> given = CurationMapper.orEmpty(slugs);
    for (int i = 0; i < given.size(); i++) {
      if (Counterpart.count("slug", given.get(i)) == 0) {
        if (known == null) {
          known =
              Counterpart.<Counterpart>listAll(Sort.by("position")).stream()
                  .map(counterpart -> counterpart.slug)
                  .toList();
        }
        invalid.add(
            InvalidBodyException.field(
                field + "[" + i + "]", "must be the slug of a counterpart", known));
      }
    }
  }

  private static void requireSameSlug(String slug, String given) {
    if (!slug.equals(given)) {
      throw InvalidBodyException.of(
          "slug", "must be '" + slug + "', the slug in the path: a slug cannot change");
    }
  }

  private Counterpart counterpart(String slug) {
    return Counterpart.<Counterpart>find("slug", slug).firstResult();
  }

  private <T> T patched(T current, JsonNode patch, Class<T> type) {
    if (patch == null || !patch.isObject()) {
      throw InvalidBodyException.of("body", "must be a JSON merge patch object");
    }
    try {
      return json.treeToValue(MergePatch.apply(json.valueToTree(current), patch), type);
    } catch (JsonProcessingException e) {
      throw new UnreadableBodyException(e);
    }
  }

  private static List<String> slugs(List<Category> categories) {
    return categories.stream().map(category -> category.slug).toList();
  }
}
