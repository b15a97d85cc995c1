package dev.rustdist.catalog.database;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSource.FlushMode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.runtime.AgroalDataSourceUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Which database a transaction reads from: the primary, or the read replica when one is configured
 * ({@code catalog.read-replica.jdbc-url}, the named datasource {@code replica}) and the read chose
 * it. The choice belongs to the transaction, so that the plain JDBC reads ({@link Sql}) and
 * Hibernate's (its tenant, {@link ReadTenants}) share one connection and one snapshot.
 */
@ApplicationScoped
public class ReadDatabase {

  static final String REPLICA = "replica";
  private static final Logger LOG = Logger.getLogger(ReadDatabase.class);
  private static final Object CHOICE = ReadDatabase.class;
  private static final Object OPENING = Opening.class;
  // after a replica failed to answer, reads leave it alone for this long rather than wait on it
  private static final Duration REPLICA_PAUSE = Duration.ofSeconds(5);

  private final AgroalDataSource primary;
  private final Optional<AgroalDataSource> replica;
  private final TransactionSynchronizationRegistry transactions;
  private final Counter primaryReads;
  private final Counter replicaReads;
  private volatile long replicaFailedAt;

  ReadDatabase(
      AgroalDataSource primary,
      TransactionSynchronizationRegistry transactions,
      MeterRegistry registry) {
    this.primary = primary;
    this.replica = AgroalDataSourceUtil.dataSourceIfActive(REPLICA);
    this.transactions = transactions;
    this.primaryReads = reads(registry, "primary");
    this.replicaReads = reads(registry, REPLICA);
  }

  private static Counter reads(MeterRegistry registry, String database) {
    return Counter.builder("catalog.reads")
        .tag("database", database)
        .description("Reads that went to a database (snapshot misses), by the database they used")
        .register(registry);
  }

  /** The replica, unless none is configured or it failed to answer a moment ago. */
  public Optional<DataSource> replica() {
    if (replica.isEmpty()
        || System.nanoTime() - replicaFailedAt < REPLICA_PAUSE.toNanos() && replicaFailedAt != 0) {
      return Optional.empty();
    }
    return Optional.of(replica.get());
  }

  AgroalDataSource primaryPool() {
    return primary;
  }

  Optional<AgroalDataSource> replicaPool() {
    return replica;
  }

  /** From now on the current transaction reads from the replica. */
  public void readFromReplica() {
    transactions.putResource(CHOICE, REPLICA);
  }

  /**
   * The current transaction runs these statements first, sent with whichever statement it runs
   * first, through {@link Sql} or Hibernate; a read that reads nothing from the database runs none.
   */
  public void openWith(Opening opening) {
    transactions.putResource(OPENING, opening);
  }

  /** The statements the current transaction has yet to open with, if any: taken once. */
  Optional<Opening> takeOpening() {
    if (transactions.getTransactionKey() == null
        || !(transactions.getResource(OPENING) instanceof Opening opening)) {
      return Optional.empty();
    }
    transactions.putResource(OPENING, null);
    return Optional.of(opening);
  }

  /** A read's choice is final: it is counted. */
  public void chosen() {
    (readsReplica() ? replicaReads : primaryReads).increment();
  }

  /** The replica did not answer: reads go to the primary for a while, and its pool starts over. */
  public void replicaFailed(Exception e) {
    if (replicaFailedAt == 0 || System.nanoTime() - replicaFailedAt >= REPLICA_PAUSE.toNanos()) {
      LOG.warnf(
          "The read replica failed (%s): reading from the primary for %d s",
          e.getMessage(), REPLICA_PAUSE.toSeconds());
    }
    replicaFailedAt = System.nanoTime();
    replica.ifPresent(pool -> pool.flush(FlushMode.INVALID));
  }

  boolean readsReplica() {
    return transactions.getTransactionKey() != null
        && REPLICA.equals(transactions.getResource(CHOICE));
  }

  /** The datasource the current transaction reads from; the primary outside any read. */
  AgroalDataSource forCurrentTransaction() {
    return readsReplica() ? replica.orElseThrow() : primary;
  }
}
