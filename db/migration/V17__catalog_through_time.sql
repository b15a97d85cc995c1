-- The catalog through time: every record the service serves is kept with the range of dataset
-- revisions it was served at, so that the catalog can be read as it was at any revision since this
-- migration, exactly as it was answered then.
--
-- History starts here: the revision this migration finds is the first one that can be read again.

-- When the data reached each revision.
CREATE TABLE dataset_revision (
    revision   bigint      PRIMARY KEY,
    reached_at timestamptz NOT NULL
);

INSERT INTO dataset_revision (revision, reached_at) SELECT revision, modified_at FROM dataset;

CREATE INDEX dataset_revision_reached_idx ON dataset_revision (reached_at, revision);

-- The revision the current transaction makes: the first change of a transaction raises the
-- dataset's revision and records when; every later one in it finds the same revision.
CREATE FUNCTION transaction_revision() RETURNS bigint AS $$
DECLARE
    new_revision bigint;
    reached      timestamptz;
BEGIN
    IF current_setting('catalog.revision_bumped_by', true) IS NOT DISTINCT FROM txid_current()::text THEN
        RETURN (SELECT revision FROM dataset);
    END IF;
    UPDATE dataset SET revision = revision + 1, modified_at = clock_timestamp()
    RETURNING revision, modified_at INTO new_revision, reached;
    INSERT INTO dataset_revision (revision, reached_at) VALUES (new_revision, reached);
    PERFORM set_config('catalog.revision_bumped_by', txid_current()::text, true);
    PERFORM pg_notify('catalog_revision', new_revision::text);
    RETURN new_revision;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION bump_dataset_revision() RETURNS trigger AS $$
BEGIN
    PERFORM transaction_revision();
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- Each crate record (V16) with the revisions it was served at: [from, until), open while current.
-- The crate's place in the document's order rides along, for lists of a past revision.
CREATE TABLE crate_record_version (
    crate_id          bigint    NOT NULL,
    lang              text      NOT NULL,
    revisions         int8range NOT NULL,
    slug              text      NOT NULL,
    category_position smallint  NOT NULL,
    position          smallint  NOT NULL,
    body              json      NOT NULL
);

CREATE INDEX crate_record_version_revisions_idx ON crate_record_version USING gist (revisions);
CREATE INDEX crate_record_version_crate_idx ON crate_record_version (crate_id, lang, lower(revisions));
CREATE INDEX crate_record_version_slug_idx ON crate_record_version (slug, lang, lower(revisions));

INSERT INTO crate_record_version
SELECT d.crate_id, d.lang, int8range((SELECT revision FROM dataset), NULL), c.slug,
       c.category_position, c.position, d.body
FROM crate_document d JOIN crate c ON c.id = d.crate_id;

-- A record assembled again opens a new version where it differs from the one open, or moved in the
-- document's order; one assembled twice in a transaction keeps the last.
CREATE FUNCTION crate_record_versions_follow() RETURNS trigger AS $$
DECLARE
    at bigint := transaction_revision();
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM crate_record_version v USING changed_before d
        WHERE v.crate_id = d.crate_id AND v.lang = d.lang AND lower(v.revisions) = at;
        UPDATE crate_record_version v SET revisions = int8range(lower(v.revisions), at)
        FROM changed_before d
        WHERE v.crate_id = d.crate_id AND v.lang = d.lang AND upper_inf(v.revisions);
        RETURN NULL;
    END IF;
    WITH differing AS (
        SELECT d.crate_id, d.lang, c.slug, c.category_position, c.position, d.body
        FROM changed_after d
        JOIN crate c ON c.id = d.crate_id
        LEFT JOIN crate_record_version v
            ON v.crate_id = d.crate_id AND v.lang = d.lang AND upper_inf(v.revisions)
        WHERE v.crate_id IS NULL OR v.body::text <> d.body::text
           OR (v.slug, v.category_position, v.position) <> (c.slug, c.category_position, c.position)),
    replaced AS (
        DELETE FROM crate_record_version v USING differing f
        WHERE v.crate_id = f.crate_id AND v.lang = f.lang AND lower(v.revisions) = at),
    ended AS (
        UPDATE crate_record_version v SET revisions = int8range(lower(v.revisions), at)
        FROM differing f
        WHERE v.crate_id = f.crate_id AND v.lang = f.lang AND upper_inf(v.revisions)
          AND lower(v.revisions) < at)
    INSERT INTO crate_record_version
    SELECT crate_id, lang, int8range(at, NULL), slug, category_position, position, body
    FROM differing;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER crate_document_inserted_versions AFTER INSERT ON crate_document
    REFERENCING NEW TABLE AS changed_after FOR EACH STATEMENT
    EXECUTE FUNCTION crate_record_versions_follow();
CREATE TRIGGER crate_document_updated_versions AFTER UPDATE ON crate_document
    REFERENCING NEW TABLE AS changed_after FOR EACH STATEMENT
    EXECUTE FUNCTION crate_record_versions_follow();
CREATE TRIGGER crate_document_deleted_versions AFTER DELETE ON crate_document
    REFERENCING OLD TABLE AS changed_before FOR EACH STATEMENT
    EXECUTE FUNCTION crate_record_versions_follow();

-- A category's own record, in every language, as the API shows it less its crates (which are the
-- crate records of the same revision): its texts in that language, or in the first language where
-- a text is not translated, and the counterparts its texts name, in their order.
CREATE FUNCTION category_records()
    RETURNS TABLE (category_id bigint, lang text, place smallint, slug text, body json) AS $$
    WITH fallback AS (SELECT code FROM language ORDER BY position LIMIT 1)
    SELECT k.id, w.lang, k.position, k.slug, (SELECT row_to_json(record) FROM (SELECT
        k.slug,
        t.name,
        t.description,
        t.note,
        t.evaluation,
        to_json(array(
            SELECT row_to_json(counterpart) FROM (
                SELECT cp.slug, cp.name, cp.ecosystem
                FROM category_counterpart kc JOIN counterpart cp ON cp.id = kc.counterpart_id
                WHERE kc.category_id = k.id AND kc.relation = 'equivalent'
                ORDER BY kc.position) counterpart)) AS alternatives,
        to_json(array(
            SELECT row_to_json(counterpart) FROM (
                SELECT cp.slug, cp.name, cp.ecosystem, kc.relation
                FROM category_counterpart kc JOIN counterpart cp ON cp.id = kc.counterpart_id
                WHERE kc.category_id = k.id
                ORDER BY kc.position) counterpart)) AS counterparts
        ) record)
    FROM category k
    CROSS JOIN LATERAL (SELECT l.code AS lang, f.code AS fallback FROM language l, fallback f) w
    LEFT JOIN LATERAL (
        SELECT x.* FROM category_i18n x
        WHERE x.category_id = k.id AND x.lang IN (w.lang, w.fallback)
        ORDER BY x.lang = w.lang DESC LIMIT 1) t ON true
$$ LANGUAGE sql STABLE;

CREATE TABLE category_record_version (
    category_id bigint    NOT NULL,
    lang        text      NOT NULL,
    revisions   int8range NOT NULL,
    slug        text      NOT NULL,
    position    smallint  NOT NULL,
    body        json      NOT NULL
);

CREATE INDEX category_record_version_revisions_idx ON category_record_version USING gist (revisions);

INSERT INTO category_record_version
SELECT category_id, lang, int8range((SELECT revision FROM dataset), NULL), slug, place, body
FROM category_records();

-- Categories are few: after any statement that changes what their records are read from, every
-- record is assembled again and compared with its open version.
CREATE FUNCTION category_record_versions_follow() RETURNS trigger AS $$
DECLARE
    at bigint := transaction_revision();
BEGIN
    WITH fresh AS (SELECT * FROM category_records()),
    differing AS (
        SELECT f.* FROM fresh f
        LEFT JOIN category_record_version v
            ON v.category_id = f.category_id AND v.lang = f.lang AND upper_inf(v.revisions)
        WHERE v.category_id IS NULL OR v.body::text <> f.body::text
           OR (v.slug, v.position) <> (f.slug, f.place)),
    ending AS (
        SELECT category_id, lang FROM differing
        UNION
        SELECT v.category_id, v.lang FROM category_record_version v
        WHERE upper_inf(v.revisions) AND NOT EXISTS (
            SELECT FROM fresh f WHERE f.category_id = v.category_id AND f.lang = v.lang)),
    replaced AS (
        DELETE FROM category_record_version v USING ending e
        WHERE v.category_id = e.category_id AND v.lang = e.lang AND lower(v.revisions) = at),
    ended AS (
        UPDATE category_record_version v SET revisions = int8range(lower(v.revisions), at)
        FROM ending e
        WHERE v.category_id = e.category_id AND v.lang = e.lang AND upper_inf(v.revisions)
          AND lower(v.revisions) < at)
    INSERT INTO category_record_version
    SELECT category_id, lang, int8range(at, NULL), slug, place, body FROM differing;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DO $$
DECLARE
    followed text;
BEGIN
    FOREACH followed IN ARRAY ARRAY['category', 'category_i18n', 'category_counterpart', 'counterpart']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION category_record_versions_follow()',
                       followed || '_category_versions', followed);
    END LOOP;
END
$$;

-- Editions: revisions that curators named, such as 2026-Q4. Naming one is a change of the
-- dataset: the tech-radar exports compare each crate with the edition before.
CREATE TABLE edition (
    name       text        PRIMARY KEY
               CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$' AND name !~ '^[0-9]+$'),
    revision   bigint      NOT NULL REFERENCES dataset_revision (revision),
    -- the revision that naming it made: an edition is known from there on
    named_in   bigint      NOT NULL,
    named_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    named_by   text        NOT NULL,
    CHECK (revision < named_in)
);

CREATE INDEX edition_revision_idx ON edition (revision, named_in);

CREATE FUNCTION edition_named_in() RETURNS trigger AS $$
BEGIN
    NEW.named_in := transaction_revision();
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER edition_named_in BEFORE INSERT ON edition
    FOR EACH ROW EXECUTE FUNCTION edition_named_in();
