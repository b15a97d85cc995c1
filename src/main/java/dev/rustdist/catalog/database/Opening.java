package dev.rustdist.catalog.database;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a read's transaction runs before anything else: statements whose last one returns a row, and
 * what reads that row. They are sent with the transaction's first statement, in one round trip,
 * rather than on their own ({@link ReadDatabase#openWith}).
 */
public record Opening(String statements, LastRow lastRow) {

  /** Reads the row of the opening's last statement. */
  @FunctionalInterface
  public interface LastRow {
    void read(ResultSet row) throws SQLException;
  }
}
