-- A short search lists the names that start with its text in their order, and its pages are read
-- at an offset. The index of lower-cased names (V13) found them, but the crates that share a name
-- were then sorted by their place in the document, and so was every match before the page: a
-- statement planned once for any text cannot know that a prefix matches few names. With the
-- document's order after the name, the index holds the whole order, and a page is read from it.
-- The lower-cased name is a column of its own, so that the index alone answers (PostgreSQL reads
-- the table for an index on an expression).

ALTER TABLE crate ADD COLUMN name_key text COLLATE "C" GENERATED ALWAYS AS (lower(name)) STORED;
CREATE INDEX crate_name_key_order_idx ON crate (name_key, category_position, position, id);
DROP INDEX crate_name_prefix_idx;
