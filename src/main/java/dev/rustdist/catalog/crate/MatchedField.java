package dev.rustdist.catalog.crate;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field of a crate that the text search (q) looks in, from the most relevant to the least. */
@Schema(
    name = "MatchedField",
    type = SchemaType.STRING,
    enumeration = {"name", "description", "positioning", "pros", "cons"})
public enum MatchedField {
  NAME("name"),
  DESCRIPTION("description"),
  POSITIONING("positioning"),
  PROS("pros"),
  CONS("cons");

  private final String code;

  MatchedField(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }
}
