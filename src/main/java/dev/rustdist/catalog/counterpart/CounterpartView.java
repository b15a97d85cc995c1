package dev.rustdist.catalog.counterpart;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A counterpart in another ecosystem, as the API shows it. */
@Schema(name = "Counterpart")
public record CounterpartView(
    @Schema(examples = "etcd") String slug,
    @Schema(examples = "etcd") String name,
    Ecosystem ecosystem) {

  public static CounterpartView of(Counterpart counterpart) {
    return new CounterpartView(counterpart.slug, counterpart.name, counterpart.ecosystem);
  }
}
