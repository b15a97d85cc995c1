-- A list of crates as of a revision (every list, as each filters by maturity) read every record of
-- that revision in the language, parsed each one's JSON to keep those of the maturities asked for,
-- then counted them all again for the total: 150 ms a page at 10,000 crates with 100,000 writes
-- kept (bench/history.sh). One index over the language, the maturity and the revisions finds the
-- records of the page's maturities alone: about 20 ms. GiST indexes the equality of text only
-- with btree_gist, a contrib extension trusted since PostgreSQL 13 (the database's owner may
-- create it; the embedded PostgreSQL and postgres images carry it).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE INDEX crate_record_version_lang_maturity_idx ON crate_record_version
    USING gist (lang, (body->>'maturity'), revisions);
