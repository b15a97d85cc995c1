package dev.rustdist.catalog.caching;

import dev.rustdist.catalog.i18n.RequestLanguage;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Leaves every 200 answer to a GET behind as a snapshot of its revision, for {@link SnapshotRoute}
 * to answer the same read with next time.
 */
@Provider
public class SnapshotServing implements WriterInterceptor {

  private static final String CANDIDATE = "dev.rustdist.catalog.caching.snapshot-candidate";
  private static final String TAKE = "dev.rustdist.catalog.caching.snapshot-take";

  private record Candidate(long revision, String key) {}

  private final ResponseSnapshots snapshots;
  private final CurrentRevision revisions;
  private final RequestLanguage language;

  SnapshotServing(
      ResponseSnapshots snapshots, CurrentRevision revisions, RequestLanguage language) {
    this.snapshots = snapshots;
    this.revisions = revisions;
    this.language = language;
  }

  /** The revision is taken before the data is read: a snapshot is never newer than its key. */
  @ServerRequestFilter(priority = Priorities.USER, nonBlocking = true)
  public void considerSnapshot(ContainerRequestContext request) {
    if (request.getMethod().equals(HttpMethod.GET)) {
      request.setProperty(
          CANDIDATE,
          new Candidate(
              revisions.get().number(),
              ResponseSnapshots.key(
                  request.getUriInfo().getRequestUri().getRawPath(),
                  request.getUriInfo().getRequestUri().getRawQuery(),
                  language.code(),
                  request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))));
    }
  }

  /** Only a 200 is kept. */
  @ServerResponseFilter(priority = Priorities.USER + 1000)
  public void markForSnapshot(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == 200 && request.getProperty(CANDIDATE) != null) {
      request.setProperty(TAKE, request.getProperty(CANDIDATE));
    }
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(TAKE) instanceof Candidate candidate)) {
      context.proceed();
      return;
    }
    OutputStream original = context.getOutputStream();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    context.setOutputStream(body);
    context.proceed();
    byte[] bytes = body.toByteArray();
    original.write(bytes);
    context.setOutputStream(original);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put(HttpHeaders.CONTENT_TYPE, context.getMediaType().toString());
    context
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH) && !values.isEmpty()) {
                headers.put(name, values.get(0).toString());
              }
            });
    snapshots.keep(
        candidate.revision(), candidate.key(), new ResponseSnapshots.Snapshot(bytes, headers));
  }
}
