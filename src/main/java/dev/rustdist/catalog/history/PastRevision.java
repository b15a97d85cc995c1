package dev.rustdist.catalog.history;

import java.time.OffsetDateTime;

/**
 * A dataset revision the catalog can be read at again, and when the data reached it.
 *
 * @param number the revision
 * @param reachedAt when the transaction that made it first wrote
 */
public record PastRevision(long number, OffsetDateTime reachedAt) {}
