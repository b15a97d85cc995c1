-- The crate list's other orders (sort=name, maturity or ring, ascending or descending, the
-- document's order breaking ties) each have an index in that order, so that a page of them is read
-- from it rather than by sorting every crate that matches. Sorting by several keys uses the first
-- key's index and sorts only the crates that tie on it.

CREATE INDEX crate_name_order_idx ON crate (name, category_position, position, id);
CREATE INDEX crate_name_desc_order_idx ON crate (name DESC, category_position, position, id);
CREATE INDEX crate_maturity_order_idx ON crate (maturity, category_position, position, id) INCLUDE (ring);
CREATE INDEX crate_maturity_desc_order_idx ON crate (maturity DESC, category_position, position, id) INCLUDE (ring);
CREATE INDEX crate_ring_order_idx ON crate (ring, category_position, position, id) INCLUDE (maturity);
CREATE INDEX crate_ring_desc_order_idx ON crate (ring DESC, category_position, position, id) INCLUDE (maturity);

-- these lead the same way as the ones above, which serve their queries too
DROP INDEX crate_maturity_idx;
DROP INDEX crate_ring_idx;
