package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.problem.InvalidParameterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The keys the crate list can be sorted by, and the SQL each one orders by. */
public enum CrateSort {
  NAME("name", "c.name"),
  MATURITY("maturity", "c.maturity"),
  RING("ring", "c.ring"),
  CATEGORY("category", "c.category_position", "c.position");

  static final String PATTERN =
      "^-?(name|maturity|ring|category)(,-?(name|maturity|ring|category))*$";
  private static final Pattern SEPARATOR = Pattern.compile(",");

  private final String key;
  private final List<String> columns;

  CrateSort(String key, String... columns) {
    this.key = key;
    this.columns = List.of(columns);
  }

  /** The ORDER BY terms a sort parameter asks for; empty when it asks for none. */
  public static List<String> parse(String raw) {
    List<String> terms = new ArrayList<>();
    if (raw != null && !raw.isBlank()) {
      for (String term : SEPARATOR.split(raw.strip())) {
        String name = term.strip();
        boolean descending = name.startsWith("-");
        CrateSort key = byKey(descending ? name.substring(1) : name, raw);
        key.columns.forEach(column -> terms.add(column + (descending ? " desc" : " asc")));
      }
    }
    return terms;
  }

  /** The document's order, which ends every sort so that pages never shift. */
  static List<String> documentOrder() {
    List<String> terms = new ArrayList<>(CATEGORY.columns);
    terms.add("c.id");
    return terms;
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
