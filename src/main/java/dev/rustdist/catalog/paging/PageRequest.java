package dev.rustdist.catalog.paging;

import dev.rustdist.catalog.query.QueryParameters;

/** Which slice of a list to return. */
public record PageRequest(int limit, int offset) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
  private static final int MAX_OFFSET = 1_000_000;

  public static PageRequest of(PageParams params) {
    return new PageRequest(
        QueryParameters.integer("limit", params.limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
        QueryParameters.integer("offset", params.offset, 0, 0, MAX_OFFSET));
  }

  /** Applies this request to a list that is already whole in memory. */
  public <T> Page<T> slice(java.util.List<T> all) {
    int from = Math.min(offset, all.size());
    int to = Math.min(from + limit, all.size());
    return new Page<>(all.subList(from, to), all.size(), limit, offset);
  }
}
