package dev.rustdist.catalog.replacement;

import dev.rustdist.catalog.category.CategoryView.CrateSummary;
import dev.rustdist.catalog.counterpart.CounterpartView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the catalog prefers to a crate, and why: a crate of the catalog or a counterpart (a
 * platform, another ecosystem's system); neither where the document names nothing in its place and
 * says only why the crate is to be avoided.
 */
@Schema(name = "Replacement")
public record ReplacementView(
    @Schema(
            description = "The crate of the catalog to prefer; null where it is not a crate.",
            nullable = true)
        CrateSummary crate,
    @Schema(
            description = "The system or platform to prefer; null where it is not a counterpart.",
            nullable = true)
        CounterpartView counterpart,
    @Schema(
            description = "Why, in the response's language.",
            examples =
                "An existing system that provides Raft (such as etcd or Consul), or a managed"
                    + " service, is usually recommended instead.")
        String reason) {

  /** What to prefer, by name: the crate's or the counterpart's; null where nothing is named. */
  public String preferred() {
    return crate != null ? crate.name() : counterpart != null ? counterpart.name() : null;
  }
}
