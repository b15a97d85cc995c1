package dev.rustdist.catalog.curation;

/** What a write answers with: the entry as it now reads, and its new version. */
public record Written<T>(T entry, int version) {}
