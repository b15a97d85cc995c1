package dev.rustdist.catalog.paging;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds RFC 8288 Link headers (first, prev, next, last) to every page of a list. A page found after
 * a cursor links to the next one by cursor too.
 */
public class PageLinks {

  private static final String CURSOR = "after";

  @ServerResponseFilter
  public void addLinks(ContainerResponseContext response, UriInfo uri) {
    if (!(response.getEntity() instanceof Paged page)) {
      return;
    }
    List<Link> links = new ArrayList<>();
    links.add(atOffset(uri, "first", 0));
    Integer offset = page.offset();
    if (offset == null) {
      if (page.next() != null) {
        links.add(link(uri.getRequestUriBuilder().replaceQueryParam(CURSOR, page.next()), "next"));
      }
    } else {
      if (offset > 0) {
        links.add(atOffset(uri, "prev", Math.max(0, offset - page.limit())));
      }
      if (offset + page.limit() < page.total()) {
        links.add(atOffset(uri, "next", offset + page.limit()));
      }
    }
    long lastOffset = page.total() == 0 ? 0 : (page.total() - 1) / page.limit() * page.limit();
    links.add(atOffset(uri, "last", lastOffset));
    response
        .getHeaders()
        .putSingle("Link", String.join(", ", links.stream().map(Link::toString).toList()));
  }

  private static Link atOffset(UriInfo uri, String rel, long offset) {
    return link(
        uri.getRequestUriBuilder().replaceQueryParam(CURSOR).replaceQueryParam("offset", offset),
        rel);
  }

  private static Link link(UriBuilder target, String rel) {
    return Link.fromUriBuilder(target).rel(rel).build();
  }
}
