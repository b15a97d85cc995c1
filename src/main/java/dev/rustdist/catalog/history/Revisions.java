package dev.rustdist.catalog.history;

import dev.rustdist.catalog.caching.CurrentRead;
import dev.rustdist.catalog.curation.Editions;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.problem.InvalidParameterException;
import dev.rustdist.catalog.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the revision a parameter such as {@code asOf} names: a revision number, an RFC 3339
 * date-time (the last revision reached by then) or an edition's name. Revisions before the history
 * began, and those not reached yet, are not there to read.
 */
@ApplicationScoped
public class Revisions {

  /** What a parameter naming a revision may hold, as the contract says it. */
  public static final String FORMS =
      "a revision number, an RFC 3339 date-time with its offset (2026-11-25T12:00:00Z) or the"
          + " name of an edition";

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");
  private static final Pattern DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt].*");

  private static final String AT =
      "select revision, reached_at from dataset_revision where revision = ?";
  private static final String REACHED_BY =
      "select revision, reached_at from dataset_revision where reached_at <= ?"
          + " order by reached_at desc, revision desc limit 1";
  private static final String BOUNDS =
      "select min(revision), (select min(reached_at) from dataset_revision),"
          + " (select revision from dataset) from dataset_revision";
  private static final String EDITION =
      "select r.revision, r.reached_at from edition e"
          + " join dataset_revision r on r.revision = e.revision where e.name = ?";

  private final Sql sql;
  private final CurrentRead read;

  Revisions(Sql sql, CurrentRead read) {
    this.sql = sql;
    this.read = read;
  }

  /**
   * The revision {@code asOf} names, with the answer then marked as a read of that revision, which
   * never changes; empty when the parameter is absent: the current catalog.
   */
  public Optional<PastRevision> asOf(String value) {
    Optional<PastRevision> revision = named("asOf", value);
    revision.ifPresent(this::pin);
    return revision;
  }

  /** The revision the current transaction reads. */
  public PastRevision current() {
    return sql.first(
            SqlStatement.of(AT.replace("= ?", "= (select revision from dataset)")), Revisions::read)
        .orElseThrow();
  }

  /** Marks the answer as one of a past revision, which never changes. */
  public void pin(PastRevision revision) {
    read.readAsOf(revision.number(), revision.reachedAt());
  }

  /** The revision a parameter names; empty when it is absent. */
  public Optional<PastRevision> named(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String named = value.strip();
    if (NUMBER.matcher(named).matches()) {
      return Optional.of(number(Long.parseLong(named)));
    }
    if (DATE_TIME.matcher(named).matches()) {
      return Optional.of(instant(parameter, named));
    }
    if (Editions.NAME.matcher(named).matches()) {
      return Optional.of(
          sql.first(SqlStatement.of(EDITION, named), Revisions::read)
              .orElseThrow(() -> new ResourceNotFoundException("edition", named)));
    }
    throw new InvalidParameterException(parameter, value, "must be " + FORMS);
  }

  private PastRevision number(long number) {
    return sql.first(SqlStatement.of(AT, number), Revisions::read)
        .orElseThrow(() -> notKept("revision " + number, bounds(), number));
  }

  private PastRevision instant(String parameter, String named) {
    OffsetDateTime instant;
    try {
      instant = OffsetDateTime.parse(named.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException unreadable) {
      throw new InvalidParameterException(parameter, named, "must be " + FORMS);
    }
    if (instant.isAfter(OffsetDateTime.now())) {
      throw new ResourceNotFoundException(
          "The catalog at " + named + " is not known yet: that instant has not come.");
    }
    return sql.first(SqlStatement.of(REACHED_BY, instant), Revisions::read)
        .orElseThrow(
            () -> {
              Bounds bounds = bounds();
              return new ResourceNotFoundException(
                  "The catalog's history starts at revision "
                      + bounds.first()
                      + ", reached at "
                      + bounds.firstReachedAt()
                      + "; "
                      + named
                      + " is before it.");
            });
  }

  private record Bounds(long first, OffsetDateTime firstReachedAt, long current) {}

  private Bounds bounds() {
    return sql.first(
            SqlStatement.of(BOUNDS),
            row ->
                new Bounds(row.getLong(1), row.getObject(2, OffsetDateTime.class), row.getLong(3)))
        .orElseThrow();
  }

  private static ResourceNotFoundException notKept(String what, Bounds bounds, long number) {
    return new ResourceNotFoundException(
        number > bounds.current()
            ? "There is no " + what + " yet: the catalog is at revision " + bounds.current() + "."
            : "The catalog's history starts at revision "
                + bounds.first()
                + "; there is no "
                + what
                + " to read.");
  }

  private static PastRevision read(ResultSet row) throws SQLException {
    return new PastRevision(row.getLong(1), row.getObject(2, OffsetDateTime.class));
  }
}
