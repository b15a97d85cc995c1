package dev.rustdist.catalog.check;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check's outcome, from the best to the worst; a check's verdict is its worst reason's. */
@Schema(
    name = "Verdict",
    type = SchemaType.STRING,
    enumeration = {"pass", "warn", "fail"},
    description =
        "`pass`: nothing to report; `warn`: something to know (a deprecated crate, a replacement"
            + " the catalog prefers), but nothing the policy fails on; `fail`: a dependency breaks"
            + " the policy.")
public enum Verdict {
  PASS("pass"),
  WARN("warn"),
  FAIL("fail");

  private final String code;

  Verdict(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  Verdict worse(Verdict other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
