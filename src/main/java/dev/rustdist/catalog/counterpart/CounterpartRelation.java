package dev.rustdist.catalog.counterpart;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the document says a counterpart is to a crate or a category. */
@Schema(
    name = "CounterpartRelation",
    type = SchemaType.STRING,
    enumeration = {"equivalent", "lacking", "platform"},
    description =
        "`equivalent`: the document names it as what to use instead, or as the analogue in another"
            + " ecosystem; `lacking`: the document names it as what other ecosystems have and Rust"
            + " lacks, so it is no alternative; `platform`: the crate is how Rust works with it.")
public enum CounterpartRelation {
  EQUIVALENT("equivalent"),
  LACKING("lacking"),
  PLATFORM("platform");

  @EnumeratedValue private final String code;

  CounterpartRelation(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }
}
