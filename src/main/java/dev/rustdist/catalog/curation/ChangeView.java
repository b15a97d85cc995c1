package dev.rustdist.catalog.curation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One committed write, as the change feed and the histories show it. */
@Schema(name = "Change")
public record ChangeView(
    @Schema(description = "Orders changes; increases with every write.", examples = "42") long id,
    @Schema(description = "The dataset revision the write produced.", examples = "57")
        long revision,
    OffsetDateTime occurredAt,
    @Schema(description = "Who wrote it: the token's subject.", examples = "alice@example.org")
        String actor,
    @Schema(enumeration = {"crate", "category"}) String entity,
    @Schema(examples = "lunatic") String slug,
    @Schema(enumeration = {"create", "update", "delete"}) String operation,
    @Schema(
            implementation = Map.class,
            description =
                "The entry before the write (CrateInput or CategoryInput); null for a create.",
            nullable = true)
        JsonNode before,
    @Schema(
            implementation = Map.class,
            description = "The entry after the write; null for a delete.",
            nullable = true)
        JsonNode after,
    @Schema(
            description =
                "For crates, the tech-radar moves: the maturity and ring before and after, where"
                    + " the write changed them.",
            examples = "{\"maturity\": {\"from\": \"emerging\", \"to\": \"mature\"}}")
        Map<String, Move> moves) {

  /** A value that a write changed. */
  @Schema(name = "Move")
  public record Move(String from, String to) {}
}
