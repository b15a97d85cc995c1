package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.problem.InvalidParameterException;
import io.quarkus.panache.common.Sort;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The keys the crate list can be sorted by, and how each one orders the query. */
public enum CrateSort {
  NAME("name", "c.name"),
  MATURITY("maturity", "c.maturity"),
  RING("ring", "c.ring"),
  CATEGORY("category", "c.category.position", "c.position");

  static final String PATTERN =
      "^-?(name|maturity|ring|category)(,-?(name|maturity|ring|category))*$";
  private static final Pattern SEPARATOR = Pattern.compile(",");

  private final String key;
  private final List<String> columns;

  CrateSort(String key, String... columns) {
    this.key = key;
    this.columns = List.of(columns);
  }

  /**
   * The order a sort parameter asks for, ending in the document's order so that pages never shift.
   */
  public static Sort parse(String raw) {
    Sort sort = Sort.empty();
    if (raw != null && !raw.isBlank()) {
      for (String term : SEPARATOR.split(raw.strip())) {
        String name = term.strip();
        boolean descending = name.startsWith("-");
        CrateSort key = byKey(descending ? name.substring(1) : name, raw);
        key.columns.forEach(
            column ->
                sort.and(
                    column, descending ? Sort.Direction.Descending : Sort.Direction.Ascending));
      }
    }
    CATEGORY.columns.forEach(sort::and);
    return sort.and("c.id");
  }

  private static CrateSort byKey(String key, String raw) {
    return Arrays.stream(values())
        .filter(sort -> sort.key.equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    "sort",
                    raw,
                    "must be comma-separated keys among "
                        + String.join(", ", keys())
                        + ", each optionally prefixed with - for descending order",
                    keys()));
  }

  private static List<String> keys() {
    return Arrays.stream(values()).map(sort -> sort.key).toList();
  }
}
