package dev.rustdist.catalog.problem;

import java.util.List;

/** A write without If-Match (428), or with a version that is no longer current (412). */
public class PreconditionException extends ProblemException {

  private PreconditionException(int status, String type, String title, String detail) {
    super(status, type, title, detail, List.of());
  }

  public static PreconditionException required(String entry) {
    return new PreconditionException(
        428,
        "precondition-required",
        "Precondition required",
        "A write to "
            + entry
            + " must send If-Match with the ETag it was read with, so that no other edit is"
            + " overwritten.");
  }

  public static PreconditionException failed(String entry, int currentVersion) {
    return new PreconditionException(
        412,
        "precondition-failed",
        "Precondition failed",
        entry
            + " has changed since it was read: its current version is "
            + currentVersion
            + ". Read it again, reapply the edit, and send the new ETag.");
  }
}
