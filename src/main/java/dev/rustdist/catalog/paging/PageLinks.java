package dev.rustdist.catalog.paging;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds RFC 8288 Link headers (first, prev, next, last) to every page of a list. A page found after
 * a cursor links to the next one by cursor too. The links are relative to the request, or under the
 * configured public base URL: never built from the request's Host, which any client can set and
 * which would then be served to every other client of the same read.
 */
public class PageLinks {

  private static final String CURSOR = "after";
  private static final String OFFSET = "offset";

  private final String publicBaseUrl;

  PageLinks(@ConfigProperty(name = "catalog.public-base-url") Optional<URI> publicBaseUrl) {
    this.publicBaseUrl = publicBaseUrl.map(url -> url.toString().replaceAll("/+$", "")).orElse("");
  }

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
        links.add(link(uri, "next", CURSOR, page.next()));
      }
    } else {
      if (offset > 0) {
        links.add(atOffset(uri, "prev", Math.max(0, offset - page.limit())));
      }
      long nextOffset = (long) offset + page.limit();
      if (nextOffset < page.total()) {
        // past the result window, a page goes on by its cursor where it has one
        if (nextOffset <= PageRequest.MAX_OFFSET) {
          links.add(atOffset(uri, "next", nextOffset));
        } else if (page.next() != null) {
          links.add(link(uri, "next", CURSOR, page.next()));
        }
      }
    }
    long lastOffset = page.total() == 0 ? 0 : (page.total() - 1) / page.limit() * page.limit();
    if (lastOffset <= PageRequest.MAX_OFFSET) {
      links.add(atOffset(uri, "last", lastOffset));
    }
    response
        .getHeaders()
        .putSingle("Link", String.join(", ", links.stream().map(Link::toString).toList()));
  }

  private Link atOffset(UriInfo uri, String rel, long offset) {
    return link(uri, rel, OFFSET, Long.toString(offset));
  }

  /**
   * The request's path and query, under the public base URL when one is configured, with the page's
   * position (a cursor or an offset) replaced by the one given. The query is rebuilt from its
   * parameters, as they were sent, so that it never starts with or doubles a separator.
   */
  private Link link(UriInfo uri, String rel, String position, String value) {
    URI requested = uri.getRequestUri();
    List<String> parameters = new ArrayList<>();
    if (requested.getRawQuery() != null) {
      for (String parameter : requested.getRawQuery().split("&")) {
        String name = URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8);
        if (!parameter.isEmpty() && !name.equals(CURSOR) && !name.equals(OFFSET)) {
          parameters.add(parameter);
        }
      }
    }
    parameters.add(position + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    String target = publicBaseUrl + requested.getRawPath() + "?" + String.join("&", parameters);
    return Link.fromUri(URI.create(target)).rel(rel).build();
  }
}
