-- The catalog made faithful to its source document, shared/seed/rust-distributed-ecosystem.zh.md.
--
-- zh texts are the document's own words, with only its markdown marks (**, *, backticks, link
-- syntax) removed; en texts translate them. The mind map (section 10 of the document) is stored
-- whole, as the tree it is; there en is the document's line and zh the translation.
--
-- The helpers below live in pg_temp: they exist only while this migration runs.


-- The document and its title --------------------------------------------------------------------

CREATE TABLE document_i18n (
    lang  text PRIMARY KEY REFERENCES language (code),
    title text NOT NULL
);

INSERT INTO document_i18n (lang, title) VALUES
    ('zh', 'Rust 生态中用于构建分布式系统的开源框架和关键库'),
    ('en', 'Open-source frameworks and key libraries for building distributed systems in the Rust ecosystem');


-- Links: crates.io names and repositories, as each crate's own Cargo manifest gives them -----------

-- The document's lunatic is the Erlang-inspired runtime, published as lunatic-runtime; the crate
-- named lunatic is the library that guest programs use (lunatic-solutions/lunatic-rs).
UPDATE crate SET crates_io_name = 'lunatic-runtime', repository_url = 'https://github.com/lunatic-solutions/lunatic'
WHERE slug = 'lunatic';

-- The Temporal Rust SDK is published as temporalio-sdk, from its own repository.
UPDATE crate SET crates_io_name = 'temporalio-sdk', repository_url = 'https://github.com/temporalio/sdk-rust'
WHERE slug = 'temporal-sdk-rust';


-- Judgements: "事实标准" is the document's word for tokio only -----------------------------------

-- tonic is "首选框架" and "非常成熟和流行": the first choice, and mature, not the de facto standard.
UPDATE crate SET maturity = 'mature' WHERE slug = 'tonic';


-- Texts in the document's own words ---------------------------------------------------------------

-- A qualifier the document writes beside a crate's name, e.g. lunatic's "(Erlang/BEAM风格)".
ALTER TABLE crate_i18n ADD COLUMN qualifier text;

UPDATE crate_i18n t SET
    qualifier = CASE t.lang WHEN 'zh' THEN 'Erlang/BEAM风格' ELSE 'Erlang/BEAM style' END,
    description = CASE t.lang
        WHEN 'zh' THEN '一个受 Erlang 启发的运行时，试图将 Erlang 的轻量级进程、抢占式调度、容错等带到 WebAssembly (Wasm) 和原生环境。'
        ELSE 'An Erlang-inspired runtime that tries to bring Erlang''s lightweight processes, preemptive scheduling, fault tolerance and more to WebAssembly (Wasm) and native environments.'
    END
FROM crate c WHERE c.id = t.crate_id AND c.slug = 'lunatic';

UPDATE crate_i18n t SET description = 'Redis: redis-rs 异步客户端。'
FROM crate c WHERE c.id = t.crate_id AND c.slug = 'redis-rs' AND t.lang = 'zh';

-- "axum 和 actix-web 性能优异" is the document's sentence about those two.
UPDATE crate_point_i18n x SET text = CASE x.lang
        WHEN 'zh' THEN 'axum 和 actix-web 性能优异。'
        ELSE 'axum and actix-web perform excellently.'
    END
FROM crate_point p JOIN crate c ON c.id = p.crate_id
WHERE x.point_id = p.id AND c.slug IN ('axum', 'actix-web') AND p.kind = 'pro'
  AND p.id IN (SELECT point_id FROM crate_point_i18n WHERE lang = 'zh' AND text = '性能优异');

-- The overview keeps its lead-in and the document's punctuation.
UPDATE assessment_point_i18n x SET text = CASE x.lang
        WHEN 'zh' THEN '需要明确一点：相比于 Java (Spring Cloud, Akka, Vert.x) 或 Go (go-micro, go-kit,原生库支持良好)，Rust 在“开箱即用”、“大而全”的分布式系统框架方面，生态系统相对年轻，成熟度不一。'
        ELSE 'One thing needs to be clear: compared with Java (Spring Cloud, Akka, Vert.x) or Go (go-micro, go-kit, with good support in its native libraries), Rust''s ecosystem of "out-of-the-box", "all-in-one" distributed-systems frameworks is relatively young and uneven in maturity.'
    END
FROM assessment_point p WHERE p.id = x.point_id AND p.section = 'overview' AND p.position = 1;


-- Counterparts: an equivalent elsewhere, what Rust lacks, or the platform a crate serves ------------

-- equivalent: the document names it as what to use instead of, or as the analogue of, the crate;
-- lacking: the document names it as what other ecosystems have and Rust lacks;
-- platform: the crate is how Rust works with it.
CREATE TYPE counterpart_role AS ENUM ('equivalent', 'lacking', 'platform');

ALTER TABLE crate_counterpart ALTER COLUMN relation TYPE counterpart_role
    USING (CASE relation WHEN 'alternative' THEN 'equivalent' ELSE relation::text END)::counterpart_role;
-- V2's helper takes the old type, and lives on where Flyway runs every migration in one session
DROP FUNCTION IF EXISTS pg_temp.relate_crate(text, text, counterpart_relation);
DROP TYPE counterpart_relation;
ALTER TYPE counterpart_role RENAME TO counterpart_relation;

-- A category's counterparts carry their relation too, each link an entry of its own.
ALTER TABLE category_counterpart ADD COLUMN relation counterpart_relation NOT NULL DEFAULT 'equivalent'
    CHECK (relation <> 'platform');
ALTER TABLE category_counterpart ALTER COLUMN relation DROP DEFAULT;
ALTER TABLE category_counterpart DROP CONSTRAINT category_counterpart_pkey;
ALTER TABLE category_counterpart ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE category_counterpart ADD UNIQUE (category_id, counterpart_id);

-- The RPC category's note names Go's net/rpc and Java's Dubbo/Thrift as what Rust lacks.
UPDATE category_counterpart SET relation = 'lacking'
WHERE category_id = (SELECT id FROM category WHERE slug = 'rpc');

-- "Go 或 Java + Spring Cloud": the Go ecosystem itself, placed before its frameworks.
UPDATE counterpart SET position = -position WHERE ecosystem <> 'java';
UPDATE counterpart SET position = -position + 1 WHERE position < 0;
INSERT INTO counterpart (slug, name, ecosystem, position)
SELECT 'go', 'Go', 'go', min(position) - 1 FROM counterpart WHERE ecosystem = 'go';

INSERT INTO assessment_point_counterpart (point_id, counterpart_id, position)
SELECT p.id, (SELECT id FROM counterpart WHERE slug = 'go'), 0
FROM assessment_point p JOIN assessment_point_i18n x ON x.point_id = p.id AND x.lang = 'zh'
WHERE x.text LIKE '%Go 或 Java + Spring Cloud%';
-- "Go" is named before "Spring Cloud": renumber from 1
UPDATE assessment_point_counterpart a SET position = -a.position - 1
WHERE a.point_id IN (SELECT point_id FROM assessment_point_counterpart WHERE position = 0);
UPDATE assessment_point_counterpart SET position = -position WHERE position < 0;


-- The mind map ----------------------------------------------------------------------------------

-- Each line of the document's mind map, in order; a line under another is its child.
CREATE TABLE mind_map_node (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- its place in the document's mind map, counted from the root's line 1: the tree's order
    line        smallint NOT NULL UNIQUE CHECK (line > 0),
    parent_id   bigint REFERENCES mind_map_node (id) ON DELETE CASCADE,
    -- names the branches that the assessment serves as its state and takeaways
    branch      text UNIQUE CHECK (branch IN ('state', 'takeaway')),
    -- the category the line stands for
    category_id bigint REFERENCES category (id) ON DELETE SET NULL,
    CHECK ((parent_id IS NULL) = (line = 1))
);

CREATE INDEX mind_map_node_parent_idx ON mind_map_node (parent_id);

CREATE TABLE mind_map_node_i18n (
    node_id bigint NOT NULL REFERENCES mind_map_node (id) ON DELETE CASCADE,
    lang    text   NOT NULL REFERENCES language (code),
    text    text   NOT NULL,
    PRIMARY KEY (node_id, lang)
);

-- The crates a line names. A line under a category line that names a crate of that category is
-- the crate's line: the crate's summary is read from it.
CREATE TABLE mind_map_node_crate (
    node_id  bigint   NOT NULL REFERENCES mind_map_node (id) ON DELETE CASCADE,
    crate_id bigint   NOT NULL REFERENCES crate (id) ON DELETE CASCADE,
    position smallint NOT NULL,
    PRIMARY KEY (node_id, crate_id),
    UNIQUE (node_id, position)
);

CREATE INDEX mind_map_node_crate_crate_idx ON mind_map_node_crate (crate_id);

-- The points of the assessment a line sums up.
CREATE TABLE mind_map_node_assessment_point (
    node_id  bigint   NOT NULL REFERENCES mind_map_node (id) ON DELETE CASCADE,
    point_id bigint   NOT NULL REFERENCES assessment_point (id) ON DELETE CASCADE,
    position smallint NOT NULL,
    PRIMARY KEY (node_id, point_id),
    UNIQUE (node_id, position)
);

DO $$
DECLARE
    catalog_table text;
BEGIN
    FOREACH catalog_table IN ARRAY ARRAY[
        'document_i18n', 'mind_map_node', 'mind_map_node_i18n', 'mind_map_node_crate',
        'mind_map_node_assessment_point']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION bump_dataset_revision()',
                       catalog_table || '_bumps_revision', catalog_table);
    END LOOP;
END
$$;

-- Adds the mind map's line number `line` under line `parent`. Optionally: the branch it is, the
-- category it stands for, the crates it names (slugs) and the assessment points it sums up
-- ('section:position').
CREATE FUNCTION pg_temp.line(line int, parent int, en text, zh text, branch text DEFAULT NULL,
                             category text DEFAULT NULL, crates text[] DEFAULT '{}',
                             points text[] DEFAULT '{}') RETURNS void AS $$
    WITH node AS (
        INSERT INTO mind_map_node (line, parent_id, branch, category_id)
        SELECT line.line, (SELECT id FROM mind_map_node WHERE mind_map_node.line = line.parent), line.branch,
               (SELECT id FROM category WHERE slug = line.category)
        RETURNING id),
    texts AS (
        INSERT INTO mind_map_node_i18n (node_id, lang, text)
        SELECT node.id, t.lang, t.text FROM node, (VALUES ('en', en), ('zh', zh)) t (lang, text)),
    named AS (
        INSERT INTO mind_map_node_crate (node_id, crate_id, position)
        SELECT node.id, c.id, n.position
        FROM node, unnest(crates) WITH ORDINALITY n (slug, position) JOIN crate c ON c.slug = n.slug)
    INSERT INTO mind_map_node_assessment_point (node_id, point_id, position)
    SELECT node.id, p.id, n.position
    FROM node, unnest(points) WITH ORDINALITY n (ref, position)
    JOIN assessment_point p ON p.section = split_part(n.ref, ':', 1)::assessment_section
                           AND p.position = split_part(n.ref, ':', 2)::smallint;
$$ LANGUAGE sql;

SELECT pg_temp.line(1, NULL, 'Rust Distributed Systems Frameworks & Libraries Evaluation', 'Rust 分布式系统框架与库评估');

SELECT pg_temp.line(2, 1, 'State of Ecosystem', '生态现状', branch => 'state');
SELECT pg_temp.line(3, 2, 'Mature Base Libraries (Tokio, Tonic, Sqlx)', '成熟的基础库（Tokio、Tonic、Sqlx）',
    crates => ARRAY['tokio', 'tonic', 'sqlx']);
SELECT pg_temp.line(4, 2, 'Fewer High-Level, All-in-One Frameworks (vs Java/Go)', '高层、一体化框架较少（相比 Java/Go）',
    points => ARRAY['weakness:1']);
SELECT pg_temp.line(5, 2, 'Trend: Composition over large frameworks', '趋势：组合优于大型框架',
    points => ARRAY['trend:1']);
SELECT pg_temp.line(6, 2, 'Strengths: Performance, Reliability, Concurrency', '优势：性能、可靠性、并发',
    points => ARRAY['strength:1', 'strength:2', 'strength:3']);
SELECT pg_temp.line(7, 2, 'Weaknesses: Ecosystem maturity in some areas, learning curve, integration effort',
    '劣势：部分领域的生态成熟度、学习曲线、集成工作量', points => ARRAY['weakness:2', 'weakness:3', 'weakness:4']);

SELECT pg_temp.line(8, 1, 'Key Categories & Crates', '关键类别与库');
SELECT pg_temp.line(9, 8, '1. Foundational Async Runtime', '1. 核心异步运行时', category => 'async-runtime');
SELECT pg_temp.line(10, 9, 'tokio (De facto standard, high performance, rich ecosystem) - ESSENTIAL',
    'tokio（事实标准，高性能，生态丰富）- 必选', crates => ARRAY['tokio']);
SELECT pg_temp.line(11, 8, '2. RPC & Network Communication', '2. RPC 与网络通信', category => 'rpc');
SELECT pg_temp.line(12, 11, 'tonic (gRPC Framework, high performance, type-safe) - RECOMMENDED for gRPC',
    'tonic（gRPC 框架，高性能，类型安全）- 构建 gRPC 时推荐', crates => ARRAY['tonic']);
-- "etc." stands for warp and rocket, which the document evaluates with axum and actix-web
SELECT pg_temp.line(13, 11, 'Web Frameworks (axum, actix-web, etc.) (REST API, simpler comms)',
    'Web 框架（axum、actix-web 等）（REST API，较简单的通信）', crates => ARRAY['axum', 'actix-web', 'warp', 'rocket']);
SELECT pg_temp.line(14, 11, 'Others (Less common general RPC)', '其他（较少见的通用 RPC）');
SELECT pg_temp.line(15, 8, '3. Distributed Consensus', '3. 分布式一致性', category => 'consensus');
SELECT pg_temp.line(16, 15, 'raft-rs (Raft library, needs heavy integration, high complexity) - Use cautiously',
    'raft-rs（Raft 库，需要大量集成，复杂度高）- 谨慎使用', crates => ARRAY['raft-rs']);
SELECT pg_temp.line(17, 8, '4. Distributed Workflow/Orchestration', '4. 分布式工作流/编排', category => 'workflow');
SELECT pg_temp.line(18, 17, 'temporal-sdk-rust (Integrates with Temporal.io platform) - PROMISING, practical',
    'temporal-sdk-rust（与 Temporal.io 平台集成）- 有前景，实用', crates => ARRAY['temporal-sdk-rust']);
SELECT pg_temp.line(19, 8, '5. Actor Frameworks', '5. Actor 框架', category => 'actors');
SELECT pg_temp.line(20, 19, 'actix (High-performance concurrent framework, needs manual distribution)',
    'actix（高性能并发框架，需手动实现分布式）', crates => ARRAY['actix']);
SELECT pg_temp.line(21, 19, 'lunatic (Erlang-inspired, Wasm-focused, experimental)',
    'lunatic（受 Erlang 启发，专注 Wasm，实验性）', crates => ARRAY['lunatic']);
SELECT pg_temp.line(22, 8, '6. Message Queue Clients (Libraries, not Frameworks)', '6. 消息队列客户端（库，而非框架）',
    category => 'message-queues');
SELECT pg_temp.line(23, 22, 'lapin (RabbitMQ/AMQP)', 'lapin（RabbitMQ/AMQP）', crates => ARRAY['lapin']);
SELECT pg_temp.line(24, 22, 'rdkafka (Kafka)', 'rdkafka（Kafka）', crates => ARRAY['rdkafka']);
SELECT pg_temp.line(25, 22, 'async-nats (NATS)', 'async-nats（NATS）', crates => ARRAY['async-nats']);
SELECT pg_temp.line(26, 8, '7. Database Interaction (Libraries)', '7. 数据库交互（库）', category => 'databases');
SELECT pg_temp.line(27, 26, 'sqlx (Async SQL, compile-time checks) - RECOMMENDED', 'sqlx（异步 SQL，编译时检查）- 推荐',
    crates => ARRAY['sqlx']);
SELECT pg_temp.line(28, 26, 'diesel (Sync ORM, async evolving)', 'diesel（同步 ORM，异步支持在发展中）',
    crates => ARRAY['diesel']);
SELECT pg_temp.line(29, 26, 'redis-rs (Redis client)', 'redis-rs（Redis 客户端）', crates => ARRAY['redis-rs']);
SELECT pg_temp.line(30, 8, '8. Cloud Native Integration (Libraries)', '8. 云原生集成（库）', category => 'cloud-native');
SELECT pg_temp.line(31, 30, 'kube-rs (Kubernetes API client) - Essential for K8s operators',
    'kube-rs（Kubernetes API 客户端）- 构建 K8s Operator 必备', crates => ARRAY['kube-rs']);

SELECT pg_temp.line(32, 1, 'Overall Evaluation', '总体评价', branch => 'takeaway');
SELECT pg_temp.line(33, 32, 'Feasible & Performant/Reliable', '可行，且具备高性能和可靠性',
    points => ARRAY['conclusion:1']);
SELECT pg_temp.line(34, 32, 'Requires higher skill & design capability', '需要更高的技术能力和设计能力',
    points => ARRAY['conclusion:3']);
SELECT pg_temp.line(35, 32, 'More integration effort needed than "batteries-included" frameworks',
    '比“全家桶”式框架需要更多集成工作', points => ARRAY['weakness:1', 'weakness:4']);
SELECT pg_temp.line(36, 32, 'Choose based on team skill, performance needs, tolerance for ecosystem gaps',
    '根据团队技能、性能需求以及对生态缺口的容忍度来选择', points => ARRAY['conclusion:4', 'conclusion:5']);
SELECT pg_temp.line(37, 32, 'Ecosystem is rapidly evolving', '生态在快速发展', points => ARRAY['conclusion:5']);


-- One source for each text: the mind map's lines ----------------------------------------------------

-- A crate's summary is its line in the mind map, read from there.
ALTER TABLE crate_i18n DROP COLUMN summary;

-- The assessment's state and takeaways are the mind map's two branches, read from there.
DELETE FROM assessment_point WHERE section IN ('state', 'takeaway');
ALTER TABLE assessment_point ADD CONSTRAINT assessment_point_section_of_the_text
    CHECK (section NOT IN ('state', 'takeaway'));
