package dev.rustdist.catalog.check;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents a check reads a project's dependencies from. */
@Schema(
    name = "DocumentFormat",
    type = SchemaType.STRING,
    enumeration = {"cargo-lock", "cargo-toml", "cyclonedx", "spdx"},
    description = "What the body was read as.")
public enum DocumentFormat {
  CARGO_LOCK("cargo-lock", "Cargo.lock"),
  CARGO_TOML("cargo-toml", "Cargo.toml"),
  CYCLONEDX("cyclonedx", "bom.json"),
  SPDX("spdx", "sbom.spdx.json");

  private final String code;
  private final String fileName;

  DocumentFormat(String code, String fileName) {
    this.code = code;
    this.fileName = fileName;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The name such a document usually has in a repository, where CI reports point. */
  public String fileName() {
    return fileName;
  }
}
