package dev.rustdist.catalog.check;

import java.util.List;

/** The dependencies read from one document, in its order. */
record DependencyList(DocumentFormat format, List<Dependency> dependencies) {}
