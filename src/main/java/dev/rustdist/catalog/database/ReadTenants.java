package dev.rustdist.catalog.database;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Hibernate's sessions read from the database their transaction chose ({@link ReadDatabase}): its
 * "tenants" are the two datasources, the primary and the replica. A transaction that has yet to
 * open ({@link Opening}) opens when Hibernate takes its connection.
 */
@PersistenceUnitExtension
@ApplicationScoped
class ReadTenants implements TenantResolver, TenantConnectionResolver {

  private static final String PRIMARY = "primary";

  private final ReadDatabase database;
  private final Map<String, ConnectionProvider> providers = new ConcurrentHashMap<>();

  ReadTenants(ReadDatabase database) {
    this.database = database;
  }

  @Override
  public String getDefaultTenantId() {
    return PRIMARY;
  }

  @Override
  public String resolveTenantId() {
    return database.readsReplica() ? ReadDatabase.REPLICA : PRIMARY;
  }

  @Override
  public ConnectionProvider resolve(String tenant) {
    return providers.computeIfAbsent(
        tenant,
        name ->
            new QuarkusConnectionProvider(
                name.equals(ReadDatabase.REPLICA)
                    ? database.replicaPool().orElseThrow()
                    : database.primaryPool()) {
              @Override
              public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                Optional<Opening> opening = database.takeOpening();
                if (opening.isPresent()) {
                  Sql.open(connection, opening.get());
                }
                return connection;
              }
            });
  }
}
