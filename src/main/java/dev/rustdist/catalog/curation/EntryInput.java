package dev.rustdist.catalog.curation;

/**
 * What curators write for an entry of any kind: it names the entry by its slug. Its lists are
 * bounded so that a body at every limit still fits the 256 KiB a request body may have: a crate
 * with every text at its longest, in English and in Chinese (three bytes a character), and 20 pros
 * and 20 cons is about 180 KB.
 */
public interface EntryInput {

  /** The most pros, and the most cons, of a crate. */
  int MAX_POINTS = 20;

  /** The most counterparts of one list: a crate's alternatives or platforms, a category's. */
  int MAX_COUNTERPARTS = 20;

  String slug();
}
