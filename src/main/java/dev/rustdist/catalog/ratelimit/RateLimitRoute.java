package dev.rustdist.catalog.ratelimit;

import dev.rustdist.catalog.http.RouteOrder;
import dev.rustdist.catalog.problem.Problem;
import dev.rustdist.catalog.problem.RouteProblems;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Counts every API request against its client's quotas ahead of the snapshots and the REST layer,
 * and refuses with 429 the requests beyond them. Every answer says what is left in the IETF
 * RateLimit header field; a refusal also names the policy and when to retry.
 */
@ApplicationScoped
public class RateLimitRoute {

  public static final String POLICY = "RateLimit-Policy";
  public static final String STATE = "RateLimit";
  private static final Set<HttpMethod> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private static final String CHECKS = "/api/v1/checks";

  private final boolean enabled;
  private final RouteProblems problems;
  private final Quota reads;
  private final Quota writes;
  private final Quota failedAuthentications;

  RateLimitRoute(RateLimitConfig config, RouteProblems problems, MeterRegistry registry) {
    this.enabled = config.enabled();
    this.problems = problems;
    this.reads = new Quota("reads", config.reads(), config.maxClients(), registry);
    this.writes = new Quota("writes", config.writes(), config.maxClients(), registry);
    this.failedAuthentications =
        new Quota(
            "failed-authentications",
            config.failedAuthentications(),
            config.maxClients(),
            registry);
  }

  void register(@Observes Router router) {
    if (enabled) {
      router.route("/api/*").order(RouteOrder.RATE_LIMITS).handler(this::count);
    }
  }

  private void count(RoutingContext context) {
    String client = ClientKey.of(context.request().remoteAddress());
    // a check is posted, but only reads
    if (WRITES.contains(context.request().method())
        && !context.request().path().startsWith(CHECKS)) {
      write(context, client);
    } else {
      read(context, client);
    }
  }

  /** A read costs a request, or a quarter of one when the client's copy was still current. */
  private void read(RoutingContext context, String client) {
    Bucket bucket = reads.bucketOf(client);
    ConsumptionProbe taken = bucket.tryConsumeAndReturnRemaining(Quota.REQUEST);
    if (!taken.isConsumed()) {
      refuse(context, reads, taken.getNanosToWaitForRefill());
      return;
    }
    context.addHeadersEndHandler(
        ignored -> {
          HttpServerResponse response = context.response();
          if (response.getStatusCode() == 304) {
            bucket.addTokens(Quota.REQUEST - Quota.NOT_MODIFIED);
          }
          response.putHeader(STATE, reads.state(bucket));
        });
    context.next();
  }

  /**
   * A write costs a request. A client whose credentials keep failing is refused before they are
   * checked again, so that guessing costs it more than it costs the service.
   */
  private void write(RoutingContext context, String client) {
    OptionalLong lockedOut = failedAuthentications.exhaustedFor(client);
    if (lockedOut.isPresent()) {
      refuse(context, failedAuthentications, lockedOut.getAsLong());
      return;
    }
    Bucket bucket = writes.bucketOf(client);
    ConsumptionProbe taken = bucket.tryConsumeAndReturnRemaining(Quota.REQUEST);
    if (!taken.isConsumed()) {
      refuse(context, writes, taken.getNanosToWaitForRefill());
      return;
    }
    context.addHeadersEndHandler(
        ignored -> {
          HttpServerResponse response = context.response();
          String state = writes.state(bucket);
          int status = response.getStatusCode();
          if (status == 401 || status == 403) {
            Bucket failures = failedAuthentications.bucketOf(client);
            failures.tryConsume(Quota.REQUEST);
            state += ", " + failedAuthentications.state(failures);
          }
          response.putHeader(STATE, state);
        });
    context.next();
  }

  private void refuse(RoutingContext context, Quota quota, long nanosToWait) {
    quota.countRefusal();
    long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait + 999_999_999));
    context
        .response()
        .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
        .putHeader(POLICY, quota.policy())
        .putHeader(STATE, quota.refused(retryAfter));
    problems.send(
        context,
        Problem.of(
            "rate-limited",
            "Too many requests",
            429,
            "This client has used its quota of "
                + quota.describe()
                + "; retry in "
                + retryAfter
                + " s.",
            context.request().path(),
            List.of()));
  }
}
