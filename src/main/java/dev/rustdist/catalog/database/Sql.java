package dev.rustdist.catalog.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads with plain JDBC on the service's datasource, for the paths that are read for every request:
 * one statement instead of an ORM query per association. Inside a transaction the datasource hands
 * out the transaction's connection, so such a read sees that transaction's flushed writes; a read
 * that chose the replica reads there ({@link ReadDatabase}). The transaction's first statement
 * carries its opening ({@link Opening}), in the same round trip.
 */
@ApplicationScoped
public class Sql {

  /** Makes one value out of the current row. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  private final ReadDatabase database;

  Sql(ReadDatabase database) {
    this.database = database;
  }

  public <T> List<T> list(SqlStatement statement, Row<T> row) {
    Optional<Opening> opening = database.takeOpening();
    String text = opening.map(first -> first.statements() + "; ").orElse("") + statement.text();
    try (Connection connection = database.forCurrentTransaction().getConnection();
        PreparedStatement prepared = connection.prepareStatement(text)) {
      List<Object> parameters = statement.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        prepared.setObject(i + 1, parameters.get(i));
      }
      List<T> values = new ArrayList<>();
      try (ResultSet rows =
          opening.isPresent() ? afterOpening(prepared, opening.get()) : prepared.executeQuery()) {
        while (rows.next()) {
          values.add(row.read(rows));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new PersistenceException("could not run " + statement, e);
    }
  }

  /** Runs a transaction's opening statements on its connection, on their own. */
  public static void open(Connection connection, Opening opening) throws SQLException {
    try (PreparedStatement prepared = connection.prepareStatement(opening.statements())) {
      readOpening(prepared, opening);
    }
  }

  /** The rows of the statement that was sent after the opening's, once the opening's are read. */
  private static ResultSet afterOpening(PreparedStatement prepared, Opening opening)
      throws SQLException {
    readOpening(prepared, opening);
    prepared.getMoreResults();
    return prepared.getResultSet();
  }

  private static void readOpening(PreparedStatement prepared, Opening opening) throws SQLException {
    // the opening's statements that return no rows come first, then its row
    boolean rows = prepared.execute();
    while (!rows && prepared.getUpdateCount() != -1) {
      rows = prepared.getMoreResults();
    }
    ResultSet row = prepared.getResultSet();
    row.next();
    opening.lastRow().read(row);
  }

  public <T> Optional<T> first(SqlStatement statement, Row<T> row) {
    return list(statement, row).stream().findFirst();
  }
}
