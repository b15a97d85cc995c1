-- A page in the document's order names each crate by its slug. It read the slug from the crate's
-- row, one lookup per crate of the page beside the lookup of its record; the index of the order
-- (V8) now holds the slug too, so that the page's crates come from the index alone, and only their
-- records are looked up: PostgreSQL serves such pages about a third faster (bench/RESULTS.md).
DROP INDEX crate_document_order_idx;
CREATE INDEX crate_document_order_idx ON crate (category_position, position, id) INCLUDE (maturity, ring, slug);
