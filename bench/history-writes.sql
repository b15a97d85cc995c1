-- Records :writes curators' writes to synthetic crates (psql -v writes=100000), for
-- bench/history.sh: each write in its own transaction, so each makes one dataset revision, as a
-- write through the API does. A write changes one crate, chosen at random among the synthetic
-- crates: its maturity (35 in 100 writes), its ring (35), its English texts (15) or its Chinese
-- texts (15), and records the change with the entry before and after, as the API records it.
--
-- With statements=api (the default) a write runs the statements the API's write runs, in its order
-- (the service's statement log of a PATCH, Hibernate's flush): it takes the catalog's lock,
-- removes the crate's pros and cons and writes them again, updates the crate, writes its texts
-- again, then records the change. Each statement fires the triggers that assemble the crate's
-- records again (V16) and keep their versions (V17), as in production. With statements=few a
-- write changes only what differs (an UPDATE of crate or of crate_i18n) before recording the
-- change: the same tables and triggers, the same records and versions in the end, in 2 or 3
-- statements rather than about 30.
--
-- seed (0.42 by default) makes the series of writes the same from run to run.

\set ON_ERROR_STOP on
\if :{?statements}
\else
\set statements api
\endif
\if :{?seed}
\else
\set seed 0.42
\endif

-- A crate's pros or cons, each by language, in their order.
CREATE FUNCTION pg_temp.points(of_crate bigint, of_kind point_kind) RETURNS jsonb AS $$
    SELECT coalesce(jsonb_agg((SELECT jsonb_object_agg(x.lang, x.text) FROM crate_point_i18n x
                               WHERE x.point_id = p.id) ORDER BY p.position), '[]')
    FROM crate_point p WHERE p.crate_id = of_crate AND p.kind = of_kind
$$ LANGUAGE sql;

-- The entry as the write API represents it (the change log's before and after).
CREATE FUNCTION pg_temp.crate_input(of_crate bigint) RETURNS jsonb AS $$
    SELECT jsonb_build_object(
        'slug', c.slug, 'name', c.name, 'category', k.slug, 'maturity', c.maturity, 'ring', c.ring,
        'cratesIoName', c.crates_io_name, 'repository', c.repository_url,
        'texts', (SELECT jsonb_object_agg(t.lang, jsonb_build_object(
                      'qualifier', t.qualifier, 'description', t.description, 'positioning', t.positioning))
                  FROM crate_i18n t WHERE t.crate_id = c.id),
        'pros', pg_temp.points(c.id, 'pro'), 'cons', pg_temp.points(c.id, 'con'),
        'alternatives', '[]'::jsonb, 'lacking', '[]'::jsonb, 'platforms', '[]'::jsonb,
        'replacements', '[]'::jsonb, 'deprecated', c.deprecated_on, 'sunset', c.sunset_on)
    FROM crate c JOIN category k ON k.id = c.category_id
    WHERE c.id = of_crate
$$ LANGUAGE sql;

CREATE PROCEDURE pg_temp.record_writes(writes int, api_statements boolean, seed float8) AS $$
DECLARE
    crates     bigint[] := array(SELECT id FROM crate WHERE slug LIKE 'synthetic-%' ORDER BY id);
    maturities maturity_level[] := enum_range(NULL::maturity_level);
    rings      ring[] := enum_range(NULL::ring);
    started    timestamptz := clock_timestamp();
    written    crate;
    entry      jsonb;
    choice     float8;
    to_change  text;
    texts      crate_i18n[];
    text_row   crate_i18n;
    points     record;
    point_ids  bigint[];
    new_id     bigint;
    point      jsonb;
    translated record;
    k          int;
BEGIN
    PERFORM setseed(seed);
    FOR i IN 1..writes LOOP
        -- the API's lock: every write waits for the one before
        PERFORM set_config('lock_timeout', '5s', true), set_config('statement_timeout', '12s', true);
        PERFORM revision FROM dataset FOR UPDATE;
        new_id := crates[1 + floor(random() * cardinality(crates))::int];
        SELECT * INTO STRICT written FROM crate WHERE id = new_id;
        entry := pg_temp.crate_input(written.id);
        choice := random();
        IF choice < 0.35 THEN
            to_change := 'maturity';
            written.maturity := maturities[1 + (array_position(maturities, written.maturity)
                                                + floor(random() * 3)::int) % 4];
        ELSIF choice < 0.70 THEN
            to_change := 'ring';
            written.ring := rings[1 + (array_position(rings, written.ring) + floor(random() * 3)::int) % 4];
        ELSE
            to_change := CASE WHEN choice < 0.85 THEN 'en' ELSE 'zh' END;
        END IF;
        texts := array(SELECT t FROM crate_i18n t WHERE t.crate_id = written.id ORDER BY t.lang);
        FOR k IN 1..cardinality(texts) LOOP
            IF texts[k].lang = to_change THEN
                texts[k].description := regexp_replace(texts[k].description, ' \[[0-9]+\]$', '')
                                        || ' [' || i || ']';
                texts[k].positioning := regexp_replace(texts[k].positioning, ' \[[0-9]+\]$', '')
                                        || ' [' || i || ']';
            END IF;
        END LOOP;

        IF api_statements THEN
            -- Hibernate's flush of a PATCH: the crate's points removed one statement at a time,
            -- their texts first; new points; the crate; its texts recreated; the points' texts
            SELECT array_agg(p.id ORDER BY p.kind, p.position) AS ids,
                   jsonb_agg(jsonb_build_object('kind', p.kind, 'position', p.position,
                             'texts', (SELECT jsonb_object_agg(x.lang, x.text) FROM crate_point_i18n x
                                       WHERE x.point_id = p.id)) ORDER BY p.kind, p.position) AS kept
            INTO points FROM crate_point p WHERE p.crate_id = written.id;
            FOREACH new_id IN ARRAY points.ids LOOP
                DELETE FROM crate_point_i18n WHERE crate_point_i18n.point_id = new_id;
            END LOOP;
            FOREACH new_id IN ARRAY points.ids LOOP
                DELETE FROM crate_point WHERE id = new_id;
            END LOOP;
            point_ids := '{}';
            FOR point IN SELECT * FROM jsonb_array_elements(points.kept) LOOP
                INSERT INTO crate_point (crate_id, kind, position)
                VALUES (written.id, (point->>'kind')::point_kind, (point->>'position')::smallint)
                RETURNING id INTO new_id;
                point_ids := point_ids || new_id;
            END LOOP;
            UPDATE crate SET category_id = written.category_id, crates_io_name = written.crates_io_name,
                             deprecated_on = written.deprecated_on, maturity = written.maturity,
                             name = written.name, position = written.position,
                             repository_url = written.repository_url, ring = written.ring,
                             slug = written.slug, sunset_on = written.sunset_on,
                             version = written.version + 1
            WHERE id = written.id;
            DELETE FROM crate_i18n WHERE crate_id = written.id;
            FOREACH text_row IN ARRAY texts LOOP
                INSERT INTO crate_i18n (crate_id, lang, qualifier, description, positioning)
                VALUES (written.id, text_row.lang, text_row.qualifier, text_row.description,
                        text_row.positioning);
            END LOOP;
            FOR k IN 1..cardinality(point_ids) LOOP
                FOR translated IN SELECT * FROM jsonb_each_text(points.kept->(k - 1)->'texts') LOOP
                    INSERT INTO crate_point_i18n (point_id, lang, text)
                    VALUES (point_ids[k], translated.key, translated.value);
                END LOOP;
            END LOOP;
        ELSIF to_change IN ('maturity', 'ring') THEN
            UPDATE crate SET maturity = written.maturity, ring = written.ring, version = written.version + 1
            WHERE id = written.id;
        ELSE
            UPDATE crate_i18n t SET description = n.description, positioning = n.positioning
            FROM unnest(texts) n WHERE t.crate_id = n.crate_id AND t.lang = n.lang AND n.lang = to_change;
            UPDATE crate SET version = written.version + 1 WHERE id = written.id;
        END IF;

        INSERT INTO change (revision, occurred_at, actor, entity, slug, operation, before, after)
        SELECT revision, modified_at, 'bench', 'crate', written.slug, 'update', entry,
               pg_temp.crate_input(written.id)
        FROM dataset;
        COMMIT;
        IF i % greatest(writes / 10, 1) = 0 THEN
            RAISE NOTICE '% writes in % s', i, round(extract(epoch FROM clock_timestamp() - started)::numeric, 1);
        END IF;
    END LOOP;
END
$$ LANGUAGE plpgsql;

CALL pg_temp.record_writes(:writes, :'statements' = 'api', :seed);
