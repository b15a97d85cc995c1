package dev.rustdist.catalog.curation;

import dev.rustdist.catalog.caching.CurrentRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Removes what a test wrote to the catalog, so that the next one starts from the curated data. */
public final class WrittenEntries {

  private static final String[] TABLES = {"crate", "category", "change"};

  private WrittenEntries() {}

  /**
   * Deletes the crates, categories and recorded changes whose slugs match the LIKE patterns, then
   * reads the revision again: the next test reads after the clean-up, not from before it.
   */
  public static void remove(DataSource dataSource, CurrentRevision revisions, String... slugs)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      for (String table : TABLES) {
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM " + table + " WHERE slug LIKE ?")) {
          for (String slug : slugs) {
            delete.setString(1, slug);
            delete.executeUpdate();
          }
        }
      }
    }
    revisions.refresh();
  }
}
