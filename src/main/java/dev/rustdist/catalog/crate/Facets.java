package dev.rustdist.catalog.crate;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For each filterable attribute, how many crates each value matches under the other filters. */
@Schema(name = "Facets")
public record Facets(
    @Schema(
            description = "Crates per maturity level, every level listed.",
            examples = "{\"experimental\": 1, \"emerging\": 1, \"mature\": 13, \"standard\": 2}")
        Map<String, Long> maturity,
    @Schema(
            description = "Crates per ring, every ring listed.",
            examples = "{\"adopt\": 8, \"trial\": 7, \"assess\": 2, \"hold\": 1}")
        Map<String, Long> ring,
    @Schema(
            description = "Crates per category slug, every category listed.",
            examples = "{\"async-runtime\": 1, \"rpc\": 5}")
        Map<String, Long> category) {}
