package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.caching.CurrentRead;
import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.caching.RevisionCache;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.history.PastRevision;
import dev.rustdist.catalog.paging.PageRequest;
import dev.rustdist.catalog.problem.InvalidParameterException;
import dev.rustdist.catalog.problem.Problem;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds crates: the crate list with its filters and facets, and the lookup by slug. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CrateService {

  static final int MAX_COMPARED = 10;

  private final CrateSearch search;
  private final CrateDocuments documents;
  private final Sql sql;
  private final CurrentRevision revisions;
  private final CurrentRead read;
  private final RevisionCache<String, List<String>> categorySlugs =
      new RevisionCache<>(1024 * 1024, (key, slugs) -> 64L * (slugs.size() + 1));

  CrateService(
      CrateSearch search,
      CrateDocuments documents,
      Sql sql,
      CurrentRevision revisions,
      CurrentRead read) {
    this.search = search;
    this.documents = documents;
    this.sql = sql;
    this.revisions = revisions;
    this.read = read;
  }

  /**
   * A page of the crates the query matches: the one after the cursor when there is one (the list is
   * then in the document's order), else the one at the requested offset.
   */
  public CratePage list(
      CrateQuery query,
      PageRequest page,
      String after,
      boolean facets,
      Set<CrateField> fields,
      String lang) {
    List<String> categories = requireKnownCategories(query);
    CrateCursor cursor = after == null || after.isBlank() ? null : cursor(query, page, after);
    CrateSearch.Found found = search.find(query, cursor, page.limit(), page.offset(), lang);
    return new CratePage(
        documents.only(found.crates(), fields),
        search.count(query, lang),
        page.limit(),
        cursor == null ? page.offset() : null,
        found.next() == null ? null : found.next().token(),
        facets ? search.facets(query, lang, categories) : null,
        query.text() == null ? null : found.matches(),
        null);
  }

  /**
   * The crates named, in the order named, as a page of them all; the slugs the catalog does not
   * know are listed rather than refused.
   */
  public CratePage named(Set<String> slugs, Set<CrateField> fields, String lang) {
    List<CrateDocument> found = documents.bySlugs(slugs, lang);
    Set<String> known = found.stream().map(CrateDocument::slug).collect(Collectors.toSet());
    return new CratePage(
        documents.only(found, fields),
        found.size(),
        slugs.size(),
        0,
        null,
        null,
        null,
        slugs.stream().filter(slug -> !known.contains(slug)).toList());
  }

  /** A page of the crates the query matched at a past revision, in the document's order. */
  public CratePage listAsOf(
      PastRevision revision,
      CrateQuery query,
      PageRequest page,
      Set<CrateField> fields,
      String lang) {
    CrateDocuments.PastPage past =
        documents.asOf(revision.number(), query, page.limit(), page.offset(), lang);
    return new CratePage(
        documents.only(past.documents(), fields),
        past.total(),
        page.limit(),
        page.offset(),
        null,
        null,
        null,
        null);
  }

  /** Every crate the query matched at a past revision, read into its fields, in its order. */
  public List<CrateView> allAsOf(PastRevision revision, CrateQuery query, String lang) {
    return documents.views(
        documents.asOf(revision.number(), query, Integer.MAX_VALUE - 1, 0, lang).documents());
  }

  /** A crate's record at a past revision; a crate not in the catalog then is not found. */
  public CrateDocument getAsOf(
      PastRevision revision, String slug, Set<CrateField> fields, String lang) {
    return documents
        .asOf(revision.number(), slug, lang)
        .map(found -> documents.only(List.of(found), fields).get(0))
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "There was no crate '"
                        + Problem.excerpt(slug)
                        + "' at revision "
                        + revision.number()
                        + "."));
  }

  /** Every crate the query matches, in its order. */
  public List<CrateView> all(CrateQuery query, String lang) {
    requireKnownCategories(query);
    return documents.views(search.find(query, null, Integer.MAX_VALUE - 1, 0, lang).crates());
  }

  /** A cursor follows the document's order from where a page ended, and nothing else. */
  private static CrateCursor cursor(CrateQuery query, PageRequest page, String after) {
    if (!query.sort().isEmpty() || query.text() != null || page.offset() > 0) {
      throw new InvalidParameterException(
          "after",
          after,
          "pages the list in the document's order, so it cannot be combined with sort, q or"
              + " offset");
    }
    return CrateCursor.parse("after", after);
  }

  /** The slugs of every category; a filter on a category that does not exist is a mistake. */
  private List<String> requireKnownCategories(CrateQuery query) {
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

  /**
   * A crate's record, as its own resource serves it; the read reports the crate's version and
   * deprecation, read with the record, for the answer's headers.
   */
  public CrateDocument get(String slug, Set<CrateField> fields, String lang) {
    CrateDocuments.Entry entry = entry(slug, lang);
    read.readEntry(entry.read());
    return documents.only(List.of(entry.document()), fields).get(0);
  }

  public CrateDocument get(String slug, String lang) {
    return entry(slug, lang).document();
  }

  private CrateDocuments.Entry entry(String slug, String lang) {
    return documents
        .entry(slug, lang)
        .orElseThrow(() -> new ResourceNotFoundException("crate", slug));
  }

  /** A crate's record read into its fields, for what composes it into something else. */
  public CrateView view(String slug, String lang) {
    return documents.views(List.of(get(slug, lang))).get(0);
  }

  /**
   * The crates of the catalog published under these crates.io names (several crates can share one),
   * read into their fields, by name, then slug.
   */
  public List<CrateView> byCratesIoNames(Collection<String> names, String lang) {
    return names.isEmpty() ? List.of() : documents.views(documents.byCratesIoNames(names, lang));
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
    List<CrateDocument> found = documents.bySlugs(slugs, lang);
    Set<String> foundSlugs = found.stream().map(CrateDocument::slug).collect(Collectors.toSet());
    slugs.stream()
        .filter(slug -> !foundSlugs.contains(slug))
        .findFirst()
        .ifPresent(
            slug -> {
              // a catalog can hold too many crates to list them all here
              throw new InvalidParameterException(
                  "crates",
                  slug,
                  "must name crates of the catalog, as GET /api/v1/crates lists them");
            });
    return new CrateComparison(found);
  }

  private Crate find(String slug) {
    return Crate.<Crate>find("slug", slug)
        .firstResultOptional()
        .orElseThrow(() -> new ResourceNotFoundException("crate", slug));
  }

  /** Read once per dataset revision: every list asks for them. */
  private List<String> categorySlugs() {
    return categorySlugs.get(
        revisions.get().number(),
        "",
        () ->
            sql.list(
                SqlStatement.of("select slug from category order by position"),
                row -> row.getString(1)));
  }
}
