package dev.rustdist.catalog.crate;

import dev.rustdist.catalog.vocabulary.Term;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields of a crate's record that {@code fields} can ask for: {@link CrateView}'s, by the names
 * the record gives them (a test keeps the two lists the same).
 */
@Schema(
    name = "CrateField",
    type = SchemaType.STRING,
    enumeration = {
      "slug",
      "name",
      "qualifier",
      "category",
      "maturity",
      "ring",
      "description",
      "positioning",
      "summary",
      "pros",
      "cons",
      "links",
      "alternatives",
      "platforms",
      "counterparts",
      "deprecated",
      "sunset",
      "replacements"
    })
public enum CrateField implements Term {
  SLUG,
  NAME,
  QUALIFIER,
  CATEGORY,
  MATURITY,
  RING,
  DESCRIPTION,
  POSITIONING,
  SUMMARY,
  PROS,
  CONS,
  LINKS,
  ALTERNATIVES,
  PLATFORMS,
  COUNTERPARTS,
  DEPRECATED,
  SUNSET,
  REPLACEMENTS;

  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
