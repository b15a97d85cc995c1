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
 * that chose the replica reads there ({@link ReadDatabase}).
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
    try (Connection connection = database.forCurrentTransaction().getConnection();
        PreparedStatement prepared = connection.prepareStatement(statement.text())) {
      List<Object> parameters = statement.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        prepared.setObject(i + 1, parameters.get(i));
      }
      List<T> values = new ArrayList<>();
      try (ResultSet rows = prepared.executeQuery()) {
        while (rows.next()) {
          values.add(row.read(rows));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new PersistenceException("could not run " + statement, e);
    }
  }

  public <T> Optional<T> first(SqlStatement statement, Row<T> row) {
    return list(statement, row).stream().findFirst();
  }
}
