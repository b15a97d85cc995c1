package dev.rustdist.catalog.paging;

/** A slice of a list: what {@link PageLinks} needs to link to the other slices. */
public interface Paged {

  long total();

  int limit();

  /** How many items come before this slice; null when it was found after a cursor. */
  Integer offset();

  /** The cursor of the slice after this one, when the list offers one. */
  default String next() {
    return null;
  }
}
