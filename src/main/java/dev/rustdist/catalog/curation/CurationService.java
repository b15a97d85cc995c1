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
    kind.write(kind.create(), input, FIRST_VERSION);
    changes.record(kind.name(), input.slug(), "create", null, input, actor());
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
        kind.check(input, check);
        check.lookUpCounterparts();
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
    for (I input : inputs) {
      kind.write(kind.create(), input, FIRST_VERSION);
      changes.record(kind.name(), input.slug(), "create", null, input, actor());
    }
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
    E entry = current(kind, slug, ifMatch);
    I before = kind.toInput(entry);
    kind.delete(entry);
    changes.record(kind.name(), slug, "delete", before, null, actor());
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
    I before = kind.toInput(entry);
    int version = kind.version(entry) + 1;
    kind.write(entry, input, version);
    changes.record(kind.name(), slug, "update", before, input, actor());
    return readBack(kind, slug, version, lang);
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
    long revision =
        ((Number) entityManager.createNativeQuery("select revision from dataset").getSingleResult())
            .longValue();
    read.wroteEntry(version, revision);
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
    long named =
        revision != null
            ? revision
            : ((Number)
                    entityManager
                        .createNativeQuery("select revision from dataset")
                        .getSingleResult())
                .longValue();
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
    kind.check(input, check);
    check.lookUpCounterparts();
    check.throwIfBroken();
  }

  /** Who wrote: the subject of the curator's token. */
  private String actor() {
    return identity.getPrincipal().getName();
  }
}
