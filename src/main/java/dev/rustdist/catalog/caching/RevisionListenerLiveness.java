package dev.rustdist.catalog.caching;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the revision listener runs. It does not ask the database: a database that cannot be
 * reached makes the instance unready (the datasource's readiness check), and restarting the
 * instance would not bring the database back.
 */
@Liveness
@ApplicationScoped
class RevisionListenerLiveness implements HealthCheck {

  private final CurrentRevision revisions;

  RevisionListenerLiveness(CurrentRevision revisions) {
    this.revisions = revisions;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("revision-listener").status(revisions.listening()).build();
  }
}
