package dev.rustdist.catalog.database;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells failures of the database that a client can wait out (unreachable, restarting, too busy, a
 * statement over its time, a conflict between concurrent transactions) from failures of the service
 * itself.
 */
public final class DatabaseFailures {

  // SQLSTATE classes and codes (PostgreSQL, Appendix A): 08 connection exception, 57P0x the
  // server shutting down or starting, 57014 statement timeout, 53300 too many connections,
  // 55P03 lock timeout, 40001 serialization failure, 40P01 deadlock
  private static final Set<String> PASSING_STATES =
      Set.of("57014", "57P01", "57P02", "57P03", "53300", "55P03", "40001", "40P01");
  private static final String UNIQUE_VIOLATION = "23505";
  private static final int MAX_CAUSES = 32;

  private DatabaseFailures() {}

  /** Whether the failure, or one of its causes, is the database's passing unavailability. */
  public static boolean unavailable(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLTimeoutException) {
        return true;
      }
      if (cause instanceof SQLException sql && passing(sql)) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }

  /** Whether the failure, or one of its causes, is a write taking a value that must be unique. */
  public static boolean breaksAUniqueConstraint(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }

  private static boolean passing(SQLException failure) {
    String state = failure.getSQLState();
    if (state == null) {
      // the connection pool's own: no connection could be had in time
      // ("Acquisition timeout while waiting for new connection", Agroal's words)
      return String.valueOf(failure.getMessage())
          .toLowerCase(Locale.ROOT)
          .contains("acquisition timeout");
    }
    return state.startsWith("08") || PASSING_STATES.contains(state);
  }
}
