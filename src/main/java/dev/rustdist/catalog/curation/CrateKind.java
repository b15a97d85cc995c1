package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.category.Category;
import dev.rustdist.catalog.counterpart.Counterpart;
import dev.rustdist.catalog.crate.Crate;
import dev.rustdist.catalog.crate.CrateCounterpart;
import dev.rustdist.catalog.crate.CrateDocument;
import dev.rustdist.catalog.crate.CratePoint;
import dev.rustdist.catalog.crate.CrateService;
import dev.rustdist.catalog.replacement.CrateReplacement;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Crates as curators write them: in a category, after its last crate, with pros and cons. */
@ApplicationScoped
public class CrateKind implements EntryKind<Crate, CrateInput, CrateDocument> {

  private final EntityManager entityManager;
  private final CrateService crates;

  CrateKind(EntityManager entityManager, CrateService crates) {
    this.entityManager = entityManager;
    this.crates = crates;
  }

  @Override
  public String name() {
    return "crate";
  }

  @Override
  public Class<CrateInput> inputType() {
    return CrateInput.class;
  }

  @Override
  public Optional<Crate> find(String slug) {
    return Crate.find("slug", slug).firstResultOptional();
  }

  @Override
  public List<String> slugs() {
    return entityManager.createQuery("select c.slug from Crate c", String.class).getResultList();
  }

  @Override
  public List<Crate> withSlugs(Collection<String> slugs) {
    return Crate.list("slug in ?1", slugs);
  }

  @Override
  public int version(Crate crate) {
    return crate.version;
  }

  @Override
  public CrateInput toInput(Crate crate) {
    return CurationMapper.toInput(crate, CrateReplacement.of(crate));
  }

  @Override
  public void check(CrateInput input, BodyCheck check) {
    check.languages("texts", input.texts());
    check.languagesOfEach("pros", input.pros());
    check.languagesOfEach("cons", input.cons());
    check.counterparts("alternatives", input.alternatives());
    check.counterparts("lacking", input.lacking());
    check.counterparts("platforms", input.platforms());
    checkSuccession(input, check);
    if (input.category() != null
        && !check.isBroken("category")
        && category(input.category()) == null) {
      check.broken(
          "category",
          "must be the slug of a category",
          Category.<Category>listAll(Sort.by("position")).stream()
              .map(category -> category.slug)
              .toList());
    }
  }

  /**
   * A sunset needs a deprecation, and comes after it; a replacement names a crate or a counterpart
   * that exists, or neither, each at most once, and never the crate itself.
   */
  private static void checkSuccession(CrateInput input, BodyCheck check) {
    if (input.sunset() != null) {
      if (input.deprecated() == null) {
        check.broken("sunset", "needs deprecated: only a deprecated crate has a sunset", List.of());
      } else if (input.sunset().isBefore(input.deprecated())) {
        check.broken("sunset", "must not be before deprecated", List.of());
      }
    }
    List<ReplacementInput> replacements = CurationMapper.orEmpty(input.replacements());
    if (check.isBroken("replacements")) {
      return;
    }
    Set<String> named = new HashSet<>();
    for (int i = 0; i < replacements.size(); i++) {
      ReplacementInput replacement = replacements.get(i);
      String field = "replacements[" + i + "]";
      if (replacement == null || check.isBroken(field)) {
        continue;
      }
      check.languages(field + ".reason", replacement.reason());
      if (replacement.crate() != null && replacement.counterpart() != null) {
        check.broken(field, "names a crate or a counterpart, not both", List.of());
        continue;
      }
      if (replacement.crate() != null && !check.isBroken(field + ".crate")) {
        if (replacement.crate().equals(input.slug())) {
          check.broken(field + ".crate", "must be another crate than this one", List.of());
        } else if (Crate.find("slug", replacement.crate()).firstResultOptional().isEmpty()) {
          check.broken(field + ".crate", "must be the slug of a crate of the catalog", List.of());
        } else if (!named.add("crate:" + replacement.crate())) {
          check.broken(field + ".crate", "names a crate that another replacement names", List.of());
        }
      }
      if (replacement.counterpart() != null && !check.isBroken(field + ".counterpart")) {
        if (Counterpart.bySlug(List.of(replacement.counterpart())).isEmpty()) {
          check.broken(field + ".counterpart", "must be the slug of a counterpart", List.of());
        } else if (!named.add("counterpart:" + replacement.counterpart())) {
          check.broken(
              field + ".counterpart",
              "names a counterpart that another replacement names",
              List.of());
        }
      }
    }
  }

  @Override
  public Crate create() {
    Crate crate = new Crate();
    crate.points = new ArrayList<>();
    crate.counterparts = new ArrayList<>();
    return crate;
  }

  @Override
  public void write(Crate crate, CrateInput input, int version) {
    Category category = category(input.category());
    removeChildren(crate);
    if (!Objects.equals(crate.category, category)) {
      crate.position = nextPosition(category); // a new crate, or one moved to another category
    }
    crate.version = version;
    List<CratePoint> points = new ArrayList<>();
    List<CrateCounterpart> links = new ArrayList<>();
    Map<String, Counterpart> counterparts =
        Counterpart.bySlug(
            Stream.of(input.alternatives(), input.lacking(), input.platforms())
                .flatMap(slugs -> CurationMapper.orEmpty(slugs).stream())
                .toList());
    CurationMapper.apply(input, crate, category, counterparts::get, points, links);
    crate.persist();
    points.forEach(point -> point.persist());
    links.forEach(link -> link.persist());
    CurationMapper.replacements(
            input,
            crate,
            slug -> Crate.<Crate>find("slug", slug).firstResult(),
            slug -> Counterpart.bySlug(List.of(slug)).get(slug))
        .forEach(replacement -> replacement.persist());
    crate.points.addAll(points);
    crate.counterparts.addAll(links);
  }

  @Override
  public void delete(Crate crate) {
    removeChildren(crate);
    crate.delete();
  }

  @Override
  public CrateDocument view(String slug, String lang) {
    return crates.get(slug, lang);
  }

  private static Category category(String slug) {
    return Category.<Category>find("slug", slug).firstResult();
  }

  /** Removes the crate's points and counterpart links, before new ones take their positions. */
  private void removeChildren(Crate crate) {
    CrateReplacement.of(crate).forEach(entityManager::remove);
    crate.points.forEach(entityManager::remove);
    crate.counterparts.forEach(entityManager::remove);
    crate.points.clear();
    crate.counterparts.clear();
    entityManager.flush();
  }

  /** After the category's last crate. */
  private short nextPosition(Category category) {
    return EntryKind.positionAfter(
        entityManager
            .createQuery(
                "select max(c.position) from Crate c where c.category = :category", Short.class)
            .setParameter("category", category)
            .getSingleResult());
  }
}
