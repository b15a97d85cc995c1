package dev.rustdist.catalog.paging;

/** A slice of a list: what {@link PageLinks} needs to link to the other slices. */
public interface Paged {

  long total();

  int limit();

  int offset();
}
