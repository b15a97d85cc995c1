package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustdist.catalog.caching.CurrentRevision;
import dev.rustdist.catalog.database.DatabaseFailures;
import dev.rustdist.catalog.problem.AtCapacityException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The committed changes, pushed to this instance's subscribers as server-sent events: one event per
 * revision that recorded changes, in revision order. Each subscriber follows the revision {@link
 * CurrentRevision} learns (from this instance's writes, other instances' NOTIFY and its poll every
 * second) and reads, on a worker thread, the changes after the last revision it was sent, up to the
 * one learnt. Revisions commit in order (each takes the dataset row's lock), so a revision learnt
 * has every earlier one committed: a subscriber misses none, and gets none twice.
 */
@ApplicationScoped
public class ChangeStream {

  /** How long a client waits before it connects again: after a dropped stream, or a refusal. */
  public static final Duration RECONNECT = Duration.ofSeconds(5);

  /** The most changes one read takes: a batch of crates, the largest revision a write makes. */
  static final int MAX_CHANGES_PER_READ = CrateBatchResource.MAX_CRATES;

  private static final Logger LOG = Logger.getLogger(ChangeStream.class);

  private enum Signal {
    REVISION_LEARNT,
    HEARTBEAT_DUE,
    CLOSING
  }

  /** The revisions one read found, and whether the subscriber is still behind after them. */
  private record Read(List<RevisionChanges> revisions, boolean behind) {}

  /**
   * Where a subscriber is: the revision up to which it has been sent every change, and whether its
   * last read failed. Its reads run one after another, on whichever thread.
   */
  private static final class Position {

    volatile long revision;
    volatile boolean readFailed;

    Position(long revision) {
      this.revision = revision;
    }
  }

  /** A subscriber's place, taken when it is admitted and given back once, when it leaves. */
  public static final class Place {

    private final Semaphore places;
    private final AtomicBoolean held = new AtomicBoolean(true);

    private Place(Semaphore places) {
      this.places = places;
    }

    public void release() {
      if (held.getAndSet(false)) {
        places.release();
      }
    }
  }

  private final ChangeLog changes;
  private final CurrentRevision revisions;
  private final ObjectMapper json;
  private final Duration heartbeat;
  private final int maxSubscribers;
  private final Semaphore places;

  /** Set once the instance begins to shut down: its streams end, and no new one opens. */
  private final AtomicBoolean closing = new AtomicBoolean();

  private final BroadcastProcessor<Signal> closings = BroadcastProcessor.create();

  ChangeStream(
      ChangeLog changes,
      CurrentRevision revisions,
      ObjectMapper json,
      ChangeFeedConfig config,
      MeterRegistry registry) {
    this.changes = changes;
    this.revisions = revisions;
    this.json = json;
    this.heartbeat = config.stream().heartbeat();
    this.maxSubscribers = config.stream().maxSubscribers();
    this.places = new Semaphore(maxSubscribers);
    Gauge.builder(
            "catalog.changes.subscribers", places, free -> maxSubscribers - free.availablePermits())
        .description("Change streams open on this instance")
        .register(registry);
  }

  /** Takes a subscriber's place, or refuses with a 503 when every place is taken. */
  public Place admit() {
    if (closing.get()) {
      throw new AtCapacityException(
          "This instance is shutting down. Connect again in "
              + RECONNECT.toSeconds()
              + " seconds, with the last event's id as Last-Event-ID: another instance goes on"
              + " from there.",
          RECONNECT);
    }
    if (!places.tryAcquire()) {
      throw new AtCapacityException(
          "This instance already streams changes to "
              + maxSubscribers
              + " subscribers. Try again in "
              + RECONNECT.toSeconds()
              + " seconds; GET /api/v1/changes?since= lists the same changes meanwhile.",
          RECONNECT);
    }
    return new Place(places);
  }

  /**
   * The stream for a subscriber that has seen the given revision: first how long to wait before
   * reconnecting, then an event for each later revision with changes as it commits, and a heartbeat
   * comment every interval.
   */
  public Multi<OutboundSseEvent> after(long revision, Sse sse) {
    Position position = new Position(revision);
    Multi<Signal> signals =
        Multi.createBy()
            .merging()
            .streams(
                revisions.advances().onOverflow().drop().map(learnt -> Signal.REVISION_LEARNT),
                // once subscribed to the advances, so that none committed meanwhile goes unseen
                Multi.createFrom().item(Signal.REVISION_LEARNT),
                Multi.createFrom()
                    .ticks()
                    .startingAfter(heartbeat)
                    .every(heartbeat)
                    .onOverflow()
                    .drop()
                    .map(tick -> Signal.HEARTBEAT_DUE),
                closings.onOverflow().buffer(1))
            .select()
            .first(signal -> signal != Signal.CLOSING);
    Multi<OutboundSseEvent> live =
        signals
            .onItem()
            .transformToMultiAndConcatenate(
                signal ->
                    signal == Signal.REVISION_LEARNT
                        ? catchUp(position, sse)
                        : Multi.createBy()
                            .concatenating()
                            .streams(
                                Multi.createFrom().item(comment(sse, " heartbeat")),
                                // a read that failed is tried again, new revision or not
                                position.readFailed
                                    ? catchUp(position, sse)
                                    : Multi.createFrom().empty()));
    OutboundSseEvent opening =
        sse.newEventBuilder()
            .comment(" changes after revision " + revision)
            .reconnectDelay(RECONNECT.toMillis())
            .build();
    return Multi.createBy().concatenating().streams(Multi.createFrom().item(opening), live);
  }

  /**
   * When the instance begins to shut down (before its shutdown delay, while the load balancer still
   * sends it requests), every stream ends, so that clients reconnect, with the last id they saw, to
   * an instance that stays; otherwise each open stream would hold the shutdown for its whole
   * timeout. New streams are refused from then on, with Retry-After.
   */
  void close(@Observes ShutdownDelayInitiatedEvent event) {
    if (!closing.getAndSet(true)) {
      closings.onNext(Signal.CLOSING);
    }
  }

  /** The events of the revisions after the position up to the one known now, read in turns. */
  private Multi<OutboundSseEvent> catchUp(Position position, Sse sse) {
    long known = revisions.get().number();
    if (known <= position.revision) {
      return Multi.createFrom().empty();
    }
    return Multi.createBy()
        .repeating()
        .uni(
            () ->
                Uni.createFrom()
                    .item(() -> read(position, known))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
        .whilst(Read::behind)
        .onItem()
        .transformToIterable(read -> read.revisions().stream().map(one -> event(sse, one)).toList())
        .onFailure()
        .invoke(failure -> failed(position, failure))
        .onFailure()
        .recoverWithCompletion();
  }

  /** Logged once per subscriber and heartbeat in an outage, which the revision listener reports. */
  private static void failed(Position position, Throwable failure) {
    position.readFailed = true;
    if (DatabaseFailures.unavailable(failure)) {
      LOG.debugf("A stream could not read its changes: %s", failure.getMessage());
    } else {
      LOG.warn(
          "A stream could not read its changes; it tries again at its next heartbeat", failure);
    }
  }

  /** Reads the next revisions up to the one known, and moves the position past them; blocking. */
  private Read read(Position position, long known) {
    List<ChangeView> found =
        QuarkusTransaction.requiringNew()
            .call(() -> changes.between(position.revision, known, MAX_CHANGES_PER_READ));
    List<RevisionChanges> read = RevisionChanges.of(found);
    if (found.size() == MAX_CHANGES_PER_READ) {
      RevisionChanges last = read.get(read.size() - 1);
      read =
          read.size() > 1
              // the last revision may go on past the limit: it comes whole in the next read
              ? read.subList(0, read.size() - 1)
              // a revision larger than a read, written some other way than the API: sent whole
              : RevisionChanges.of(
                  QuarkusTransaction.requiringNew()
                      .call(
                          () ->
                              changes.between(
                                  last.revision() - 1, last.revision(), Integer.MAX_VALUE)));
      position.revision = read.get(read.size() - 1).revision();
    } else {
      position.revision = known;
    }
    position.readFailed = false;
    return new Read(read, position.revision < known);
  }

  private OutboundSseEvent event(Sse sse, RevisionChanges revision) {
    try {
      return sse.newEventBuilder()
          .name("change")
          .id(Long.toString(revision.revision()))
          .data(json.writeValueAsString(revision))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a revision's changes could not be written as JSON", e);
    }
  }

  private static OutboundSseEvent comment(Sse sse, String comment) {
    return sse.newEventBuilder().comment(comment).build();
  }
}
