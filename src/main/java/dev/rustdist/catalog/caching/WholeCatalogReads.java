package dev.rustdist.catalog.caching;

import dev.rustdist.catalog.problem.AtCapacityException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Assembles at most a few whole-catalog answers at once: at 10,000 crates one takes megabytes while
 * it is built, and 32 clients asking at once for different ones (each a revision of its own, none
 * in the snapshots yet) ran a 128 MB heap out of memory. The others wait their turn, outside any
 * transaction and holding no connection, for a bounded time; beyond it they are told to come back
 * (503 with Retry-After). Answers already in the snapshots never come here.
 */
@WholeCatalog
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class WholeCatalogReads {

  private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private final Semaphore turns;
  private final int concurrency;
  private final Duration wait;

  WholeCatalogReads(
      @ConfigProperty(name = "catalog.reads.whole-catalog.concurrency") int concurrency,
      @ConfigProperty(name = "catalog.reads.whole-catalog.wait") Duration wait) {
    this.turns = new Semaphore(concurrency, true);
    this.concurrency = concurrency;
    this.wait = wait;
  }

  @AroundInvoke
  Object inTurn(InvocationContext invocation) throws Exception {
    if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AtCapacityException(
          "This instance assembles at most "
              + concurrency
              + " answers of the whole catalog at once, and none was free within "
              + wait.toSeconds()
              + " s. Try again in "
              + RETRY_AFTER.toSeconds()
              + " s.",
          RETRY_AFTER);
    }
    try {
      return invocation.proceed();
    } finally {
      turns.release();
    }
  }
}
