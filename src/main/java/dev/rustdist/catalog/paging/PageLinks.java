package dev.rustdist.catalog.paging;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds RFC 8288 Link headers (first, prev, next, last) to every page of a list. */
public class PageLinks {

  @ServerResponseFilter
  public void addLinks(ContainerResponseContext response, UriInfo uri) {
    if (!(response.getEntity() instanceof Paged page)) {
      return;
    }
    List<Link> links = new ArrayList<>();
    links.add(link(uri, "first", 0));
    if (page.offset() > 0) {
      links.add(link(uri, "prev", Math.max(0, page.offset() - page.limit())));
    }
    if (page.offset() + page.limit() < page.total()) {
      links.add(link(uri, "next", page.offset() + page.limit()));
    }
    long lastOffset = page.total() == 0 ? 0 : (page.total() - 1) / page.limit() * page.limit();
    links.add(link(uri, "last", lastOffset));
    response
        .getHeaders()
        .putSingle("Link", String.join(", ", links.stream().map(Link::toString).toList()));
  }

  private static Link link(UriInfo uri, String rel, long offset) {
    return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("offset", offset))
        .rel(rel)
        .build();
  }
}
