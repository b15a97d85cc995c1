package dev.rustdist.catalog.problem;

import java.util.List;

/** A write that the catalog's current state does not allow; answered with 409. */
public class ConflictException extends ProblemException {

  public ConflictException(String detail) {
    super(409, "conflict", "Conflict", detail, List.of());
  }
}
