-- Text search (the q parameter) matches substrings case-insensitively with ILIKE; trigram indexes
-- let PostgreSQL find the matching rows without reading every text.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX crate_name_trgm_idx ON crate USING gin (name gin_trgm_ops);
CREATE INDEX crate_i18n_description_trgm_idx ON crate_i18n USING gin (description gin_trgm_ops);
CREATE INDEX crate_point_i18n_text_trgm_idx ON crate_point_i18n USING gin (text gin_trgm_ops);
