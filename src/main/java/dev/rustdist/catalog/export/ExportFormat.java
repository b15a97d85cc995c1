package dev.rustdist.catalog.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The formats the catalog exports to, each with its media type. */
public enum ExportFormat {
  BACKSTAGE_TECH_RADAR("backstage-tech-radar", "application/json"),
  BYOR_CSV("byor-csv", "text/csv"),
  BYOR_JSON("byor-json", "application/json"),
  MARKDOWN("markdown", "text/markdown"),
  MERMAID_MINDMAP("mermaid-mindmap", "text/vnd.mermaid");

  private final String code;
  private final String mediaType;

  ExportFormat(String code, String mediaType) {
    this.code = code;
    this.mediaType = mediaType;
  }

  public String code() {
    return code;
  }

  public String mediaType() {
    return mediaType + (mediaType.startsWith("text/") ? "; charset=utf-8" : "");
  }

  static Optional<ExportFormat> of(String code) {
    return Arrays.stream(values()).filter(format -> format.code.equals(code)).findFirst();
  }

  static List<String> codes() {
    return Arrays.stream(values()).map(ExportFormat::code).toList();
  }
}
