package dev.rustdist.catalog.export;

import dev.rustdist.catalog.crate.CrateView;
import dev.rustdist.catalog.history.RingHistory.RingEntry;
import dev.rustdist.catalog.vocabulary.Ring;
import dev.rustdist.catalog.vocabulary.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the exported crates moved on the radar: each one's ring entries up to the export's revision,
 * and the ring each was in at the revision it is compared with (the edition before, or the first
 * revision kept).
 *
 * @param entries each crate's ring entries, oldest first, by slug
 * @param ringsThen each crate's ring at the revision compared with, by slug
 * @param compared whether that revision is an earlier one: at the same one nothing moved
 */
record RadarMoves(
    Map<String, List<RingEntry>> entries, Map<String, String> ringsThen, boolean compared) {

  /** BYOR's statuses. */
  static final String NEW = "New";

  static final String MOVED_IN = "Moved In";
  static final String MOVED_OUT = "Moved Out";
  static final String NO_CHANGE = "No Change";

  /**
   * The crate's ring entries, newest first as the Backstage plugin reads them: the newest one's
   * {@code moved} compares with the revision compared with, each older one's with the entry before
   * it.
   */
  List<BackstageTechRadar.Timeline> timeline(CrateView crate) {
    List<RingEntry> own = entries.getOrDefault(crate.slug(), List.of());
    List<BackstageTechRadar.Timeline> timeline = new ArrayList<>();
    for (int i = own.size() - 1; i >= 0; i--) {
      RingEntry entry = own.get(i);
      int moved =
          i == own.size() - 1
              ? movedSinceThen(crate)
              : i == 0 ? 0 : direction(own.get(i - 1).ring(), entry.ring());
      timeline.add(
          new BackstageTechRadar.Timeline(moved, entry.ring(), entry.at(), entry.description()));
    }
    return timeline;
  }

  /** BYOR's status of the crate: new since the revision compared with, moved in or out, or not. */
  String status(CrateView crate) {
    String then = ringsThen.get(crate.slug());
    if (!compared) {
      return NO_CHANGE;
    }
    if (then == null) {
      return NEW;
    }
    return switch (direction(then, crate.ring().code())) {
      case 1 -> MOVED_IN;
      case -1 -> MOVED_OUT;
      default -> NO_CHANGE;
    };
  }

  private int movedSinceThen(CrateView crate) {
    String then = ringsThen.get(crate.slug());
    return !compared || then == null ? 0 : direction(then, crate.ring().code());
  }

  private static int ordinal(String ring) {
    return Term.fromCode(Ring.class, ring).orElseThrow().ordinal();
  }

  /** 1 for a move towards adopt, -1 for one away from it, 0 for none. */
  private static int direction(String from, String to) {
    return Integer.signum(ordinal(from) - ordinal(to));
  }
}
