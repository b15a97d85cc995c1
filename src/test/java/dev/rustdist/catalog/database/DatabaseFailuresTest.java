package dev.rustdist.catalog.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which failures a client can wait out (a 503 with Retry-After) and which are the service's own (a
 * 500), as the connection pool and PostgreSQL word them.
 */
class DatabaseFailuresTest {

  @Test
  void shouldTellAPoolWithNoConnectionFreeInTimeFromAFailureOfTheService() {
    // what Agroal throws when every connection stays taken past the acquisition timeout
    assertTrue(
        DatabaseFailures.unavailable(
            new IllegalStateException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
    assertTrue(DatabaseFailures.unavailable(new SQLException("canceling statement", "57014")));
    assertFalse(DatabaseFailures.unavailable(new SQLException("syntax error", "42601")));
    assertFalse(DatabaseFailures.unavailable(new SQLException("no state, no reason")));
  }
}
