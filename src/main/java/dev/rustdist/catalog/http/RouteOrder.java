package dev.rustdist.catalog.http;

/**
 * The order of the service's own Vert.x routes, which run ahead of the REST layer on the I/O
 * thread: what refuses a request comes before what answers it from memory, so that every answer,
 * snapshot hits included, has passed the same checks.
 */
public final class RouteOrder {

  /** Refuses requests the HTTP layer lets through but the API cannot read. */
  public static final int REQUEST_GUARDS = Integer.MIN_VALUE;

  /** Answers CORS preflights and marks cross-origin answers. */
  public static final int CROSS_ORIGIN = REQUEST_GUARDS + 10;

  /** Refuses clients that exceed their rate. */
  public static final int RATE_LIMITS = REQUEST_GUARDS + 20;

  /** Answers repeated reads from the snapshots of the current revision. */
  public static final int SNAPSHOTS = REQUEST_GUARDS + 30;

  private RouteOrder() {}
}
