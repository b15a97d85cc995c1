package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.paging.Page;
import dev.rustdist.catalog.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The record of every write: kept in the write's transaction, read as a feed and as histories. */
@ApplicationScoped
public class ChangeLog {

  private static final String COLUMNS =
      "select id, revision, occurred_at, actor, entity, slug, cast(operation as text),"
          + " cast(before as text), cast(after as text) from change";

  private final EntityManager entityManager;
  private final ObjectMapper json;

  ChangeLog(EntityManager entityManager, ObjectMapper json) {
    this.entityManager = entityManager;
    this.json = json;
  }

  /**
   * Records a write after its statements ran, with the dataset revision they produced and when the
   * data reached it: the writes of one revision share its time.
   */
  void record(
      String entity, String slug, String operation, Object before, Object after, String actor) {
    entityManager.flush();
    entityManager
        .createNativeQuery(
            "insert into change"
                + " (revision, occurred_at, actor, entity, slug, operation, before, after)"
                + " select revision, modified_at, :actor, :entity, :slug,"
                + " cast(:operation as change_operation), cast(:before as jsonb),"
                + " cast(:after as jsonb) from dataset")
        .setParameter("actor", actor)
        .setParameter("entity", entity)
        .setParameter("slug", slug)
        .setParameter("operation", operation)
        .setParameter("before", write(before))
        .setParameter("after", write(after))
        .executeUpdate();
  }

  public Page<ChangeView> since(long revision, PageRequest page) {
    return page(" where revision > :revision", Map.of("revision", revision), page);
  }

  /**
   * The changes of the revisions after one and up to another, in revision order: at most {@code
   * limit}, so the last revision read may go on past them. Within 5 s, as a stream reads it for a
   * subscriber outside any request.
   */
  List<ChangeView> between(long after, long upTo, int limit) {
    entityManager
        .createNativeQuery("select set_config('statement_timeout', '5s', true)")
        .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                COLUMNS
                    + " where revision > :after and revision <= :upTo"
                    + " order by revision, id limit :limit")
            .setParameter("after", after)
            .setParameter("upTo", upTo)
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream().map(this::view).toList();
  }

  /** The latest changes, newest first. */
  List<ChangeView> latest(int count) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(COLUMNS + " order by id desc limit :count")
            .setParameter("count", count)
            .getResultList();
    return rows.stream().map(this::view).toList();
  }

  /**
   * What entries of a kind were at a revision, by slug, for those of the slugs given that a later
   * write changed: as JSON, what the first write after it found; {@code null} where that write
   * created the entry. The entries no later write changed are as they are now, and not listed.
   */
  Map<String, String> statesAt(String entity, long revision, List<String> slugs) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select distinct on (slug) slug, cast(before as text) from change"
                    + " where entity = :entity and slug = any(cast(:slugs as text[]))"
                    + " and revision > :revision order by slug, revision, id")
            .setParameter("entity", entity)
            .setParameter("slugs", slugs.toArray(String[]::new))
            .setParameter("revision", revision)
            .getResultList();
    Map<String, String> states = new HashMap<>();
    rows.forEach(row -> states.put((String) row[0], (String) row[1]));
    return states;
  }

  public Page<ChangeView> history(String entity, String slug, PageRequest page) {
    return page(
        " where entity = :entity and slug = :slug", Map.of("entity", entity, "slug", slug), page);
  }

  private Page<ChangeView> page(String where, Map<String, Object> params, PageRequest page) {
    var select =
        entityManager.createNativeQuery(
            COLUMNS + where + " order by id limit :limit offset :offset");
    var count = entityManager.createNativeQuery("select count(*) from change" + where);
    params.forEach(
        (name, value) -> {
          select.setParameter(name, value);
          count.setParameter(name, value);
        });
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        select
            .setParameter("limit", page.limit())
            .setParameter("offset", page.offset())
            .getResultList();
    return new Page<>(
        rows.stream().map(this::view).toList(),
        ((Number) count.getSingleResult()).longValue(),
        page.limit(),
        page.offset());
  }

  private ChangeView view(Object[] row) {
    JsonNode before = read((String) row[7]);
    JsonNode after = read((String) row[8]);
    Map<String, ChangeView.Move> moves = new LinkedHashMap<>();
    if ("crate".equals(row[4])) {
      for (String field : List.of("maturity", "ring")) {
        String from = before == null ? null : before.path(field).asText(null);
        String to = after == null ? null : after.path(field).asText(null);
        if (!Objects.equals(from, to)) {
          moves.put(field, new ChangeView.Move(from, to));
        }
      }
    }
    return new ChangeView(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        occurredAt(row[2]),
        (String) row[3],
        (String) row[4],
        (String) row[5],
        (String) row[6],
        before,
        after,
        moves);
  }

  private static OffsetDateTime occurredAt(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time;
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }

  private String write(Object value) {
    try {
      return value == null ? null : json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a change could not be recorded as JSON", e);
    }
  }

  private JsonNode read(String value) {
    try {
      return value == null ? null : json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a recorded change is not JSON", e);
    }
  }
}
