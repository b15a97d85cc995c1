package dev.rustdist.catalog.curation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The terms the catalog's data is published under, as the operator states them ({@code
 * catalog.dataset.licence}, {@code catalog.dataset.licence-url}).
 */
@Schema(name = "DatasetLicence")
public record DatasetLicence(
    @Schema(description = "Its SPDX identifier.", examples = "Apache-2.0") String name,
    @Schema(examples = "https://www.apache.org/licenses/LICENSE-2.0") String url) {}
