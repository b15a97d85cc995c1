package dev.rustdist.catalog.caching;

import dev.rustdist.catalog.i18n.RequestLanguage;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers repeated reads from {@link ResponseSnapshots} on the I/O thread, without touching the
 * database; a read that is not there yet runs as usual and leaves its 200 response behind.
 */
@Provider
public class SnapshotServing implements WriterInterceptor {

  private static final String CANDIDATE = "dev.rustdist.catalog.caching.snapshot-candidate";
  private static final String TAKE = "dev.rustdist.catalog.caching.snapshot-take";
  // headers that the response filters add again to every answer are not kept
  private static final List<String> KEPT_HEADERS =
      List.of(
          HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL, HttpHeaders.LINK);

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

  @ServerRequestFilter(priority = Priorities.USER, nonBlocking = true)
  public Optional<Response> answerFromSnapshot(ContainerRequestContext request) {
    String method = request.getMethod();
    if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD)) {
      return Optional.empty();
    }
    long revision = revisions.get().number();
    String key =
        String.join(
            "\n",
            request.getUriInfo().getRequestUri().getRawPath(),
            String.valueOf(request.getUriInfo().getRequestUri().getRawQuery()),
            language.code(),
            String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING)));
    Optional<ResponseSnapshots.Snapshot> found = snapshots.find(revision, key);
    if (found.isEmpty()) {
      if (method.equals(HttpMethod.GET)) {
        request.setProperty(CANDIDATE, new Candidate(revision, key));
      }
      return Optional.empty();
    }
    ResponseSnapshots.Snapshot snapshot = found.get();
    boolean fresh =
        HttpCaching.isFresh(
            request,
            snapshot.headers().get(HttpHeaders.ETAG),
            snapshot.headers().get(HttpHeaders.LAST_MODIFIED));
    Response.ResponseBuilder answer =
        fresh ? Response.notModified() : Response.ok(snapshot.body(), snapshot.mediaType());
    snapshot.headers().forEach(answer::header);
    return Optional.of(answer.build());
  }

  /** Only a 200 is kept. */
  @ServerResponseFilter
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
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : KEPT_HEADERS) {
      Object value = context.getHeaders().getFirst(name);
      if (value != null) {
        headers.put(name, value.toString());
      }
    }
    snapshots.keep(
        candidate.revision(),
        candidate.key(),
        new ResponseSnapshots.Snapshot(bytes, context.getMediaType(), headers));
  }
}
