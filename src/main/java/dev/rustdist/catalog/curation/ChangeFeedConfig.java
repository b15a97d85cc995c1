package dev.rustdist.catalog.curation;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How the changes are pushed; the values are in application.properties. */
@ConfigMapping(prefix = "catalog.changes")
public interface ChangeFeedConfig {

  /** The live stream, {@code GET /api/v1/changes/stream}. */
  Stream stream();

  interface Stream {

    /** How often an open stream gets a comment line, so that idle connections stay open. */
    Duration heartbeat();

    /** How many streams one instance serves at once; beyond them a 503. */
    int maxSubscribers();
  }
}
