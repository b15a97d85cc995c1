package dev.rustdist.catalog.curation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one committed revision changed: one event of the change stream. */
@Schema(name = "RevisionChanges")
public record RevisionChanges(
    @Schema(description = "The dataset revision the writes produced.", examples = "57")
        long revision,
    @Schema(description = "When the revision's last change was recorded.")
        OffsetDateTime occurredAt,
    @Schema(description = "Its changes, in the order they were made.") List<ChangeView> changes) {

  /** Changes in revision order, each revision's together. */
  static List<RevisionChanges> of(List<ChangeView> changes) {
    List<RevisionChanges> revisions = new ArrayList<>();
    int first = 0;
    for (int i = 1; i <= changes.size(); i++) {
      if (i == changes.size() || changes.get(i).revision() != changes.get(first).revision()) {
        List<ChangeView> own = changes.subList(first, i);
        revisions.add(
            new RevisionChanges(
                own.get(0).revision(), own.get(own.size() - 1).occurredAt(), List.copyOf(own)));
        first = i;
      }
    }
    return revisions;
  }
}
