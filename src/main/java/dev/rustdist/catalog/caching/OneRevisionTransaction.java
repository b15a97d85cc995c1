package dev.rustdist.catalog.caching;

import dev.rustdist.catalog.database.ReadDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs a read in a REPEATABLE READ, read-only transaction whose first statement reads the dataset
 * revision: every statement of the read then sees the data of that revision and no other, so the
 * answer is labelled with the revision it was read at, even when a write commits meanwhile or this
 * instance has not yet heard of the newest revision. On the primary, the revision and the settings
 * go with the read's first statement, in its round trip; a read that reads nothing from the
 * database sends nothing, and is labelled with the revision this instance serves.
 *
 * <p>With a read replica, the read goes there when the replica has replayed at least the revision
 * this instance serves, else to the primary: no read is older than what this instance has answered,
 * its own writes included, as it learns their revision when they commit.
 */
@ReadsOneRevision
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
class OneRevisionTransaction {

  /** Rolls back a read the replica cannot serve, for the primary to serve it. */
  private static final class NotReplayed extends RuntimeException {
    NotReplayed() {
      super(null, null, false, false);
    }
  }

  private final CurrentRevision revisions;
  private final CurrentRead read;
  private final ReadDatabase database;

  OneRevisionTransaction(CurrentRevision revisions, CurrentRead read, ReadDatabase database) {
    this.revisions = revisions;
    this.read = read;
    this.database = database;
  }

  @AroundInvoke
  Object readAtOneRevision(InvocationContext invocation) throws Exception {
    // a GET of a resource that reads one revision, or another method that reads only, such as a
    // check's POST, marked so itself
    if (!invocation.getMethod().isAnnotationPresent(GET.class)
        && !invocation.getMethod().isAnnotationPresent(ReadsOneRevision.class)) {
      return invocation.proceed();
    }
    try {
      Optional<DataSource> replica = database.replica();
      if (replica.isPresent()) {
        try {
          return QuarkusTransaction.requiringNew().call(() -> onReplica(replica.get(), invocation));
        } catch (NotReplayed primaryServes) {
          // nothing was read: the primary serves the read
        } catch (QuarkusTransactionException wrapped) {
          if (!(wrapped.getCause() instanceof NotReplayed)) {
            throw wrapped;
          }
        }
      }
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                database.chosen();
                database.openWith(revisions.opening(read::readAt));
                return invocation.proceed();
              });
    } catch (QuarkusTransactionException wrapped) {
      throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
    }
  }

  /**
   * The read on the replica, if it has replayed the revision this instance serves; else nothing is
   * read and the transaction is rolled back ({@link NotReplayed}), for the primary to serve the
   * read in a transaction of its own: one transaction cannot hold connections to both databases.
   */
  private Object onReplica(DataSource replica, InvocationContext invocation) throws Exception {
    database.readFromReplica();
    CurrentRevision.Revision replayed;
    try {
      replayed = revisions.readInTransaction(replica);
    } catch (SQLException e) {
      database.replicaFailed(e);
      throw new NotReplayed();
    }
    if (replayed.number() < revisions.get().number()) {
      throw new NotReplayed();
    }
    database.chosen();
    read.readAt(replayed);
    return invocation.proceed();
  }
}
