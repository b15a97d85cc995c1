package dev.rustdist.catalog.database;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Lets a migration take as long as its data needs. The service's connections give up on a silent
 * database after 30 s and PostgreSQL ends a transaction left idle as long: right for requests,
 * wrong for a migration that assembles again the records of a million crates (minutes), while
 * Flyway's other connection waits in its transaction. Flyway's connections do not end idle
 * transactions, and a migration's connection waits for its statements without limit; the limit is
 * put back after each migration.
 */
@Singleton
public class LongMigrations implements FlywayConfigurationCustomizer, Callback {

  private int networkTimeout;

  @Override
  public void customize(FluentConfiguration configuration) {
    configuration.initSql("SET idle_in_transaction_session_timeout = 0").callbacks(this);
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_EACH_MIGRATE
        || event == Event.AFTER_EACH_MIGRATE
        || event == Event.AFTER_EACH_MIGRATE_ERROR;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    Connection connection = context.getConnection();
    try {
      if (event == Event.BEFORE_EACH_MIGRATE) {
        networkTimeout = connection.getNetworkTimeout();
        connection.setNetworkTimeout(Runnable::run, 0);
      } else {
        connection.setNetworkTimeout(Runnable::run, networkTimeout);
      }
    } catch (SQLException e) {
      throw new FlywayException("could not set the migration's network timeout", e);
    }
  }

  @Override
  public String getCallbackName() {
    return "long-migrations";
  }
}
