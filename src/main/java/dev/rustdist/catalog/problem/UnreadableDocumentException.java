package dev.rustdist.catalog.problem;

import java.util.List;

/**
 * A body that should be a document of a known format (a Cargo.lock, an SBOM) and cannot be read as
 * one; answered with 400, saying where reading it stopped when the parser could tell.
 */
public class UnreadableDocumentException extends ProblemException {

  private UnreadableDocumentException(String field, String reason, Integer line, Integer column) {
    super(
        400,
        "unreadable-document",
        "Unreadable document",
        field
            + " "
            + reason
            + (line == null ? "" : " (line " + line + ", column " + column + ")")
            + ".",
        List.of(
            new Problem.InvalidParameter(field, "body", null, reason, List.of(), line, column)));
  }

  /** The parser stopped at this line and column, both from 1. */
  public static UnreadableDocumentException at(String reason, int line, int column) {
    return line > 0
        ? new UnreadableDocumentException("body", reason, line, Math.max(column, 1))
        : new UnreadableDocumentException("body", reason, null, null);
  }

  /** A part of the document, named by its path (e.g. {@code package[3].name}), is not right. */
  public static UnreadableDocumentException of(String field, String reason) {
    return new UnreadableDocumentException(field, reason, null, null);
  }
}
