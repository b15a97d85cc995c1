package dev.rustdist.catalog.counterpart;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.rustdist.catalog.vocabulary.Term;
import jakarta.persistence.EnumeratedValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a counterpart of a Rust crate comes from. */
@Schema(
    name = "Ecosystem",
    type = SchemaType.STRING,
    enumeration = {"java", "go", "platform"},
    description =
        "`java` and `go`: frameworks of those ecosystems; `platform`: a system that distributed"
            + " applications run on or delegate to, whatever their language.")
public enum Ecosystem implements Term {
  JAVA("java"),
  GO("go"),
  PLATFORM("platform");

  @EnumeratedValue private final String code;

  Ecosystem(String code) {
    this.code = code;
  }

  @Override
  @JsonValue
  public String code() {
    return code;
  }
}
