package dev.rustdist.catalog.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whether the service is still running, for the embedded PostgreSQL to outlive it. The JVM runs its
 * shutdown hooks all at once: without waiting, the database would stop while the service still
 * drains the requests in flight against it.
 */
@ApplicationScoped
class ServiceLifecycle {

  private static final CountDownLatch STOPPED = new CountDownLatch(1);
  private static volatile boolean started;

  void started(@Observes StartupEvent event) {
    started = true;
  }

  /** Fired once the service has answered its last request (the shutdown delay and drain). */
  void stopped(@Observes ShutdownEvent event) {
    STOPPED.countDown();
  }

  /** Waits for a running service to stop, at most that long; at once if it never started. */
  static void awaitStop(Duration atMost) {
    if (!started) {
      return;
    }
    try {
      STOPPED.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
