-- The text search (q) also finds a crate by its positioning, ranked after its name and description:
-- a trigram index lets PostgreSQL find those rows as it finds the others, without reading every text.

CREATE INDEX crate_i18n_positioning_trgm_idx ON crate_i18n USING gin (positioning gin_trgm_ops);
