package dev.rustdist.catalog.paging;

import dev.rustdist.catalog.query.QueryParameters;

/** Which slice of a list to return. */
public record PageRequest(int limit, int offset) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  /**
   * The deepest offset, as search engines cap their result window: skipping costs more the deeper
   * it goes, while a cursor ({@code after}) costs the same at any depth.
   */
  public static final int MAX_OFFSET = 10_000;

  static final String BEYOND_OFFSETS =
      "; deeper in the crates, follow the page's `next` cursor with `after` (in the document's"
          + " order), or narrow the filters";

  public static PageRequest of(PageParams params) {
    return new PageRequest(
        QueryParameters.integer("limit", params.limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
        QueryParameters.integer("offset", params.offset, 0, 0, MAX_OFFSET, BEYOND_OFFSETS));
  }

  /** Applies this request to a list that is already whole in memory. */
  public <T> Page<T> slice(java.util.List<T> all) {
    int from = Math.min(offset, all.size());
    int to = Math.min(from + limit, all.size());
    return new Page<>(all.subList(from, to), all.size(), limit, offset);
  }
}
