package dev.rustdist.catalog.export;

import dev.rustdist.catalog.problem.InvalidParameterException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which quadrant names a Build Your Own Radar export writes. BYOR keeps a blip only when its
 * quadrant is one of the four names it is configured with, and the hosted radar is configured with
 * its defaults: so those are the default, and the categories' own quadrants are for a BYOR run with
 * them as its {@code QUADRANTS}.
 */
enum ByorQuadrants {
  /** BYOR's default names, each category placed in one of them by {@link #BYOR_QUADRANT}. */
  BYOR("byor"),
  /** The categories' quadrants, as {@link Quadrant} splits them. */
  CATEGORIES("categories");

  static final String PARAMETER = "quadrants";

  static final List<String> BYOR_NAMES =
      List.of("Techniques", "Platforms", "Tools", "Languages & Frameworks");

  /**
   * Where each category goes, after Thoughtworks' own definitions: techniques are ways of
   * structuring software (consensus, durable workflows), platforms are what software is built on
   * (the async runtime, Kubernetes), tools are components such as databases and messaging, and
   * languages & frameworks shape the code itself (RPC and web frameworks, actors).
   */
  private static final Map<String, String> BYOR_QUADRANT =
      Map.of(
          "consensus", "Techniques",
          "workflow", "Techniques",
          "async-runtime", "Platforms",
          "cloud-native", "Platforms",
          "message-queues", "Tools",
          "databases", "Tools",
          "rpc", "Languages & Frameworks",
          "actors", "Languages & Frameworks");

  /** Where a category the mapping does not know goes: the catalog is one of Rust libraries. */
  private static final String UNMAPPED = "Languages & Frameworks";

  private final String code;

  ByorQuadrants(String code) {
    this.code = code;
  }

  /** The choice a request makes; none is BYOR's names. */
  static ByorQuadrants of(String code) {
    if (code == null) {
      return BYOR;
    }
    return Arrays.stream(values())
        .filter(choice -> choice.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    PARAMETER,
                    code,
                    "must be one of byor, categories",
                    Arrays.stream(values()).map(choice -> choice.code).toList()));
  }

  String quadrantOf(String categorySlug, CatalogExport export) {
    return switch (this) {
      case BYOR -> BYOR_QUADRANT.getOrDefault(categorySlug, UNMAPPED);
      case CATEGORIES -> Quadrant.containing(export.quadrants(), categorySlug).name();
    };
  }
}
