package dev.rustdist.catalog.crate;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Crates side by side, in the order they were asked for. */
@Schema(name = "CrateComparison")
public record CrateComparison(
    @Schema(type = SchemaType.ARRAY, implementation = CrateView.class)
        List<CrateDocument> crates) {}
