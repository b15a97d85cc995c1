package dev.rustdist.catalog.category;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rustdist.catalog.caching.CurrentRead;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.history.PastRevision;
import dev.rustdist.catalog.problem.Problem;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The categories, in the document's order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CategoryService {

  // the categories' own records as they were at a revision (V17), and their crates then
  private static final String RECORDS_AS_OF =
      "select slug, body from category_record_version"
          + " where revisions @> cast(? as bigint) and lang = ? order by position";
  private static final String CRATES_AS_OF =
      "select body->'category'->>'slug', slug, body->>'name', body->>'maturity', body->>'ring'"
          + " from crate_record_version where revisions @> cast(? as bigint) and lang = ?"
          + " order by category_position, position, crate_id";

  private final Sql sql;
  private final ObjectMapper json;
  private final CurrentRead read;

  CategoryService(Sql sql, ObjectMapper json, CurrentRead read) {
    this.sql = sql;
    this.json = json;
    this.read = read;
  }

  public List<CategoryView> all(String lang) {
    return Category.<Category>listAll(Sort.by("position")).stream()
        .map(category -> CategoryView.of(category, lang))
        .toList();
  }

  /** The categories as they were at a past revision, each with its crates of then. */
  public List<CategoryView> allAsOf(PastRevision revision, String lang) {
    Map<String, List<ObjectNode>> crates =
        sql
            .list(
                SqlStatement.of(CRATES_AS_OF, revision.number(), lang),
                row ->
                    Map.entry(
                        row.getString(1),
                        json.createObjectNode()
                            .put("slug", row.getString(2))
                            .put("name", row.getString(3))
                            .put("maturity", row.getString(4))
                            .put("ring", row.getString(5))))
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return sql.list(
        SqlStatement.of(RECORDS_AS_OF, revision.number(), lang),
        row -> {
          try {
            ObjectNode record = (ObjectNode) json.readTree(row.getString(2));
            record.putArray("crates").addAll(crates.getOrDefault(row.getString(1), List.of()));
            return json.treeToValue(record, CategoryView.class);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept category record is not a category", e);
          }
        });
  }

  public CategoryView getAsOf(PastRevision revision, String slug, String lang) {
    return allAsOf(revision, lang).stream()
        .filter(category -> category.slug().equals(slug))
        .findFirst()
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "There was no category '"
                        + Problem.excerpt(slug)
                        + "' at revision "
                        + revision.number()
                        + "."));
  }

  /** A category, and the read reports its version, read with it, for the answer's tag. */
  public CategoryView get(String slug, String lang) {
    Category category =
        Category.<Category>find("slug", slug)
            .firstResultOptional()
            .orElseThrow(() -> new ResourceNotFoundException("category", slug));
    read.readEntry(new CurrentRead.ReadEntry(category.version, null, null));
    return CategoryView.of(category, lang);
  }
}
