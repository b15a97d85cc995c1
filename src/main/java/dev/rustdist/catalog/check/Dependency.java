package dev.rustdist.catalog.check;

/**
 * A dependency as a document names it: its crates.io name and its version, or the version
 * requirement of a Cargo.toml; null where the document gives none.
 */
record Dependency(String name, String version) {}
