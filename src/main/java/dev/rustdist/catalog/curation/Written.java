package dev.rustdist.catalog.curation;

/** What a write answers with: the entry as it now reads, its slug and its new version. */
public record Written<T>(String slug, T entry, int version) {}
