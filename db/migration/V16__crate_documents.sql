-- Each crate's record, as the API serves it, kept ready in every language.
--
-- A crate's record gathers a dozen tables (texts, category, pros and cons, mind-map line,
-- counterparts, deprecation and replacements). Assembling it on every read cost PostgreSQL most of a page's time, and the
-- service parsed it and wrote it out again. It is now assembled here, once per write: every
-- statement that changes a table the record is read from assembles again the records of the crates
-- it touched, in the same transaction. A read takes the ready JSON by key and passes it through.
--
-- crate_documents() is the one definition of the record; the service's Crate schema describes it.

CREATE TABLE crate_document (
    crate_id bigint NOT NULL REFERENCES crate (id) ON DELETE CASCADE,
    lang     text   NOT NULL REFERENCES language (code) ON DELETE CASCADE,
    body     json   NOT NULL,
    PRIMARY KEY (crate_id, lang)
);

-- The counterparts named for a crate, then for its category, each once, as first named.
CREATE FUNCTION crate_named_counterparts(of_crate bigint, of_category bigint)
    RETURNS TABLE (counterpart_id bigint, relation counterpart_relation, source int, place int) AS $$
    SELECT DISTINCT ON (listed.counterpart_id) * FROM (
        SELECT cc.counterpart_id, cc.relation, 1, cc.position FROM crate_counterpart cc
        WHERE cc.crate_id = of_crate
        UNION ALL
        SELECT kc.counterpart_id, kc.relation, 2, kc.position FROM category_counterpart kc
        WHERE kc.category_id = of_category) listed (counterpart_id, relation, source, place)
    ORDER BY listed.counterpart_id, listed.source, listed.place
$$ LANGUAGE sql STABLE;

-- The records of these crates in every language: texts in that language, or in the first
-- language (English, the service's default) where a text is not translated. Counterparts are those
-- named for the crate, then those named for its category, each once; alternatives are the
-- equivalents among them. The summary is the crate's line in the mind map: the line naming it under
-- the line of its category. Replacements (V14) that name a crate show its maturity and ring: a
-- change to that crate assembles again the records of the crates it replaces.
CREATE FUNCTION crate_documents(crate_ids bigint[])
    RETURNS TABLE (crate_id bigint, lang text, body json) AS $$
    WITH fallback AS (SELECT code FROM language ORDER BY position LIMIT 1)
    SELECT c.id, w.lang, (SELECT row_to_json(record) FROM (SELECT
        c.slug,
        c.name,
        t.qualifier,
        (SELECT row_to_json(category) FROM (SELECT k.slug, coalesce(
            (SELECT x.name FROM category_i18n x WHERE x.category_id = k.id AND x.lang = w.lang),
            (SELECT x.name FROM category_i18n x WHERE x.category_id = k.id AND x.lang = w.fallback)) AS name
         FROM category k WHERE k.id = c.category_id) category) AS category,
        c.maturity,
        c.ring,
        t.description,
        t.positioning,
        (SELECT x.text FROM mind_map_node_crate nc
         JOIN mind_map_node n ON n.id = nc.node_id
         JOIN mind_map_node parent ON parent.id = n.parent_id AND parent.category_id = c.category_id
         JOIN mind_map_node_i18n x ON x.node_id = n.id AND x.lang IN (w.lang, w.fallback)
         WHERE nc.crate_id = c.id
         ORDER BY n.line, x.lang = w.lang DESC LIMIT 1) AS summary,
        to_json(array(
            SELECT coalesce(
                (SELECT x.text FROM crate_point_i18n x WHERE x.point_id = p.id AND x.lang = w.lang),
                (SELECT x.text FROM crate_point_i18n x WHERE x.point_id = p.id AND x.lang = w.fallback))
            FROM crate_point p WHERE p.crate_id = c.id AND p.kind = 'pro' ORDER BY p.position)) AS pros,
        to_json(array(
            SELECT coalesce(
                (SELECT x.text FROM crate_point_i18n x WHERE x.point_id = p.id AND x.lang = w.lang),
                (SELECT x.text FROM crate_point_i18n x WHERE x.point_id = p.id AND x.lang = w.fallback))
            FROM crate_point p WHERE p.crate_id = c.id AND p.kind = 'con' ORDER BY p.position)) AS cons,
        (SELECT row_to_json(links) FROM (SELECT
            c.crates_io_name AS "cratesIoName",
            'https://crates.io/crates/' || c.crates_io_name AS "cratesIo",
            'https://docs.rs/' || c.crates_io_name AS "docsRs",
            c.repository_url AS repository) links) AS links,
        to_json(array(
            SELECT row_to_json(counterpart) FROM (
                SELECT cp.slug, cp.name, cp.ecosystem
                FROM crate_named_counterparts(c.id, c.category_id) named
                JOIN counterpart cp ON cp.id = named.counterpart_id
                WHERE named.relation = 'equivalent'
                ORDER BY named.source, named.place) counterpart)) AS alternatives,
        to_json(array(
            SELECT row_to_json(counterpart) FROM (
                SELECT cp.slug, cp.name, cp.ecosystem
                FROM crate_named_counterparts(c.id, c.category_id) named
                JOIN counterpart cp ON cp.id = named.counterpart_id
                WHERE named.relation = 'platform'
                ORDER BY named.source, named.place) counterpart)) AS platforms,
        to_json(array(
            SELECT row_to_json(counterpart) FROM (
                SELECT cp.slug, cp.name, cp.ecosystem, named.relation
                FROM crate_named_counterparts(c.id, c.category_id) named
                JOIN counterpart cp ON cp.id = named.counterpart_id
                ORDER BY named.source, named.place) counterpart)) AS counterparts,
        c.deprecated_on AS deprecated,
        c.sunset_on AS sunset,
        to_json(array(
            SELECT row_to_json(replacement) FROM (
                SELECT (SELECT row_to_json(preferred) FROM (
                            SELECT rc.slug, rc.name, rc.maturity, rc.ring) preferred
                        WHERE rc.id IS NOT NULL) AS crate,
                       (SELECT row_to_json(preferred) FROM (
                            SELECT cp.slug, cp.name, cp.ecosystem) preferred
                        WHERE cp.id IS NOT NULL) AS counterpart,
                       coalesce(
                           (SELECT x.reason FROM crate_replacement_i18n x
                            WHERE x.replacement_id = r.id AND x.lang = w.lang),
                           (SELECT x.reason FROM crate_replacement_i18n x
                            WHERE x.replacement_id = r.id AND x.lang = w.fallback)) AS reason
                FROM crate_replacement r
                LEFT JOIN crate rc ON rc.id = r.replacement_crate_id
                LEFT JOIN counterpart cp ON cp.id = r.counterpart_id
                WHERE r.crate_id = c.id
                ORDER BY r.position) replacement)) AS replacements
        ) record)
    FROM crate c
    CROSS JOIN LATERAL (SELECT l.code AS lang, f.code AS fallback FROM language l, fallback f) w
    LEFT JOIN LATERAL (
        SELECT x.* FROM crate_i18n x
        WHERE x.crate_id = c.id AND x.lang IN (w.lang, w.fallback)
        ORDER BY x.lang = w.lang DESC LIMIT 1) t ON true
    WHERE c.id = ANY (crate_ids)
$$ LANGUAGE sql STABLE
-- compiling this statement costs half a second, a hundred times what it takes
SET jit = off;

CREATE FUNCTION refresh_crate_documents(crate_ids bigint[]) RETURNS void AS $$
    INSERT INTO crate_document (crate_id, lang, body)
    SELECT * FROM crate_documents(crate_ids)
    ON CONFLICT (crate_id, lang) DO UPDATE SET body = excluded.body
$$ LANGUAGE sql
SET jit = off;

-- After each statement that changes a table the record is read from, the records of the crates it
-- touched, before or after the change, are assembled again. The trigger's first argument names the
-- changed rows' key column, the second what that key identifies.
CREATE FUNCTION crate_documents_follow() RETURNS trigger AS $$
DECLARE
    changed bigint[];
BEGIN
    EXECUTE format(CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT array_agg(DISTINCT %1$I) FROM changed_after'
        WHEN 'DELETE' THEN 'SELECT array_agg(DISTINCT %1$I) FROM changed_before'
        ELSE 'SELECT array_agg(DISTINCT key) FROM (SELECT %1$I AS key FROM changed_before'
             ' UNION SELECT %1$I FROM changed_after) keys' END, TG_ARGV[0])
        INTO changed;
    IF changed IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM refresh_crate_documents(CASE TG_ARGV[1]
        WHEN 'crate' THEN array(
            SELECT unnest(changed)
            UNION
            SELECT r.crate_id FROM crate_replacement r WHERE r.replacement_crate_id = ANY (changed))
        WHEN 'replacement' THEN array(
            SELECT r.crate_id FROM crate_replacement r WHERE r.id = ANY (changed))
        WHEN 'point' THEN array(SELECT p.crate_id FROM crate_point p WHERE p.id = ANY (changed))
        WHEN 'category' THEN array(SELECT c.id FROM crate c WHERE c.category_id = ANY (changed))
        WHEN 'counterpart' THEN array(
            SELECT cc.crate_id FROM crate_counterpart cc WHERE cc.counterpart_id = ANY (changed)
            UNION
            SELECT c.id FROM crate c JOIN category_counterpart kc ON kc.category_id = c.category_id
            WHERE kc.counterpart_id = ANY (changed)
            UNION
            SELECT r.crate_id FROM crate_replacement r WHERE r.counterpart_id = ANY (changed))
        -- a crate's line, or the line of its category above it
        WHEN 'mind-map-line' THEN array(
            SELECT nc.crate_id FROM mind_map_node_crate nc JOIN mind_map_node n ON n.id = nc.node_id
            WHERE n.id = ANY (changed) OR n.parent_id = ANY (changed))
    END);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- A trigger with transition tables fires for one event only: three for each table followed.
CREATE FUNCTION crate_documents_follow_table(followed text, key text, identifies text) RETURNS void AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %1$s_inserted_documents AFTER INSERT ON %1$I'
                   ' REFERENCING NEW TABLE AS changed_after FOR EACH STATEMENT'
                   ' EXECUTE FUNCTION crate_documents_follow(%2$L, %3$L)', followed, key, identifies);
    EXECUTE format('CREATE TRIGGER %1$s_updated_documents AFTER UPDATE ON %1$I'
                   ' REFERENCING OLD TABLE AS changed_before NEW TABLE AS changed_after'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION crate_documents_follow(%2$L, %3$L)',
                   followed, key, identifies);
    EXECUTE format('CREATE TRIGGER %1$s_deleted_documents AFTER DELETE ON %1$I'
                   ' REFERENCING OLD TABLE AS changed_before FOR EACH STATEMENT'
                   ' EXECUTE FUNCTION crate_documents_follow(%2$L, %3$L)', followed, key, identifies);
END
$$ LANGUAGE plpgsql;

SELECT crate_documents_follow_table(followed, key, identifies) FROM (VALUES
    ('crate', 'id', 'crate'),
    ('crate_i18n', 'crate_id', 'crate'),
    ('crate_point', 'crate_id', 'crate'),
    ('crate_point_i18n', 'point_id', 'point'),
    ('crate_counterpart', 'crate_id', 'crate'),
    ('category', 'id', 'category'),
    ('category_i18n', 'category_id', 'category'),
    ('category_counterpart', 'category_id', 'category'),
    ('counterpart', 'id', 'counterpart'),
    ('mind_map_node', 'id', 'mind-map-line'),
    ('mind_map_node_i18n', 'node_id', 'mind-map-line'),
    ('mind_map_node_crate', 'crate_id', 'crate'),
    ('crate_replacement', 'crate_id', 'crate'),
    ('crate_replacement_i18n', 'replacement_id', 'replacement')) AS tables (followed, key, identifies);

SELECT refresh_crate_documents(array(SELECT id FROM crate));
