package dev.rustdist.catalog.caching;

import dev.rustdist.catalog.http.RouteTemplate;
import dev.rustdist.catalog.i18n.RequestLanguage;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Leaves every 200 answer to a GET behind as a snapshot of its revision, for {@link SnapshotRoute}
 * to answer the same read with next time.
 */
@Provider
public class SnapshotServing implements WriterInterceptor {

  private static final String TAKE = "dev.rustdist.catalog.caching.snapshot-take";

  private record Candidate(long revision, ReadKey key, Optional<String> route) {}

  /**
   * The body written on to the client, and a copy of it kept while it is small enough to be a
   * snapshot: a larger one (an export of 10,000 crates is 14 MB) is sent as it is written and not
   * copied whole, so that what a response holds in the heap stays bounded.
   */
  private static final class KeptCopy extends OutputStream {

    private final OutputStream client;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();

    KeptCopy(OutputStream client) {
      this.client = client;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      client.write(bytes, offset, length);
      if (copy != null) {
        if (copy.size() + length > ResponseSnapshots.MAX_SNAPSHOT_BYTES) {
          copy = null;
        } else {
          copy.write(bytes, offset, length);
        }
      }
    }

    @Override
    public void flush() throws IOException {
      client.flush();
    }

    /** The whole body, or null when it was too large to keep. */
    byte[] kept() {
      return copy == null ? null : copy.toByteArray();
    }
  }

  private final ResponseSnapshots snapshots;
  private final CurrentRevision revisions;
  private final RequestLanguage language;
  private final CurrentRead read;

  SnapshotServing(
      ResponseSnapshots snapshots,
      CurrentRevision revisions,
      RequestLanguage language,
      CurrentRead read) {
    this.snapshots = snapshots;
    this.revisions = revisions;
    this.language = language;
    this.read = read;
  }

  /**
   * Knows the read by its key, once the language is chosen. A stream of events is no one answer: it
   * is never kept, nor tagged, nor answered 304.
   */
  @ServerRequestFilter(priority = Priorities.USER, nonBlocking = true)
  public void identifyRead(
      ContainerRequestContext request, HttpServerRequest http, ResourceInfo resource) {
    String method = request.getMethod();
    if ((method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) && !streams(resource)) {
      read.identify(ReadKey.of(http, language.code()));
    }
  }

  private static boolean streams(ResourceInfo resource) {
    Produces produces =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(Produces.class);
    return produces != null && List.of(produces.value()).contains(MediaType.SERVER_SENT_EVENTS);
  }

  /**
   * Only a 200 to a GET is kept, under the revision its data was read at: in this instance's
   * revision when it read nothing from the database.
   */
  @ServerResponseFilter(priority = Priorities.USER + 1000)
  public void markForSnapshot(
      ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
    if (response.getStatus() == 200 && request.getMethod().equals(HttpMethod.GET)) {
      read.key()
          .filter(snapshots::askedBefore)
          .ifPresent(
              key ->
                  request.setProperty(
                      TAKE,
                      new Candidate(
                          read.revision().orElseGet(revisions::get).number(),
                          key,
                          RouteTemplate.of(http))));
    }
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(TAKE) instanceof Candidate candidate)) {
      context.proceed();
      return;
    }
    OutputStream original = context.getOutputStream();
    KeptCopy body = new KeptCopy(original);
    context.setOutputStream(body);
    context.proceed();
    context.setOutputStream(original);
    byte[] bytes = body.kept();
    if (bytes == null) {
      return;
    }
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
        candidate.revision(),
        candidate.key(),
        new ResponseSnapshots.Snapshot(bytes, headers, candidate.route()));
  }
}
