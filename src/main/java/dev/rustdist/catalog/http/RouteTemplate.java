package dev.rustdist.catalog.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import java.util.Optional;

/**
 * The route template a request matched in the REST layer ({@code /api/v1/crates/{slug}}), under
 * which the HTTP server metrics count it instead of its raw path. Quarkus keeps it in the request's
 * Vert.x context under this key; a request answered ahead of the REST layer puts it back there
 * itself, so that it is counted like the same read answered by the REST layer.
 */
public final class RouteTemplate {

  // the key Quarkus REST writes and its Micrometer binder reads (RouteTemplateTest guards it)
  private static final String KEY = "UrlPathTemplate";

  private RouteTemplate() {}

  public static Optional<String> of(HttpServerRequest request) {
    return request instanceof HttpServerRequestInternal internal
        ? Optional.ofNullable(internal.context().getLocal(KEY))
        : Optional.empty();
  }

  public static void set(HttpServerRequest request, String template) {
    if (request instanceof HttpServerRequestInternal internal) {
      internal.context().putLocal(KEY, template);
    }
  }
}
