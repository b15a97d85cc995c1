package dev.rustdist.catalog.http;

/**
 * How many event loops answer requests: one per core, where Quarkus makes two. Snapshot hits take
 * microseconds on an event loop and never block, so a second loop per core only preempts the first:
 * with four loops on two cores (and the client on them too) one request in a hundred waited 8-11 ms
 * for its loop to be scheduled again, against 4-6 ms with two (bench/RESULTS.md).
 */
public final class EventLoops {

  private static final String PROPERTY = "quarkus.vertx.event-loops-pool-size";

  private EventLoops() {}

  /** One loop per core, unless configured otherwise. */
  public static void onePerCore() {
    if (System.getProperty(PROPERTY) == null
        && System.getenv("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE") == null) {
      System.setProperty(PROPERTY, Integer.toString(Runtime.getRuntime().availableProcessors()));
    }
  }
}
