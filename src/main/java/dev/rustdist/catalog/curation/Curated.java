package dev.rustdist.catalog.curation;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The responses to curators' writes: the entry as it now reads. Its ETag is the one a read of the
 * entry gives at the revision the write made (see {@code HttpCaching}).
 */
public final class Curated {

  private Curated() {}

  /**
   * Added to a collection: Location names the new entry in it, as a path (RFC 9110 allows a
   * relative reference), never resolved against the request's Host.
   */
  public static Response created(String collection, Written<?> written) {
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, collection + "/" + written.slug())
        .entity(written.entry())
        .build();
  }

  public static Response ok(Written<?> written) {
    return Response.ok(written.entry()).build();
  }
}
