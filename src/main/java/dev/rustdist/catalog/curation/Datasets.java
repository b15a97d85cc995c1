package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rustdist.catalog.caching.Dataset;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.document.DocumentTitle;
import dev.rustdist.catalog.history.PastRevision;
import dev.rustdist.catalog.history.Revisions;
import dev.rustdist.catalog.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The catalog's data as a whole: what it is (revision, counts, licence, attribution, digest), the
 * document that holds all of it at a revision, and that document loaded back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Datasets {

  /** The form of the document, written in it; a load refuses any other. */
  public static final String FORMAT = "rust-dist-catalog/dataset/1";

  /** Where the document is served. */
  public static final String EXPORT_PATH = "/api/v1/exports/dataset";

  /** The file the catalog was curated from. */
  static final String SOURCE_FILE = "rust-distributed-ecosystem.zh.md";

  private static final String ORDER_OF_CATEGORIES =
      "select slug from category_record_version where lang = ? and revisions @> ?::int8"
          + " order by position";
  private static final String ORDER_OF_CRATES =
      "select slug from crate_record_version where lang = ? and revisions @> ?::int8"
          + " order by category_position, position";

  private final Sql sql;
  private final EntityManager entityManager;
  private final ObjectMapper json;
  private final ObjectMapper canonicalJson;
  private final ChangeLog changes;
  private final CategoryKind categories;
  private final CrateKind crates;
  private final Revisions revisions;
  private final CurationService curation;
  private final DatasetLicence licence;

  Datasets(
      Sql sql,
      EntityManager entityManager,
      ObjectMapper json,
      ChangeLog changes,
      CategoryKind categories,
      CrateKind crates,
      Revisions revisions,
      CurationService curation,
      @ConfigProperty(name = "catalog.dataset.licence") String licence,
      @ConfigProperty(name = "catalog.dataset.licence-url") String licenceUrl) {
    this.sql = sql;
    this.entityManager = entityManager;
    this.json = json;
    this.canonicalJson =
        json.copy()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, false);
    this.changes = changes;
    this.categories = categories;
    this.crates = crates;
    this.revisions = revisions;
    this.curation = curation;
    this.licence = new DatasetLicence(licence, licenceUrl);
  }

  /**
   * The document of the catalog at a revision, or now, in its canonical bytes: UTF-8 JSON with
   * every object's keys in order and no space between tokens, so that the same data always has the
   * same digest.
   */
  public byte[] export(PastRevision at) {
    // a read: nothing to flush before each of its queries
    entityManager.setFlushMode(FlushModeType.COMMIT);
    try {
      return canonicalJson.writeValueAsBytes(document(at));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the dataset could not be written as JSON", e);
    }
  }

  /** The digest of a representation, as Repr-Digest (RFC 9530) writes it. */
  public static String digest(byte[] representation) {
    try {
      return "sha-256=:"
          + Base64.getEncoder()
              .encodeToString(MessageDigest.getInstance("SHA-256").digest(representation))
          + ":";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** What the catalog's data is now, with the digest of its document. */
  public DatasetView view() {
    PastRevision now = revisions.current();
    Dataset dataset = Dataset.current();
    byte[] document = export(now);
    DatasetView.Counts counts =
        sql.first(
                SqlStatement.of(
                    "select (select count(*) from category), (select count(*) from crate),"
                        + " (select count(*) from counterpart), (select count(*) from edition),"
                        + " (select count(*) from change)"),
                row ->
                    new DatasetView.Counts(
                        row.getLong(1),
                        row.getLong(2),
                        row.getLong(3),
                        row.getLong(4),
                        row.getLong(5)))
            .orElseThrow();
    List<String> curators =
        sql.list(
            SqlStatement.of("select actor from change group by actor order by min(id)"),
            row -> row.getString(1));
    Map<String, String> titles =
        DocumentTitle.<DocumentTitle>listAll().stream()
            .collect(Collectors.toMap(title -> title.lang, title -> title.title));
    return new DatasetView(
        now.number(),
        dataset.modifiedAt.withOffsetSameInstant(ZoneOffset.UTC),
        dataset.seededAt.withOffsetSameInstant(ZoneOffset.UTC),
        counts,
        licence,
        new DatasetView.Attribution(new DatasetView.Source(SOURCE_FILE, "zh", titles), curators),
        new DatasetView.Export(
            EXPORT_PATH + "?asOf=" + now.number(), digest(document), document.length));
  }

  /**
   * Makes the catalog's categories and crates those of a document, in its order, in one
   * transaction; see {@link CurationService#load}.
   */
  @Transactional
  public DatasetLoad load(JsonNode body) {
    return curation.load(categories, crates, body);
  }

  private DatasetDocument document(PastRevision at) {
    return new DatasetDocument(
        FORMAT,
        at.number(),
        at.reachedAt().withOffsetSameInstant(ZoneOffset.UTC),
        licence,
        inputsAt(categories, ORDER_OF_CATEGORIES, at.number()),
        inputsAt(crates, ORDER_OF_CRATES, at.number()));
  }

  /**
   * The entries of a kind at a revision, in the catalog's order then: each as the first write after
   * it found it, or as it is now where no write changed it since. They are read as they are
   * written, a few hundred at a time, each lot from a session of its own: at 10,000 crates the
   * entities of all of them, and Hibernate's flushes before each of their queries, took minutes and
   * more than the heap.
   */
  private <E, I extends EntryInput> List<I> inputsAt(
      EntryKind<E, I, ?> kind, String order, long revision) {
    return new InputsAt<>(
        kind,
        sql.list(SqlStatement.of(order, Languages.DEFAULT, revision), row -> row.getString(1)),
        revision);
  }

  /** The entries of a kind at a revision, read a lot at a time as they are iterated. */
  private final class InputsAt<E, I extends EntryInput> extends AbstractList<I> {

    private static final int LOT = 500;

    private final EntryKind<E, I, ?> kind;
    private final List<String> slugs;
    private final long revision;

    InputsAt(EntryKind<E, I, ?> kind, List<String> slugs, long revision) {
      this.kind = kind;
      this.slugs = slugs;
      this.revision = revision;
    }

    @Override
    public int size() {
      return slugs.size();
    }

    /** Not read by index: only in order, as the document is written. */
    @Override
    public I get(int index) {
      throw new UnsupportedOperationException("the entries are read in order only");
    }

    @Override
    public Iterator<I> iterator() {
      return new Iterator<>() {

        private int read;
        private Iterator<I> lot = Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!lot.hasNext() && read < slugs.size()) {
            List<String> next = slugs.subList(read, Math.min(read + LOT, slugs.size()));
            read += next.size();
            lot = lot(next);
          }
          return lot.hasNext();
        }

        @Override
        public I next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return lot.next();
        }
      };
    }

    private Iterator<I> lot(List<String> slugs) {
      entityManager.clear();
      Map<String, String> then = changes.statesAt(kind.name(), revision, slugs);
      Map<String, I> now =
          kind.withSlugs(slugs.stream().filter(slug -> then.get(slug) == null).toList()).stream()
              .map(kind::toInput)
              .collect(Collectors.toMap(EntryInput::slug, Function.identity()));
      return slugs.stream()
          .map(
              slug ->
                  then.get(slug) != null ? read(then.get(slug), kind.inputType()) : now.get(slug))
          // an entry removed other than through the API left no record of what it was
          .filter(Objects::nonNull)
          .iterator();
    }
  }

  private <I> I read(String state, Class<I> type) {
    try {
      return json.readValue(state, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a recorded " + type.getSimpleName() + " is unreadable", e);
    }
  }
}
