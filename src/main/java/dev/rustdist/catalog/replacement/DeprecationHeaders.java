package dev.rustdist.catalog.replacement;

import dev.rustdist.catalog.caching.CurrentRead;
import dev.rustdist.catalog.database.Sql;
import dev.rustdist.catalog.database.SqlStatement;
import dev.rustdist.catalog.http.HttpDate;
import dev.rustdist.catalog.query.Slugs;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Says on every answer about a deprecated crate (its record, alternatives, history, replacements)
 * that it is deprecated: {@code Deprecation} (RFC 9745) with the date as a structured-field date,
 * {@code Sunset} (RFC 8594) as an HTTP-date when it is set, and a {@code deprecation} link to what
 * replaces it. The answer's snapshot keeps them, and a write that changes them makes a new
 * revision.
 */
public class DeprecationHeaders {

  public static final String DEPRECATION = "Deprecation";
  public static final String SUNSET = "Sunset";

  private static final Pattern CRATE =
      Pattern.compile("/api/v1/crates/(" + Slugs.PATTERN + ")(/[a-z]+)?");

  /** From when a crate is deprecated, and when it is gone if that is set. */
  private record Dates(LocalDate deprecated, LocalDate sunset) {
    static Dates of(CurrentRead.ReadEntry entry) {
      return new Dates(entry.deprecatedOn(), entry.sunsetOn());
    }
  }

  private final Sql sql;
  private final CurrentRead read;

  DeprecationHeaders(Sql sql, CurrentRead read) {
    this.sql = sql;
    this.read = read;
  }

  @ServerResponseFilter
  public void announce(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 200
        || !request.getMethod().equals(HttpMethod.GET)
        || !BlockingOperationControl.isBlockingAllowed()) {
      return;
    }
    Matcher crate = CRATE.matcher(request.getUriInfo().getPath());
    if (!crate.matches()) {
      return;
    }
    String slug = crate.group(1);
    // the crate's own read found its dates with its record; its other resources ask for them
    Optional<CurrentRead.ReadEntry> entry = read.entry();
    Optional<Dates> found =
        entry.isPresent()
            ? entry.filter(known -> known.deprecatedOn() != null).map(Dates::of)
            : sql.first(
                SqlStatement.of(
                    "select deprecated_on, sunset_on from crate"
                        + " where slug = ? and deprecated_on is not null",
                    slug),
                row ->
                    new Dates(
                        row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)));
    found.ifPresent(
        dates -> {
          response
              .getHeaders()
              .putSingle(
                  DEPRECATION,
                  "@" + dates.deprecated().atStartOfDay(ZoneOffset.UTC).toEpochSecond());
          if (dates.sunset() != null) {
            response
                .getHeaders()
                .putSingle(SUNSET, HttpDate.of(dates.sunset().atStartOfDay(ZoneOffset.UTC)));
          }
          response
              .getHeaders()
              .add(
                  HttpHeaders.LINK,
                  "</api/v1/crates/" + slug + "/replacements>; rel=\"deprecation\"");
        });
  }
}
