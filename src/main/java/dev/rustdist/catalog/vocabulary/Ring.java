package dev.rustdist.catalog.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The recommendation, in tech-radar terms, from the strongest to the most cautious. */
@Schema(
    name = "Ring",
    type = SchemaType.STRING,
    enumeration = {"adopt", "trial", "assess", "hold"},
    description =
        """
        The recommendation in tech-radar terms, from the strongest to the most cautious:
        * `adopt` - use it: the document calls it essential or recommends it for its purpose.
        * `trial` - worth using where its trade-offs fit: promising, or a standard choice with clear caveats.
        * `assess` - worth exploring, not yet a default: experimental, or needing substantial work for distributed use.
        * `hold` - proceed with caution: the document advises preferring other options in most cases.
        """)
public enum Ring implements Term {
  ADOPT("adopt"),
  TRIAL("trial"),
  ASSESS("assess"),
  HOLD("hold");

  @EnumeratedValue private final String code;

  Ring(String code) {
    this.code = code;
  }

  @Override
  @JsonValue
  public String code() {
    return code;
  }
}
