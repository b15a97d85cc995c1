package dev.rustdist.catalog.counterpart;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A counterpart that the document names for a crate or a category, and what it is to it. */
@Schema(name = "RelatedCounterpart")
public record RelatedCounterpartView(
    @Schema(examples = "net-rpc") String slug,
    @Schema(examples = "net/rpc") String name,
    Ecosystem ecosystem,
    CounterpartRelation relation) {

  public static RelatedCounterpartView of(Counterpart counterpart, CounterpartRelation relation) {
    return new RelatedCounterpartView(
        counterpart.slug, counterpart.name, counterpart.ecosystem, relation);
  }

  public CounterpartView counterpart() {
    return new CounterpartView(slug, name, ecosystem);
  }
}
