package dev.rustdist.catalog.query;

import dev.rustdist.catalog.problem.ResourceNotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * One rule for the {slug} of every path: a value that cannot be a slug names nothing, so it is
 * answered with the 404 problem before anything looks it up. The database never sees it, which
 * matters for more than speed: PostgreSQL refuses a NUL in a text outright.
 */
public class PathSlugs {

  private static final String SLUG = "slug";

  @ServerRequestFilter(priority = Priorities.USER - 200, nonBlocking = true)
  public void refuseWhatCannotBeASlug(ContainerRequestContext request) {
    String slug = request.getUriInfo().getPathParameters().getFirst(SLUG);
    if (slug != null && !Slugs.isSlug(slug)) {
      throw new ResourceNotFoundException(
          "There is nothing at this path: a slug is lowercase letters and digits, in words joined"
              + " by hyphens, and at most "
              + Slugs.MAX_LENGTH
              + " characters long.");
    }
  }
}
