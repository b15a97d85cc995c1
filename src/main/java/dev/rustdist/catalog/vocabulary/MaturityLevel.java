package dev.rustdist.catalog.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far along a crate is, in increasing order; the order is the PostgreSQL enum's too. */
@Schema(
    name = "MaturityLevel",
    type = SchemaType.STRING,
    enumeration = {"experimental", "emerging", "mature", "standard"},
    description =
        """
        How far along a crate is, from least to most mature:
        * `experimental` - very new or experimental: API and stability may still change quickly, few production users.
        * `emerging` - usable and actively developed, but features or support still lag behind the established options.
        * `mature` - proven in production, with a mature ecosystem and documentation.
        * `standard` - the de-facto standard of its niche: the default most of the ecosystem builds on.
        """)
public enum MaturityLevel implements Term {
  EXPERIMENTAL("experimental"),
  EMERGING("emerging"),
  MATURE("mature"),
  STANDARD("standard");

  @EnumeratedValue private final String code;

  MaturityLevel(String code) {
    this.code = code;
  }

  @Override
  @JsonValue
  public String code() {
    return code;
  }

  /** This level and every level above it. */
  public Set<MaturityLevel> andAbove() {
    return EnumSet.range(this, STANDARD);
  }
}
