package dev.rustdist.catalog.crate;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustdist.catalog.paging.Paged;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of crates, with facet counts when they were asked for. */
@Schema(name = "CratePage")
public record CratePage(
    @Schema(
            description = "The crates of this page, in the requested order.",
            type = SchemaType.ARRAY,
            implementation = CrateView.class)
        List<CrateDocument> items,
    @Schema(description = "How many crates match, in all pages.", examples = "17") long total,
    @Schema(description = "The most crates a page holds.", examples = "20") int limit,
    @Schema(
            description =
                "How many matching crates come before this page; null when it was asked for with"
                    + " `after`.",
            nullable = true,
            examples = "0")
        Integer offset,
    @Schema(
            description =
                "Where the next page starts, in the document's order: pass it as `after`. Null on"
                    + " the last page, and when the list is sorted or searched.",
            nullable = true,
            examples = "MS4xLjE")
        String next,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Present when `facets=true` was asked for.")
        Facets facets,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "Present when `q` was given: why each crate of the page was found, by its slug:"
                    + " the fields that hold the text, in the order of relevance (`name`,"
                    + " `description`, `positioning`, `pros`, `cons`). Crates are ranked by the"
                    + " first of them.",
            examples = "{\"tonic\": [\"description\", \"positioning\", \"pros\", \"cons\"]}")
        Map<String, List<MatchedField>> matches,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "Present when `slug` named the crates: those of the slugs named that the catalog"
                    + " does not know, in the order named.",
            examples = "[\"no-such-crate\"]")
        List<String> unknown)
    implements Paged {}
