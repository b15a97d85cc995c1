-- Fills the catalog with synthetic crates up to :target in all (psql -v target=100000), for
-- bench/scale.sh: spread over every category, maturity and ring, with texts of the curated
-- crates' lengths in both languages, three pros and two cons each. Synthetic crates are named
-- synthetic-NNNNNN; running it again only adds what is missing. A category holds at most 32,767
-- crates (positions are smallint): beyond 20,000 crates a category on average, synthetic
-- categories are added. The records (crate_document) are assembled once at the end, not again
-- after each of the statements that fill their tables.

\set ON_ERROR_STOP on
BEGIN;
SET LOCAL session_replication_role = replica;

INSERT INTO category (slug, position)
SELECT 'synthetic-category-' || n, (SELECT max(position) FROM category) + n
FROM generate_series(1, ceil(:target / 20000.0)::int - (SELECT count(*) FROM category)) AS n;
INSERT INTO category_i18n (category_id, lang, name)
SELECT k.id, l.code, CASE l.code WHEN 'zh' THEN '合成类别 ' ELSE 'Synthetic category ' END || substr(k.slug, 20)
FROM category k CROSS JOIN language l
WHERE k.slug LIKE 'synthetic-category-%'
  AND NOT EXISTS (SELECT 1 FROM category_i18n x WHERE x.category_id = k.id AND x.lang = l.code);

CREATE TEMP TABLE words (position int, en text, zh text) ON COMMIT DROP;
INSERT INTO words SELECT row_number() OVER (), en, zh FROM (VALUES
    ('async', '异步'), ('runtime', '运行时'), ('consensus', '共识'), ('replication', '复制'),
    ('stream', '流'), ('protocol', '协议'), ('cluster', '集群'), ('actor', 'Actor'),
    ('queue', '队列'), ('storage', '存储'), ('network', '网络'), ('client', '客户端'),
    ('scheduler', '调度器'), ('gossip', 'Gossip'), ('sharding', '分片'), ('tracing', '追踪'),
    ('metrics', '指标'), ('workflow', '工作流'), ('transaction', '事务'), ('snapshot', '快照')
) AS w (en, zh);

CREATE TEMP TABLE new_crate ON COMMIT DROP AS
WITH categories AS (
    SELECT array_agg(id ORDER BY position) AS ids, array_agg(position ORDER BY position) AS positions,
           count(*) AS n
    FROM category),
numbered AS (
    SELECT i,
           'synthetic-' || lpad(i::text, 6, '0') AS slug,
           k.ids[1 + i % k.n] AS category_id,
           k.positions[1 + i % k.n] AS category_position,
           -- every maturity and ring all along each category, in turn
           (enum_range(NULL::maturity_level))[1 + (i / k.n) % 4] AS maturity,
           (enum_range(NULL::ring))[1 + (i / (4 * k.n)) % 4] AS ring
    FROM categories k, generate_series(
             (SELECT count(*) FROM crate WHERE slug LIKE 'synthetic-%') + 1,
             :target - (SELECT count(*) FROM crate WHERE slug NOT LIKE 'synthetic-%')) AS i)
-- after the crates of its category, in the order made
SELECT n.*, greatest(coalesce(last.position, 0), 99)
            + row_number() OVER (PARTITION BY n.category_id ORDER BY n.i) AS position
FROM numbered n
LEFT JOIN (SELECT category_id, max(position) AS position FROM crate GROUP BY category_id) last
    ON last.category_id = n.category_id;

-- with the category's position, which a trigger would copy
INSERT INTO crate (slug, name, category_id, category_position, position, maturity, ring, crates_io_name, repository_url)
SELECT slug, slug, category_id, category_position, position, maturity, ring, slug, 'https://example.org/' || slug
FROM new_crate;

-- a word of the crate's text: the k-th one chosen for crate i
CREATE TEMP TABLE crate_words ON COMMIT DROP AS
SELECT c.id, n.i, k, w.en, w.zh
FROM new_crate n JOIN crate c ON c.slug = n.slug CROSS JOIN generate_series(1, 12) AS k
JOIN words w ON w.position = 1 + (n.i * 7 + k * 13) % 20;

INSERT INTO crate_i18n (crate_id, lang, description, positioning)
SELECT id,
       'en',
       'A ' || string_agg(en, ' ' ORDER BY k) FILTER (WHERE k <= 6)
           || ' library for distributed systems, with a focus on reliability and predictable latency under load.',
       'Useful where ' || string_agg(en, ' and ' ORDER BY k) FILTER (WHERE k > 6 AND k <= 9)
           || ' matter; weigh its maturity against the alternatives before adopting it.'
FROM crate_words GROUP BY id
UNION ALL
SELECT id,
       'zh',
       '一个面向分布式系统的' || string_agg(zh, '、' ORDER BY k) FILTER (WHERE k <= 6) || '库，注重可靠性和负载下可预测的延迟。',
       '适用于需要' || string_agg(zh, '和' ORDER BY k) FILTER (WHERE k > 6 AND k <= 9) || '的场景；采用前请与其他选项比较成熟度。'
FROM crate_words GROUP BY id;

INSERT INTO crate_point (crate_id, kind, position)
SELECT c.id, p.kind, p.position
FROM new_crate n JOIN crate c ON c.slug = n.slug,
     (VALUES ('pro'::point_kind, 1), ('pro', 2), ('pro', 3), ('con', 1), ('con', 2)) AS p (kind, position);

INSERT INTO crate_point_i18n (point_id, lang, text)
SELECT p.id, 'en', initcap(w.en) || ' handling that ' || CASE p.kind WHEN 'pro' THEN 'works well in production' ELSE 'still needs care' END
FROM crate_point p JOIN crate c ON c.id = p.crate_id AND c.slug LIKE 'synthetic-%'
JOIN words w ON w.position = 1 + (p.id * 3 + p.position) % 20
WHERE NOT EXISTS (SELECT 1 FROM crate_point_i18n t WHERE t.point_id = p.id)
UNION ALL
SELECT p.id, 'zh', w.zh || CASE p.kind WHEN 'pro' THEN '处理在生产环境中表现良好' ELSE '处理仍需注意' END
FROM crate_point p JOIN crate c ON c.id = p.crate_id AND c.slug LIKE 'synthetic-%'
JOIN words w ON w.position = 1 + (p.id * 3 + p.position) % 20
WHERE NOT EXISTS (SELECT 1 FROM crate_point_i18n t WHERE t.point_id = p.id);

SET LOCAL session_replication_role = origin;
DO $$ BEGIN
    PERFORM refresh_crate_documents(array(
        SELECT c.id FROM crate c WHERE NOT EXISTS (SELECT 1 FROM crate_document d WHERE d.crate_id = c.id)));
END $$;
-- a statement that changes nothing still raises the dataset's revision, as a write would
UPDATE crate SET name = name WHERE false;

COMMIT;
VACUUM ANALYZE;
