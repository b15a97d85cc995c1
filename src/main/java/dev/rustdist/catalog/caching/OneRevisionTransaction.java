package dev.rustdist.catalog.caching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;

/**
 * Runs a read in a REPEATABLE READ, read-only transaction whose first statement reads the dataset
 * revision: every statement of the read then sees the data of that revision and no other, so the
 * answer is labelled with the revision it was read at, even when a write commits meanwhile or this
 * instance has not yet heard of the newest revision.
 */
@ReadsOneRevision
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
class OneRevisionTransaction {

  private final CurrentRevision revisions;
  private final CurrentRead read;

  OneRevisionTransaction(CurrentRevision revisions, CurrentRead read) {
    this.revisions = revisions;
    this.read = read;
  }

  @AroundInvoke
  Object readAtOneRevision(InvocationContext invocation) throws Exception {
    if (!invocation.getMethod().isAnnotationPresent(GET.class)) {
      return invocation.proceed();
    }
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                read.readAt(revisions.readInTransaction());
                return invocation.proceed();
              });
    } catch (QuarkusTransactionException wrapped) {
      throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
    }
  }
}
