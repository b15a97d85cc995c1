package dev.rustdist.catalog.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One slice of a list, with what is needed to ask for the others. */
public record Page<T>(
    @Schema(description = "The items of this slice, in the requested order.") List<T> items,
    @Schema(description = "How many items match, in all slices.", examples = "17") long total,
    @Schema(description = "The most items a slice holds.", examples = "20") int limit,
    @Schema(description = "How many matching items come before this slice.", examples = "0")
        Integer offset)
    implements Paged {

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total, limit, offset);
  }
}
