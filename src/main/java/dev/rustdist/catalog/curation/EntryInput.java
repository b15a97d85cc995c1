package dev.rustdist.catalog.curation;

/** What curators write for an entry of any kind: it names the entry by its slug. */
public interface EntryInput {

  String slug();
}
