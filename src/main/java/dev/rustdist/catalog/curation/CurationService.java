package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.caching.CurrentRead;
import dev.rustdist.catalog.i18n.Languages;
import dev.rustdist.catalog.paging.Page;
import dev.rustdist.catalog.paging.PageRequest;
import dev.rustdist.catalog.problem.ConflictException;
import dev.rustdist.catalog.problem.InvalidBodyException;
import dev.rustdist.catalog.problem.Problem;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Curators' writes, one path for every kind of entry. Each runs in one transaction that first takes
 * the catalog's write lock, checks that the writer read the entry's current version, validates the
 * whole input, writes it, raises the entry's version (the database triggers raise the dataset
 * revision) and records the change; any failure rolls all of it back.
 */
@ApplicationScoped
@Transactional
public class CurationService {

  private static final int FIRST_VERSION = 1;

  private final EntityManager entityManager;
  private final Validator validator;
  private final Languages languages;
  private final ChangeLog changes;
  private final ObjectMapper json;
  private final SecurityIdentity identity;
  private final CurrentRead read;

  CurationService(
      EntityManager entityManager,
      Validator validator,
      Languages languages,
      ChangeLog changes,
      ObjectMapper json,
      SecurityIdentity identity,
      CurrentRead read) {
    this.entityManager = entityManager;
    this.validator = validator;
    this.languages = languages;
    this.changes = changes;
    this.json = json;
    this.identity = identity;
    this.read = read;
  }

  public <E, I extends EntryInput, V> Written<V> create(
      EntryKind<E, I, V> kind, JsonNode body, String lang) {
    BodyCheck check = newCheck();
    I input = form(kind, body, check);
    lockCatalog();
    requireValid(kind, input, check);
    if (kind.find(input.slug()).isPresent()) {
      throw new ConflictException("There is already a " + kind.name() + " '" + input.slug() + "'.");
    }
    put(kind, Optional.empty(), input);
    return readBack(kind, input.slug(), FIRST_VERSION, lang);
  }

  /**
   * Adds every entry of the body, an array of inputs, in one transaction: all of them, or, when one
   * breaks a rule or its slug is taken, none. Each is checked as a single one is, and the answer
   * lists every rule broken, each under its entry's index ({@code [3].ring}).
   */
  public <E, I extends EntryInput, V> List<V> createAll(
      EntryKind<E, I, V> kind, JsonNode body, int max, String lang) {
    if (body == null || !body.isArray()) {
      throw InvalidBodyException.of("body", "must be a JSON array of " + kind.name() + " entries");
    }
    if (body.isEmpty() || body.size() > max) {
      throw InvalidBodyException.of(
          "body", "must hold from 1 to " + max + " entries; it holds " + body.size());
    }
    List<I> inputs = new ArrayList<>();
    List<BodyCheck> checks = new ArrayList<>();
    for (JsonNode entry : body) {
      BodyCheck check = newCheck();
      if (entry.isObject()) {
        inputs.add(form(kind, entry, check));
      } else {
        check.broken("body", "must be a JSON object", List.of());
        inputs.add(null);
      }
      checks.add(check);
    }
    lockCatalog();
    List<Problem.InvalidParameter> broken = new ArrayList<>();
    Map<String, Integer> slugs = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      I input = inputs.get(i);
      BodyCheck check = checks.get(i);
      if (input != null) {
        checkRules(kind, input, check);
        Integer first = input.slug() == null ? null : slugs.putIfAbsent(input.slug(), i);
        if (first != null) {
          check.broken("slug", "is the slug of entry [" + first + "] too", List.of());
        }
      }
      broken.addAll(check.brokenUnder("[" + i + "]"));
    }
    if (!broken.isEmpty()) {
      throw new InvalidBodyException(broken);
    }
    List<String> taken =
        inputs.stream().map(EntryInput::slug).filter(slug -> kind.find(slug).isPresent()).toList();
    if (!taken.isEmpty()) {
      throw new ConflictException(
          "There is already a "
              + kind.name()
              + " "
              + String.join(", ", taken.stream().map(slug -> "'" + slug + "'").toList())
              + ": nothing was added.");
    }
    inputs.forEach(input -> put(kind, Optional.empty(), input));
    entityManager.flush();
    return inputs.stream().map(input -> kind.view(input.slug(), lang)).toList();
  }

  public <E, I extends EntryInput, V> Written<V> replace(
      EntryKind<E, I, V> kind, String slug, String ifMatch, JsonNode body, String lang) {
    BodyCheck check = newCheck();
    I input = form(kind, body, check);
    E entry = current(kind, slug, ifMatch);
    return update(kind, slug, entry, input, check, lang);
  }

  public <E, I extends EntryInput, V> Written<V> patch(
      EntryKind<E, I, V> kind, String slug, String ifMatch, JsonNode patch, String lang) {
    if (patch == null || !patch.isObject()) {
      throw InvalidBodyException.of("body", "must be a JSON merge patch object");
    }
    E entry = current(kind, slug, ifMatch);
    BodyCheck check = newCheck();
    I input = form(kind, MergePatch.apply(json.valueToTree(kind.toInput(entry)), patch), check);
    return update(kind, slug, entry, input, check, lang);
  }

  public <E, I extends EntryInput> void delete(
      EntryKind<E, I, ?> kind, String slug, String ifMatch) {
    remove(kind, current(kind, slug, ifMatch));
  }

  /**
   * Makes the catalog's categories and crates those of a dataset document, in its order, in one
   * transaction under the catalog's lock: each entry the catalog lacks is created, each that
   * differs is written, each the document lacks is deleted, each recorded as its own write would
   * be; entries already as the document has them are left as they are. The whole document is
   * checked first, and each entry again as it is written, as its own write would check it; any
   * broken rule, named under its place in the document ({@code crates[3].ring}), leaves the catalog
   * as it was.
   */
  public DatasetLoad load(CategoryKind categoryKind, CrateKind crateKind, JsonNode body) {
    DatasetDocument document = formOf(body, DatasetDocument.class);
    BodyCheck check = newCheck();
    requireDistinct("categories", document.categories(), check);
    requireDistinct("crates", document.crates(), check);
    check.throwIfBroken();
    lockCatalog();
    DatasetLoad.Tally categories = putAll(categoryKind, "categories", document.categories());
    DatasetLoad.Tally crates = putAll(crateKind, "crates", document.crates());
    crates = crates.deleting(removeAllBut(crateKind, document.crates()));
    categories = categories.deleting(removeAllBut(categoryKind, document.categories()));
    entityManager.flush();
    reorder(document);
    entityManager.clear();
    return new DatasetLoad(revision(), categories, crates);
  }

  private static void requireDistinct(
      String field, List<? extends EntryInput> inputs, BodyCheck check) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      Integer taken = first.putIfAbsent(inputs.get(i).slug(), i);
      if (taken != null) {
        check.broken(
            field + "[" + i + "].slug",
            "is the slug of " + field + "[" + taken + "] too",
            List.of());
      }
    }
  }

  /**
   * Writes each input whose entry is missing or differs, checked first as its own write would be;
   * how many it created, wrote over and left as they were.
   */
  private <E, I extends EntryInput> DatasetLoad.Tally putAll(
      EntryKind<E, I, ?> kind, String field, List<I> inputs) {
    long created = 0;
    long updated = 0;
    for (int i = 0; i < inputs.size(); i++) {
      I input = inputs.get(i);
      Optional<E> entry = kind.find(input.slug());
      if (entry.isPresent()
          && json.valueToTree(kind.toInput(entry.get())).equals(json.valueToTree(input))) {
        continue;
      }
      BodyCheck check = newCheck();
      checkRules(kind, input, check);
      List<Problem.InvalidParameter> broken = check.brokenUnder(field + "[" + i + "]");
      if (!broken.isEmpty()) {
        throw new InvalidBodyException(broken);
      }
      put(kind, entry, input);
      if (entry.isPresent()) {
        updated++;
      } else {
        created++;
      }
    }
    return new DatasetLoad.Tally(created, updated, 0, inputs.size() - created - updated);
  }

  /** Deletes each entry of a kind that the inputs do not name; how many. */
  private <E, I extends EntryInput> long removeAllBut(
      EntryKind<E, I, ?> kind, List<? extends EntryInput> kept) {
    Set<String> slugs = kept.stream().map(EntryInput::slug).collect(Collectors.toSet());
    List<String> gone = kind.slugs().stream().filter(slug -> !slugs.contains(slug)).toList();
    for (String slug : gone) {
      // each from a session of its own: the database removes what refers to it (a replacement
      // that names a crate) and the session must not hold it then
      entityManager.flush();
      entityManager.clear();
      kind.find(slug).ifPresent(entry -> remove(kind, entry));
    }
    entityManager.flush();
    entityManager.clear();
    return gone.size();
  }

  /**
   * Places categories, and the crates of each category, in the document's order. Positions are
   * unique, so those that change go through negative ones first; where none changes nothing is
   * written, as any statement on the catalog's tables makes a revision.
   */
  private void reorder(DatasetDocument document) {
    place(
        "category",
        "select c.id, o.n as place from unnest(string_to_array(:slugs, ',')) with ordinality o"
            + " (slug, n) join category c on c.slug = o.slug",
        document.categories());
    place(
        "crate",
        "select c.id, row_number() over (partition by c.category_id order by o.n) as place"
            + " from unnest(string_to_array(:slugs, ',')) with ordinality o (slug, n)"
            + " join crate c on c.slug = o.slug",
        document.crates());
  }

  /** Gives the rows of a table the places a query of their ids and places says. */
  private void place(String table, String places, List<? extends EntryInput> inputs) {
    String slugs = String.join(",", inputs.stream().map(EntryInput::slug).toList());
    String moved =
        "with wanted as ("
            + places
            + ") select t.id, w.place from "
            + table
            + " t"
            + " join wanted w on w.id = t.id where t.position <> w.place";
    if (entityManager
        .createNativeQuery(moved)
        .setParameter("slugs", slugs)
        .getResultList()
        .isEmpty()) {
      return;
    }
    entityManager
        .createNativeQuery(
            "with moved as ("
                + moved
                + ") update "
                + table
                + " t set position = -m.place"
                + " from moved m where t.id = m.id")
        .setParameter("slugs", slugs)
        .executeUpdate();
    entityManager
        .createNativeQuery("update " + table + " set position = -position where position < 0")
        .executeUpdate();
  }

  /** The entry's writes, oldest first; an entry never written and not in the catalog is a 404. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ChangeView> history(EntryKind<?, ?, ?> kind, String slug, PageRequest page) {
    Page<ChangeView> history = changes.history(kind.name(), slug, page);
    if (history.total() == 0 && kind.find(slug).isEmpty()) {
      throw new ResourceNotFoundException(kind.name(), slug);
    }
    return history;
  }

  private <E, I extends EntryInput, V> Written<V> update(
      EntryKind<E, I, V> kind, String slug, E entry, I input, BodyCheck check, String lang) {
    if (!slug.equals(input.slug())) {
      check.broken(
          "slug", "must be '" + slug + "', the slug in the path: a slug cannot change", List.of());
    }
    requireValid(kind, input, check);
    return readBack(kind, slug, put(kind, Optional.of(entry), input), lang);
  }

  /** Writes the input onto the entry, or a new one, and records the write; its new version. */
  private <E, I extends EntryInput> int put(EntryKind<E, I, ?> kind, Optional<E> entry, I input) {
    I before = entry.map(kind::toInput).orElse(null);
    int version = entry.map(found -> kind.version(found) + 1).orElse(FIRST_VERSION);
    kind.write(entry.orElseGet(kind::create), input, version);
    changes.record(
        kind.name(), input.slug(), before == null ? "create" : "update", before, input, actor());
    return version;
  }

  /** Deletes the entry, or refuses with a conflict, and records the write. */
  private <E, I extends EntryInput> void remove(EntryKind<E, I, ?> kind, E entry) {
    I before = kind.toInput(entry);
    kind.delete(entry);
    changes.record(kind.name(), before.slug(), "delete", before, null, actor());
  }

  /** The dataset's revision as this transaction sees it, its own writes included. */
  private long revision() {
    return ((Number)
            entityManager.createNativeQuery("select revision from dataset").getSingleResult())
        .longValue();
  }

  /** The entry, if If-Match names its current version; it cannot change until the write ends. */
  private <E> E current(EntryKind<E, ?, ?> kind, String slug, String ifMatch) {
    lockCatalog();
    E entry = kind.find(slug).orElseThrow(() -> new ResourceNotFoundException(kind.name(), slug));
    EntityTags.requireCurrent(ifMatch, kind.name() + " '" + slug + "'", kind.version(entry));
    return entry;
  }

  /**
   * The entry as the API shows it, read back with this transaction's writes, at the revision they
   * made; the answer is tagged as a read of it at that revision would be.
   */
  private <V> Written<V> readBack(EntryKind<?, ?, V> kind, String slug, int version, String lang) {
    entityManager.flush();
    read.wroteEntry(version, revision());
    return new Written<>(slug, kind.view(slug, lang), version);
  }

  /**
   * Takes the catalog's write lock until the write commits: writes run one at a time, so a slug
   * checked free is still free when it is written and a position taken as the next one is not taken
   * twice. The lock is the dataset row, which every write updates anyway to raise the revision;
   * readers never wait for it. A write waits for it at most 5 s: one that cannot have it in time is
   * a 503 to retry, not a request held until the transaction timeout. Each of its statements runs
   * for at most 12 s, as one that changes a category assembles again the records of all its crates
   * (V16): 9.7 s for the 30,500 crates of a category in a catalog of a million.
   */
  void lockCatalog() {
    entityManager
        .createNativeQuery(
            "select set_config('lock_timeout', '5s', true),"
                + " set_config('statement_timeout', '12s', true)")
        .getSingleResult();
    entityManager.createNativeQuery("select revision from dataset for update").getSingleResult();
  }

  /** A body of a form of its own read and checked as an entry's is; what is broken is a 400. */
  <I> I formOf(JsonNode body, Class<I> type) {
    if (body == null || !body.isObject()) {
      throw InvalidBodyException.of("body", "must be a JSON object");
    }
    BodyCheck check = newCheck();
    I input = BodyShape.read(json, body, type, check);
    check.violations(validator.validate(input));
    PlainText.check(body, check);
    check.throwIfBroken();
    return input;
  }

  /**
   * Names a revision the catalog kept (the current one when none is given), under the catalog's
   * lock: naming one is a change of the dataset, with its own revision.
   */
  void nameRevision(String name, Long revision) {
    long named = revision != null ? revision : revision();
    Object[] kept =
        (Object[])
            entityManager
                .createNativeQuery(
                    "select (select min(revision) from dataset_revision), revision,"
                        + " exists (select from dataset_revision where revision = :named)"
                        + " from dataset")
                .setParameter("named", named)
                .getSingleResult();
    if (!(Boolean) kept[2]) {
      throw InvalidBodyException.of(
          "revision", "must be a revision the catalog kept: from " + kept[0] + " to " + kept[1]);
    }
    entityManager
        .createNativeQuery(
            "insert into edition (name, revision, named_by) values (:name, :revision, :actor)")
        .setParameter("name", name)
        .setParameter("revision", named)
        .setParameter("actor", actor())
        .executeUpdate();
  }

  private BodyCheck newCheck() {
    return new BodyCheck(languages.offered());
  }

  /**
   * The body read as the kind's input, and its form checked: its shape (properties, vocabulary,
   * types), its fields' own constraints (sizes, patterns, lengths) and its texts, before any of it
   * reaches the database. What is broken is answered with the rest of the rules, by {@link
   * #requireValid}.
   */
  private <I extends EntryInput> I form(EntryKind<?, I, ?> kind, JsonNode body, BodyCheck check) {
    if (body == null || !body.isObject()) {
      throw InvalidBodyException.of("body", "must be a JSON object");
    }
    I input = BodyShape.read(json, body, kind.inputType(), check);
    check.violations(validator.validate(input));
    PlainText.check(body, check);
    return input;
  }

  /**
   * Every rule the input breaks, checked together so that the answer lists every broken one: its
   * form's, its kind's, and what it refers to in the catalog, looked up under the catalog's lock so
   * that it cannot change before the write.
   */
  private <I extends EntryInput> void requireValid(
      EntryKind<?, I, ?> kind, I input, BodyCheck check) {
    checkRules(kind, input, check);
    check.throwIfBroken();
  }

  /** Adds the rules of the input's kind that it breaks, and the counterparts it names that lack. */
  private static <I extends EntryInput> void checkRules(
      EntryKind<?, I, ?> kind, I input, BodyCheck check) {
    kind.check(input, check);
    check.lookUpCounterparts();
  }

  /** Who wrote: the subject of the curator's token. */
  private String actor() {
    return identity.getPrincipal().getName();
  }
}
