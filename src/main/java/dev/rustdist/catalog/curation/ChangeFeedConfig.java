package dev.rustdist.catalog.curation;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How the changes are pushed and syndicated; the values are in application.properties. */
@ConfigMapping(prefix = "catalog.changes")
public interface ChangeFeedConfig {

  /** The live stream, {@code GET /api/v1/changes/stream}. */
  Stream stream();

  /** The Atom feed, {@code GET /api/v1/changes.atom}. */
  Atom atom();

  interface Stream {

    /** How often an open stream gets a comment line, so that idle connections stay open. */
    Duration heartbeat();

    /** How many streams one instance serves at once; beyond them a 503. */
    int maxSubscribers();
  }

  interface Atom {

    /** How many of the latest changes the feed lists. */
    int entries();
  }
}
