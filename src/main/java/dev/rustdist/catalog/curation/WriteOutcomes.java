package dev.rustdist.catalog.curation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts curators' writes by how they ended: {@code 2xx} for every write that changed the catalog,
 * else the status refused with (412 stale, 428 without If-Match, 409 taken, 400, 401, 403...).
 */
@ApplicationScoped
public class WriteOutcomes {

  private static final Set<String> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private final MeterRegistry registry;
  private final Counter written;

  WriteOutcomes(MeterRegistry registry) {
    this.registry = registry;
    this.written = counter("2xx");
  }

  @ServerResponseFilter
  public void count(ContainerRequestContext request, ContainerResponseContext response) {
    // a check is posted, but writes nothing
    if (!WRITES.contains(request.getMethod())
        || request.getUriInfo().getPath().startsWith("/api/v1/checks")) {
      return;
    }
    int status = response.getStatus();
    // the statuses the service answers with are a fixed, small set: the tag stays bounded
    (status / 100 == 2 ? written : counter(Integer.toString(status))).increment();
  }

  private Counter counter(String outcome) {
    return Counter.builder("catalog.writes")
        .tag("outcome", outcome)
        .description("Curators' writes by outcome: 2xx, or the status they were refused with")
        .register(registry);
  }
}
