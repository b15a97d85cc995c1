-- The curated catalog, from shared/seed/rust-distributed-ecosystem.zh.md.
--
-- zh is the document's own words (markdown emphasis removed); en is a faithful translation.
-- The lines that come from the document's English mind map (crate summaries, the assessment's
-- "state" and "takeaway" points) are the other way round: en is the document's, zh the translation.
-- maturity and ring are curated judgements read off the document; README.md explains each choice.
--
-- The helpers below live in pg_temp: they exist only while this migration runs.

CREATE FUNCTION pg_temp.add_category(slug text, en_name text, zh_name text) RETURNS void AS $$
    INSERT INTO category (slug, position) SELECT add_category.slug, coalesce(max(position), 0) + 1 FROM category;
    INSERT INTO category_i18n (category_id, lang, name)
    SELECT c.id, t.lang, t.name FROM category c, (VALUES ('en', en_name), ('zh', zh_name)) t (lang, name)
    WHERE c.slug = add_category.slug;
$$ LANGUAGE sql;

CREATE FUNCTION pg_temp.describe_category(slug text, lang text, description text, note text, evaluation text)
RETURNS void AS $$
    UPDATE category_i18n t SET description = describe_category.description, note = describe_category.note,
                               evaluation = describe_category.evaluation
    FROM category c WHERE c.id = t.category_id AND c.slug = describe_category.slug AND t.lang = describe_category.lang;
$$ LANGUAGE sql;

CREATE FUNCTION pg_temp.add_crate(slug text, name text, category text, maturity maturity_level, ring ring,
                                  crates_io text, repository text) RETURNS void AS $$
    INSERT INTO crate (slug, name, category_id, position, maturity, ring, crates_io_name, repository_url)
    SELECT add_crate.slug, add_crate.name, c.id,
           (SELECT coalesce(max(position), 0) + 1 FROM crate WHERE category_id = c.id),
           add_crate.maturity, add_crate.ring, crates_io, repository
    FROM category c WHERE c.slug = add_crate.category;
$$ LANGUAGE sql;

CREATE FUNCTION pg_temp.describe_crate(slug text, lang text, description text, positioning text, summary text)
RETURNS void AS $$
    INSERT INTO crate_i18n (crate_id, lang, description, positioning, summary)
    SELECT id, describe_crate.lang, describe_crate.description, describe_crate.positioning, describe_crate.summary
    FROM crate WHERE crate.slug = describe_crate.slug;
$$ LANGUAGE sql;

CREATE FUNCTION pg_temp.add_point(slug text, kind point_kind, zh text, en text) RETURNS void AS $$
    WITH point AS (
        INSERT INTO crate_point (crate_id, kind, position)
        SELECT c.id, add_point.kind,
               (SELECT coalesce(max(p.position), 0) + 1 FROM crate_point p WHERE p.crate_id = c.id AND p.kind = add_point.kind)
        FROM crate c WHERE c.slug = add_point.slug
        RETURNING id)
    INSERT INTO crate_point_i18n (point_id, lang, text)
    SELECT point.id, t.lang, t.text FROM point, (VALUES ('zh', zh), ('en', en)) t (lang, text);
$$ LANGUAGE sql;

CREATE FUNCTION pg_temp.pro(slug text, zh text, en text) RETURNS void AS $$
    SELECT pg_temp.add_point(slug, 'pro', zh, en);
$$ LANGUAGE sql;

CREATE FUNCTION pg_temp.con(slug text, zh text, en text) RETURNS void AS $$
    SELECT pg_temp.add_point(slug, 'con', zh, en);
$$ LANGUAGE sql;

CREATE FUNCTION pg_temp.add_counterpart(slug text, name text, ecosystem ecosystem) RETURNS void AS $$
    INSERT INTO counterpart (slug, name, ecosystem, position)
    SELECT add_counterpart.slug, add_counterpart.name, add_counterpart.ecosystem, coalesce(max(position), 0) + 1
    FROM counterpart;
$$ LANGUAGE sql;

CREATE FUNCTION pg_temp.relate_crate(crate text, counterpart text, relation counterpart_relation)
RETURNS void AS $$
    INSERT INTO crate_counterpart (crate_id, counterpart_id, relation, position)
    SELECT c.id, o.id, relate_crate.relation,
           (SELECT coalesce(max(position), 0) + 1 FROM crate_counterpart WHERE crate_id = c.id)
    FROM crate c, counterpart o WHERE c.slug = relate_crate.crate AND o.slug = relate_crate.counterpart;
$$ LANGUAGE sql;

CREATE FUNCTION pg_temp.relate_category(category text, counterpart text) RETURNS void AS $$
    INSERT INTO category_counterpart (category_id, counterpart_id, position)
    SELECT c.id, o.id, (SELECT coalesce(max(position), 0) + 1 FROM category_counterpart WHERE category_id = c.id)
    FROM category c, counterpart o
    WHERE c.slug = relate_category.category AND o.slug = relate_category.counterpart;
$$ LANGUAGE sql;

-- Adds a point to a section of the assessment; counterparts are the slugs of those it names.
CREATE FUNCTION pg_temp.assess(section assessment_section, zh_title text, zh text, en_title text, en text,
                               counterparts text[] DEFAULT '{}') RETURNS void AS $$
    WITH point AS (
        INSERT INTO assessment_point (section, position)
        SELECT assess.section, coalesce(max(position), 0) + 1 FROM assessment_point p WHERE p.section = assess.section
        RETURNING id),
    texts AS (
        INSERT INTO assessment_point_i18n (point_id, lang, title, text)
        SELECT point.id, t.lang, t.title, t.text
        FROM point, (VALUES ('zh', zh_title, zh), ('en', en_title, en)) t (lang, title, text))
    INSERT INTO assessment_point_counterpart (point_id, counterpart_id, position)
    SELECT point.id, o.id, n.position
    FROM point, unnest(counterparts) WITH ORDINALITY n (slug, position) JOIN counterpart o ON o.slug = n.slug;
$$ LANGUAGE sql;


-- Languages -------------------------------------------------------------------------------------

INSERT INTO language (code, name, position) VALUES
    ('en', 'English', 1),
    ('zh', '中文', 2);


-- Vocabularies ----------------------------------------------------------------------------------

INSERT INTO maturity_level_i18n (level, lang, label, meaning) VALUES
    ('experimental', 'en', 'Experimental',
     'Very new or experimental: its API and stability may still change quickly and it has few production users.'),
    ('experimental', 'zh', '实验性', '非常新或实验性：API 和稳定性可能仍在快速变化，生产环境案例少。'),
    ('emerging', 'en', 'Emerging',
     'Usable and actively developed, but its features or support still lag behind the established options.'),
    ('emerging', 'zh', '新兴', '可用且在积极发展，但特性或支持仍落后于成熟的选项。'),
    ('mature', 'en', 'Mature', 'Proven in production, with a mature ecosystem and documentation.'),
    ('mature', 'zh', '成熟', '经过生产环境验证，生态和文档成熟。'),
    ('standard', 'en', 'Standard',
     'The de-facto standard of its niche: the default choice that most of the ecosystem builds on.'),
    ('standard', 'zh', '事实标准', '所在领域的事实标准：生态中大多数项目默认的选择和基础。');

INSERT INTO ring_i18n (ring, lang, label, meaning) VALUES
    ('adopt', 'en', 'Adopt', 'Use it: the document calls it essential or recommends it for its purpose.'),
    ('adopt', 'zh', '采用', '采用：文档认为它是必选项，或在其用途上推荐它。'),
    ('trial', 'en', 'Trial',
     'Worth using where its trade-offs fit: the document finds it promising, or a standard choice with clear caveats.'),
    ('trial', 'zh', '试用', '在权衡合适时值得使用：文档认为它有前景，或是有明确前提的标准选择。'),
    ('assess', 'en', 'Assess',
     'Worth exploring to understand it, not yet a default: experimental, or in need of substantial work for distributed use.'),
    ('assess', 'zh', '评估', '值得探索了解，但还不是默认选择：实验性，或用于分布式场景需要大量额外工作。'),
    ('hold', 'en', 'Hold',
     'Proceed with caution: the document advises preferring other options in most cases.'),
    ('hold', 'zh', '暂缓', '谨慎使用：文档建议在多数情况下优先选择其他方案。');


-- Counterparts in other ecosystems --------------------------------------------------------------

SELECT pg_temp.add_counterpart('spring-cloud', 'Spring Cloud', 'java');
SELECT pg_temp.add_counterpart('akka', 'Akka', 'java');
SELECT pg_temp.add_counterpart('vertx', 'Vert.x', 'java');
SELECT pg_temp.add_counterpart('dubbo', 'Dubbo', 'java');
SELECT pg_temp.add_counterpart('thrift', 'Thrift', 'java');
SELECT pg_temp.add_counterpart('go-micro', 'go-micro', 'go');
SELECT pg_temp.add_counterpart('go-kit', 'go-kit', 'go');
SELECT pg_temp.add_counterpart('net-rpc', 'net/rpc', 'go');
SELECT pg_temp.add_counterpart('temporal', 'Temporal', 'platform');
SELECT pg_temp.add_counterpart('etcd', 'etcd', 'platform');
SELECT pg_temp.add_counterpart('consul', 'Consul', 'platform');
SELECT pg_temp.add_counterpart('kubernetes', 'Kubernetes', 'platform');


-- 1. Foundational Async Runtime -----------------------------------------------------------------

SELECT pg_temp.add_category('async-runtime', 'Foundational Async Runtime', '核心异步运行时');
SELECT pg_temp.describe_category('async-runtime', 'zh',
    '虽然不是分布式框架本身，但它们是构建一切异步分布式应用的基础。', NULL, NULL);
SELECT pg_temp.describe_category('async-runtime', 'en',
    'Not distributed frameworks themselves, but the foundation on which every asynchronous distributed application is built.',
    NULL, NULL);

SELECT pg_temp.add_crate('tokio', 'tokio', 'async-runtime', 'standard', 'adopt',
    'tokio', 'https://github.com/tokio-rs/tokio');
SELECT pg_temp.describe_crate('tokio', 'zh',
    'Rust 社区的事实标准异步运行时。提供了异步任务调度、网络 IO (TCP/UDP/Unix Domain Sockets)、定时器、同步原语等。',
    '必选项。绝大多数 Rust 分布式系统都构建在 Tokio 之上。',
    '事实标准，高性能，生态丰富 - 必选');
SELECT pg_temp.describe_crate('tokio', 'en',
    'The Rust community''s de facto standard async runtime. Provides asynchronous task scheduling, network I/O (TCP/UDP/Unix domain sockets), timers, synchronisation primitives and more.',
    'Essential. The vast majority of Rust distributed systems are built on Tokio.',
    'De facto standard, high performance, rich ecosystem - ESSENTIAL');
SELECT pg_temp.pro('tokio', '性能极高', 'Extremely high performance');
SELECT pg_temp.pro('tokio', '稳定', 'Stable');
SELECT pg_temp.pro('tokio', '生态系统极其丰富（几乎所有网络相关的库都基于或兼容 Tokio）',
    'An extremely rich ecosystem (almost every networking library is built on or compatible with Tokio)');
SELECT pg_temp.pro('tokio', '社区活跃', 'Active community');
SELECT pg_temp.pro('tokio', '文档完善', 'Thorough documentation');
SELECT pg_temp.con('tokio', '对新手有一定学习曲线。', 'A certain learning curve for newcomers.');


-- 2. RPC & Network Communication ----------------------------------------------------------------

SELECT pg_temp.add_category('rpc', 'RPC & Network Communication', 'RPC 与网络通信');
SELECT pg_temp.describe_category('rpc', 'zh', NULL,
    '其他 RPC (较少见/特定场景): Rust 生态中通用的、非 gRPC 的成熟 RPC 框架相对缺乏，不像 Go 的 net/rpc 或 Java 的 Dubbo/Thrift 实现那样普遍。开发者通常基于 Tokio TCP/UDP 或消息队列构建自定义协议。',
    NULL);
SELECT pg_temp.describe_category('rpc', 'en', NULL,
    'Other RPC (less common / specific scenarios): general-purpose, mature RPC frameworks other than gRPC are relatively scarce in the Rust ecosystem, not as widespread as Go''s net/rpc or Java''s Dubbo/Thrift implementations. Developers usually build custom protocols on Tokio TCP/UDP or on message queues.',
    NULL);
SELECT pg_temp.relate_category('rpc', 'net-rpc');
SELECT pg_temp.relate_category('rpc', 'dubbo');
SELECT pg_temp.relate_category('rpc', 'thrift');

SELECT pg_temp.add_crate('tonic', 'tonic', 'rpc', 'standard', 'adopt',
    'tonic', 'https://github.com/hyperium/tonic');
SELECT pg_temp.describe_crate('tonic', 'zh',
    '一个基于 hyper (HTTP/2) 和 prost (Protobuf) 的高性能 gRPC 框架。',
    'Rust 中构建 gRPC 微服务的首选框架。非常成熟和流行。',
    'gRPC 框架，高性能，类型安全 - 构建 gRPC 时推荐');
SELECT pg_temp.describe_crate('tonic', 'en',
    'A high-performance gRPC framework built on hyper (HTTP/2) and prost (Protobuf).',
    'The first-choice framework for building gRPC microservices in Rust. Very mature and popular.',
    'gRPC Framework, high performance, type-safe - RECOMMENDED for gRPC');
SELECT pg_temp.pro('tonic', '完全异步', 'Fully asynchronous');
SELECT pg_temp.pro('tonic', '性能出色', 'Excellent performance');
SELECT pg_temp.pro('tonic', '类型安全（得益于 Protobuf）', 'Type-safe (thanks to Protobuf)');
SELECT pg_temp.pro('tonic', '与 Tokio 集成良好', 'Integrates well with Tokio');
SELECT pg_temp.pro('tonic', '遵循 gRPC 标准', 'Follows the gRPC standard');
SELECT pg_temp.pro('tonic', '支持双向流、元数据、拦截器等', 'Supports bidirectional streaming, metadata, interceptors and more');
SELECT pg_temp.con('tonic', '强依赖 gRPC 和 Protobuf 生态。', 'Strongly tied to the gRPC and Protobuf ecosystem.');
SELECT pg_temp.con('tonic', '如果需要其他 RPC 协议或序列化格式，需要额外工作或选择其他库。',
    'If another RPC protocol or serialisation format is needed, it takes extra work or a different library.');

-- The document evaluates the web frameworks (axum, actix-web, warp, rocket) together:
-- each carries the group's description, pros, cons and positioning.
SELECT pg_temp.add_crate('axum', 'axum', 'rpc', 'mature', 'trial', 'axum', 'https://github.com/tokio-rs/axum');
SELECT pg_temp.add_crate('actix-web', 'actix-web', 'rpc', 'mature', 'trial', 'actix-web', 'https://github.com/actix/actix-web');
SELECT pg_temp.add_crate('warp', 'warp', 'rpc', 'mature', 'trial', 'warp', 'https://github.com/seanmonstar/warp');
SELECT pg_temp.add_crate('rocket', 'rocket', 'rpc', 'mature', 'trial', 'rocket', 'https://github.com/rwf2/Rocket');

SELECT pg_temp.describe_crate(slug, 'zh',
    '主要用于构建 HTTP API，但在微服务架构中，也可作为服务间通信的一种方式（RESTful API）。',
    '构建 HTTP API 的标准选择。在简单场景下可用于服务间通信，但对于复杂的分布式交互，gRPC (Tonic) 通常更优。',
    'Web 框架：REST API，较简单的通信')
FROM unnest(ARRAY['axum', 'actix-web', 'warp', 'rocket']) slug;
SELECT pg_temp.describe_crate(slug, 'en',
    'Mainly used to build HTTP APIs, but in a microservice architecture it can also serve as one way for services to communicate (RESTful APIs).',
    'The standard choice for building HTTP APIs. Usable for service-to-service communication in simple scenarios, but for complex distributed interactions gRPC (Tonic) is usually better.',
    'Web framework: REST API, simpler comms')
FROM unnest(ARRAY['axum', 'actix-web', 'warp', 'rocket']) slug;
SELECT pg_temp.pro(slug, '生态成熟', 'Mature ecosystem'),
       pg_temp.pro(slug, '文档多', 'Plenty of documentation'),
       pg_temp.pro(slug, '易于上手（相对 gRPC）', 'Easy to get started with (compared with gRPC)'),
       pg_temp.pro(slug, '灵活性高', 'Highly flexible')
FROM unnest(ARRAY['axum', 'actix-web', 'warp', 'rocket']) slug;
-- "axum 和 actix-web 性能优异": said of these two only.
SELECT pg_temp.pro(slug, '性能优异', 'Excellent performance') FROM unnest(ARRAY['axum', 'actix-web']) slug;
SELECT pg_temp.con(slug, 'REST 本身在类型安全、流式处理、协议效率上不如 gRPC。',
           'REST itself is weaker than gRPC in type safety, streaming and protocol efficiency.'),
       pg_temp.con(slug, '需要自行处理服务发现、负载均衡等。',
           'Service discovery, load balancing and the like have to be handled by yourself.')
FROM unnest(ARRAY['axum', 'actix-web', 'warp', 'rocket']) slug;


-- 3. Distributed Consensus ----------------------------------------------------------------------

SELECT pg_temp.add_category('consensus', 'Distributed Consensus', '分布式一致性');

SELECT pg_temp.add_crate('raft-rs', 'raft-rs', 'consensus', 'mature', 'hold',
    'raft', 'https://github.com/tikv/raft-rs');
SELECT pg_temp.describe_crate('raft-rs', 'zh',
    'tikv/raft-rs 是 TiKV 项目提取出的 Raft 共识算法库。提供了 Raft 协议的核心实现。',
    '如果你确实需要自己实现基于 Raft 的分布式系统（如分布式数据库、配置中心），这是一个基础选项。但通常更推荐使用现有的、提供了 Raft 功能的系统（如 etcd, Consul）或托管服务。',
    'Raft 库，需要大量集成，复杂度高 - 谨慎使用');
SELECT pg_temp.describe_crate('raft-rs', 'en',
    'tikv/raft-rs is the Raft consensus algorithm library extracted from the TiKV project. It provides the core implementation of the Raft protocol.',
    'If you really do need to implement a Raft-based distributed system yourself (such as a distributed database or a configuration centre), this is a basic option. But an existing system that provides Raft (such as etcd or Consul), or a managed service, is usually recommended instead.',
    'Raft library, needs heavy integration, high complexity - Use cautiously');
SELECT pg_temp.pro('raft-rs', '经过 TiKV 大规模生产环境验证', 'Proven in large-scale production at TiKV');
SELECT pg_temp.pro('raft-rs', '实现了 Raft 核心逻辑', 'Implements the core logic of Raft');
SELECT pg_temp.con('raft-rs', '是一个库而非框架。', 'It is a library, not a framework.');
SELECT pg_temp.con('raft-rs', '需要开发者自行实现网络层、存储层、状态机应用等大量集成工作。',
    'Developers must build the network layer, the storage layer, state-machine application and much other integration work themselves.');
SELECT pg_temp.con('raft-rs', '对于不熟悉 Raft 细节的开发者来说，使用门槛很高。',
    'For developers unfamiliar with the details of Raft, the barrier to use is very high.');
SELECT pg_temp.con('raft-rs', '社区维护活跃度可能需要关注（核心团队精力可能更侧重 TiKV 本身）。',
    'Community maintenance activity may need watching (the core team''s effort may focus more on TiKV itself).');
SELECT pg_temp.relate_crate('raft-rs', 'etcd', 'alternative');
SELECT pg_temp.relate_crate('raft-rs', 'consul', 'alternative');


-- 4. Distributed Workflow/Orchestration ---------------------------------------------------------

SELECT pg_temp.add_category('workflow', 'Distributed Workflow/Orchestration', '分布式工作流/编排');

-- Its crate is published as a pre-release only, under a name the document does not give: no crates.io link.
SELECT pg_temp.add_crate('temporal-sdk-rust', 'temporal-sdk-rust', 'workflow', 'emerging', 'trial',
    NULL, 'https://github.com/temporalio/sdk-core');
SELECT pg_temp.describe_crate('temporal-sdk-rust', 'zh',
    '用于与 Temporal.io 工作流编排平台交互的官方 Rust SDK。Temporal 本身是一个强大的、用于构建可靠分布式应用的平台。',
    '一个非常有前景且实用的选择，特别是对于需要处理复杂、长时间运行、需要高可靠性的业务流程的应用。它将复杂度转移到了平台层。',
    '与 Temporal.io 平台集成 - 有前景，实用');
SELECT pg_temp.describe_crate('temporal-sdk-rust', 'en',
    'The official Rust SDK for working with the Temporal.io workflow orchestration platform. Temporal itself is a powerful platform for building reliable distributed applications.',
    'A very promising and practical choice, especially for applications that handle complex, long-running business processes that need high reliability. It shifts the complexity to the platform layer.',
    'Integrates with Temporal.io platform - PROMISING, practical');
SELECT pg_temp.pro('temporal-sdk-rust', '将状态管理、重试、持久化、定时器、补偿（Saga）等复杂分布式逻辑委托给成熟的 Temporal 平台。',
    'Delegates complex distributed logic such as state management, retries, persistence, timers and compensation (Saga) to the mature Temporal platform.');
SELECT pg_temp.pro('temporal-sdk-rust', '开发者可以用接近编写本地代码的方式编写可靠的分布式工作流和 Activity。',
    'Developers can write reliable distributed workflows and activities in a way close to writing local code.');
SELECT pg_temp.pro('temporal-sdk-rust', 'Rust SDK 性能好，类型安全。', 'The Rust SDK performs well and is type-safe.');
SELECT pg_temp.con('temporal-sdk-rust', '强依赖 Temporal 平台（需要部署 Temporal Server 或使用其云服务）。',
    'Strongly depends on the Temporal platform (Temporal Server must be deployed, or its cloud service used).');
SELECT pg_temp.con('temporal-sdk-rust', 'Rust SDK 相对于 Go/Java SDK 可能更新稍慢或特性略有滞后（需关注官方支持力度）。',
    'Compared with the Go/Java SDKs, the Rust SDK may be updated a little more slowly or lag slightly in features (keep an eye on the level of official support).');
SELECT pg_temp.relate_crate('temporal-sdk-rust', 'temporal', 'platform');


-- 5. Actor Frameworks ---------------------------------------------------------------------------

SELECT pg_temp.add_category('actors', 'Actor Frameworks', 'Actor 框架');

SELECT pg_temp.add_crate('actix', 'actix', 'actors', 'mature', 'assess', 'actix', 'https://github.com/actix/actix');
SELECT pg_temp.describe_crate('actix', 'zh',
    '一个基于 Actor 模型的并发框架（注意：主要是并发，非内建分布式）。actix-web 构建于其上。',
    '强大的单机并发框架。可以用作构建分布式节点的基础，但需要大量额外工作来实现分布式能力。',
    '高性能并发框架，需手动实现分布式');
SELECT pg_temp.describe_crate('actix', 'en',
    'A concurrency framework based on the actor model (note: mainly concurrency, not built-in distribution). actix-web is built on top of it.',
    'A powerful single-machine concurrency framework. It can serve as a base for building distributed nodes, but distribution takes a lot of extra work.',
    'High-performance concurrent framework, needs manual distribution');
SELECT pg_temp.pro('actix', '性能极高', 'Extremely high performance');
SELECT pg_temp.pro('actix', 'Actor 模型提供了一种管理状态和并发的范式。',
    'The actor model offers a paradigm for managing state and concurrency.');
SELECT pg_temp.con('actix', '主要面向单节点并发。', 'Aimed mainly at single-node concurrency.');
SELECT pg_temp.con('actix', '实现跨节点分布式 Actor 需要额外构建网络通信、Actor 发现、位置透明性等，框架本身不直接提供这些。',
    'Distributed actors across nodes require building network communication, actor discovery, location transparency and more on top; the framework itself does not provide them.');
SELECT pg_temp.con('actix', '学习曲线陡峭，其内部实现（一些 unsafe 和宏）可能不易理解和调试。',
    'A steep learning curve; its internals (some unsafe code and macros) can be hard to understand and debug.');

SELECT pg_temp.add_crate('lunatic', 'lunatic', 'actors', 'experimental', 'assess',
    'lunatic', 'https://github.com/lunatic-solutions/lunatic');
SELECT pg_temp.describe_crate('lunatic', 'zh',
    'Erlang/BEAM 风格。一个受 Erlang 启发的运行时，试图将 Erlang 的轻量级进程、抢占式调度、容错等带到 WebAssembly (Wasm) 和原生环境。',
    '前沿探索性项目，暂不适合需要稳定性的生产环境。',
    '受 Erlang 启发，专注 Wasm，实验性');
SELECT pg_temp.describe_crate('lunatic', 'en',
    'Erlang/BEAM style. An Erlang-inspired runtime that tries to bring Erlang''s lightweight processes, preemptive scheduling, fault tolerance and more to WebAssembly (Wasm) and native environments.',
    'A frontier, exploratory project; not yet suitable for production environments that need stability.',
    'Erlang-inspired, Wasm-focused, experimental');
SELECT pg_temp.pro('lunatic', '理念先进，提供了类似 Erlang 的容错和并发模型。',
    'Advanced ideas: it offers an Erlang-like model of fault tolerance and concurrency.');
SELECT pg_temp.pro('lunatic', '基于 Wasm 有潜力实现跨平台和安全沙箱。',
    'Being based on Wasm, it has the potential for cross-platform support and secure sandboxing.');
SELECT pg_temp.con('lunatic', '非常新，实验性强', 'Very new and highly experimental');
SELECT pg_temp.con('lunatic', '生态系统小', 'A small ecosystem');
SELECT pg_temp.con('lunatic', '生产环境案例少', 'Few production use cases');
SELECT pg_temp.con('lunatic', 'API 和稳定性可能仍在快速变化。', 'Its API and stability may still be changing quickly.');


-- 6. Message Queue Clients ----------------------------------------------------------------------

SELECT pg_temp.add_category('message-queues', 'Message Queue Clients', '消息队列客户端');
SELECT pg_temp.describe_category('message-queues', 'zh',
    '这些是库，不是框架，但对于构建分布式系统至关重要。', NULL,
    '这些客户端库通常质量不错，紧随各自的消息系统特性更新。是实现服务间异步通信和解耦的关键组件。');
SELECT pg_temp.describe_category('message-queues', 'en',
    'These are libraries, not frameworks, but they are crucial for building distributed systems.', NULL,
    'These client libraries are generally of good quality and keep up with the features of their messaging systems. They are key components for asynchronous communication and decoupling between services.');

SELECT pg_temp.add_crate('lapin', 'lapin', 'message-queues', 'mature', 'adopt', 'lapin', 'https://github.com/amqp-rs/lapin');
SELECT pg_temp.describe_crate('lapin', 'zh', '用于 RabbitMQ (AMQP) 的异步客户端。', NULL, 'RabbitMQ/AMQP');
SELECT pg_temp.describe_crate('lapin', 'en', 'An asynchronous client for RabbitMQ (AMQP).', NULL, 'RabbitMQ/AMQP');

SELECT pg_temp.add_crate('rdkafka', 'rdkafka', 'message-queues', 'mature', 'adopt',
    'rdkafka', 'https://github.com/fede1024/rust-rdkafka');
SELECT pg_temp.describe_crate('rdkafka', 'zh', '基于 librdkafka 的 Kafka 客户端，功能全面，性能好。', NULL, 'Kafka');
SELECT pg_temp.describe_crate('rdkafka', 'en',
    'A Kafka client based on librdkafka; full-featured, with good performance.', NULL, 'Kafka');

SELECT pg_temp.add_crate('async-nats', 'async-nats', 'message-queues', 'mature', 'adopt',
    'async-nats', 'https://github.com/nats-io/nats.rs');
SELECT pg_temp.describe_crate('async-nats', 'zh', '用于 NATS 和 NATS JetStream 的客户端。', NULL, 'NATS');
SELECT pg_temp.describe_crate('async-nats', 'en', 'A client for NATS and NATS JetStream.', NULL, 'NATS');


-- 7. Database Interaction -----------------------------------------------------------------------

SELECT pg_temp.add_category('databases', 'Database Interaction', '数据库交互');
SELECT pg_temp.describe_category('databases', 'zh', NULL, NULL,
    'Rust 与主流数据库的交互库比较成熟，特别是 sqlx 在异步场景下表现出色。');
SELECT pg_temp.describe_category('databases', 'en', NULL, NULL,
    'Rust''s libraries for working with mainstream databases are fairly mature; sqlx in particular excels in asynchronous scenarios.');

SELECT pg_temp.add_crate('sqlx', 'sqlx', 'databases', 'mature', 'adopt', 'sqlx', 'https://github.com/launchbadge/sqlx');
SELECT pg_temp.describe_crate('sqlx', 'zh',
    '纯 Rust、异步 SQL 工具包，支持 PostgreSQL, MySQL, SQLite，编译时检查 SQL。', '推荐。',
    '异步 SQL，编译时检查 - 推荐');
SELECT pg_temp.describe_crate('sqlx', 'en',
    'A pure-Rust, asynchronous SQL toolkit supporting PostgreSQL, MySQL and SQLite, with SQL checked at compile time.',
    'Recommended.', 'Async SQL, compile-time checks - RECOMMENDED');

SELECT pg_temp.add_crate('diesel', 'diesel', 'databases', 'mature', 'trial', 'diesel', 'https://github.com/diesel-rs/diesel');
SELECT pg_temp.describe_crate('diesel', 'zh', '流行的同步 ORM，异步支持仍在发展中。', NULL, '同步 ORM，异步支持在发展中');
SELECT pg_temp.describe_crate('diesel', 'en',
    'A popular synchronous ORM; its async support is still evolving.', NULL, 'Sync ORM, async evolving');

SELECT pg_temp.add_crate('redis-rs', 'redis-rs', 'databases', 'mature', 'trial', 'redis', 'https://github.com/redis-rs/redis-rs');
SELECT pg_temp.describe_crate('redis-rs', 'zh', 'Redis：redis-rs 异步客户端。', NULL, 'Redis 客户端');
SELECT pg_temp.describe_crate('redis-rs', 'en', 'Redis: the redis-rs asynchronous client.', NULL, 'Redis client');


-- 8. Cloud Native Integration -------------------------------------------------------------------

SELECT pg_temp.add_category('cloud-native', 'Cloud Native Integration', '云原生集成');
SELECT pg_temp.describe_category('cloud-native', 'zh', NULL, NULL,
    '对于需要在 Kubernetes 环境下运行和交互的分布式系统，kube-rs 是一个强大的工具。');
SELECT pg_temp.describe_category('cloud-native', 'en', NULL, NULL,
    'For distributed systems that need to run in and interact with a Kubernetes environment, kube-rs is a powerful tool.');

SELECT pg_temp.add_crate('kube-rs', 'kube-rs', 'cloud-native', 'mature', 'adopt', 'kube', 'https://github.com/kube-rs/kube');
SELECT pg_temp.describe_crate('kube-rs', 'zh',
    '用于与 Kubernetes API 交互的库，是构建 Kubernetes Operator 或 Controller 的基础。', NULL,
    'Kubernetes API 客户端 - 构建 K8s Operator 必备');
SELECT pg_temp.describe_crate('kube-rs', 'en',
    'A library for interacting with the Kubernetes API; the foundation for building Kubernetes operators or controllers.',
    NULL, 'Kubernetes API client - Essential for K8s operators');
SELECT pg_temp.relate_crate('kube-rs', 'kubernetes', 'platform');


-- 9. The overall assessment ---------------------------------------------------------------------

SELECT pg_temp.assess('overview', NULL,
    '相比于 Java (Spring Cloud, Akka, Vert.x) 或 Go (go-micro, go-kit, 原生库支持良好)，Rust 在“开箱即用”、“大而全”的分布式系统框架方面，生态系统相对年轻，成熟度不一。',
    NULL,
    'Compared with Java (Spring Cloud, Akka, Vert.x) or Go (go-micro, go-kit, with good support in its native libraries), Rust''s ecosystem of "out-of-the-box", "all-in-one" distributed-systems frameworks is relatively young and uneven in maturity.',
    ARRAY['spring-cloud', 'akka', 'vertx', 'go-micro', 'go-kit']);
SELECT pg_temp.assess('overview', NULL,
    'Rust 社区更倾向于提供高质量、模块化的基础库，开发者通常需要组合这些库来构建自己的分布式系统，而不是依赖一个单一的、包罗万象的框架。',
    NULL,
    'The Rust community prefers to provide high-quality, modular foundational libraries; developers usually need to combine these libraries to build their own distributed systems, rather than rely on a single, all-encompassing framework.');

SELECT pg_temp.assess('strength', '性能', '基于 Rust 构建的分布式系统通常能获得极高的性能和资源利用率。',
    'Performance', 'Distributed systems built with Rust usually achieve very high performance and resource utilisation.');
SELECT pg_temp.assess('strength', '可靠性', 'Rust 的内存安全和强类型系统能在编译期消除大量潜在错误，有助于构建更健壮的系统。',
    'Reliability', 'Rust''s memory safety and strong type system eliminate many potential errors at compile time, which helps to build more robust systems.');
SELECT pg_temp.assess('strength', '并发', 'tokio 提供了世界一流的异步并发基础。',
    'Concurrency', 'tokio provides a world-class foundation for asynchronous concurrency.');
SELECT pg_temp.assess('strength', '底层控制', 'Rust 允许开发者对系统行为进行精细控制。',
    'Low-level control', 'Rust lets developers control the behaviour of the system in fine detail.');

SELECT pg_temp.assess('weakness', '缺乏“全家桶”框架',
    '没有像 Spring Cloud 那样提供服务发现、配置管理、负载均衡、熔断、网关等一系列开箱即用组件的统一框架。开发者需要自行选择和集成各个库。',
    'No "batteries-included" framework',
    'There is no unified framework like Spring Cloud that provides a set of out-of-the-box components such as service discovery, configuration management, load balancing, circuit breaking and gateways. Developers have to choose and integrate the individual libraries themselves.',
    ARRAY['spring-cloud']);
SELECT pg_temp.assess('weakness', '生态成熟度不均',
    '基础库（如 tokio, tonic, sqlx, MQ 客户端）非常成熟，但更上层的、抽象的分布式原语库（如通用的分布式锁、配置中心客户端、服务发现库）相对较少或不够成熟。',
    'Uneven ecosystem maturity',
    'The foundational libraries (such as tokio, tonic, sqlx and the MQ clients) are very mature, but higher-level, abstract libraries of distributed primitives (such as general-purpose distributed locks, configuration-centre clients and service-discovery libraries) are relatively few or not mature enough.');
SELECT pg_temp.assess('weakness', '学习曲线',
    'Rust 本身以及其异步生态有一定学习门槛。组合各种库需要对分布式系统原理有较深理解。',
    'Learning curve',
    'Rust itself and its async ecosystem have a certain barrier to entry. Combining the various libraries requires a deep understanding of the principles of distributed systems.');
SELECT pg_temp.assess('weakness', '开发效率',
    '相对于 Go 或 Java + Spring Cloud，在没有统一框架的情况下，构建一个功能完备的分布式系统可能需要编写更多的“胶水代码”和进行更多的集成工作，初期开发效率可能较低。',
    'Development efficiency',
    'Compared with Go or Java + Spring Cloud, without a unified framework, building a fully featured distributed system may take more "glue code" and more integration work, so development efficiency may be lower at first.',
    ARRAY['spring-cloud']);

SELECT pg_temp.assess('trend', '组合优于框架',
    'Rust 社区目前的主流做法是提供高质量的基础构建块，开发者根据需求灵活组合。',
    'Composition over frameworks',
    'The Rust community''s mainstream approach today is to provide high-quality basic building blocks that developers combine flexibly as they need.');
SELECT pg_temp.assess('trend', '借鉴与集成',
    '积极集成成熟的外部平台（如 Temporal, Kubernetes）或协议（如 gRPC）。',
    'Borrowing and integration',
    'Actively integrating mature external platforms (such as Temporal and Kubernetes) or protocols (such as gRPC).',
    ARRAY['temporal', 'kubernetes']);
SELECT pg_temp.assess('trend', 'WebAssembly (Wasm)',
    'Wasm 在分布式系统中的应用（如 lunatic）是一个值得关注的前沿方向。',
    'WebAssembly (Wasm)',
    'The use of Wasm in distributed systems (such as lunatic) is a frontier direction worth watching.');

SELECT pg_temp.assess('conclusion', NULL, '在 Rust 中构建分布式系统是完全可行且具有性能和可靠性优势的。',
    NULL, 'Building distributed systems in Rust is entirely feasible and brings advantages in performance and reliability.');
SELECT pg_temp.assess('conclusion', NULL, 'tokio 和 tonic 等提供了坚实的基础。',
    NULL, 'tokio, tonic and others provide a solid foundation.');
SELECT pg_temp.assess('conclusion', NULL,
    '但开发者需要有更高的技术能力和系统设计能力，能够自行组合和集成各种基础库，并准备好应对生态系统中某些领域（特别是高层抽象框架）相对不成熟的现状。',
    NULL,
    'But developers need greater technical and system-design ability: they must be able to combine and integrate the various foundational libraries themselves, and be ready to cope with the relative immaturity of some areas of the ecosystem (especially high-level abstraction frameworks).');
SELECT pg_temp.assess('conclusion', NULL,
    '对于追求快速搭建完整微服务体系的团队，或者对生态完整度要求极高的场景，Go 或 Java + Spring Cloud 目前可能仍是更低门槛的选择。',
    NULL,
    'For teams that want to stand up a complete microservice architecture quickly, or for scenarios that demand a very complete ecosystem, Go or Java + Spring Cloud may still be the lower-barrier choice for now.',
    ARRAY['spring-cloud']);
SELECT pg_temp.assess('conclusion', NULL,
    '但如果追求极致性能、可靠性，并且愿意投入学习和集成成本，Rust 是一个非常有吸引力的选项，并且其生态在快速发展中。',
    NULL,
    'But if you are after the utmost performance and reliability, and are willing to invest in learning and integration, Rust is a very attractive option, and its ecosystem is developing fast.');
SELECT pg_temp.assess('conclusion', NULL,
    '特别是像 temporal-sdk-rust 这样的项目，通过集成外部平台，有效降低了在 Rust 中构建复杂可靠分布式应用的门槛。',
    NULL,
    'Projects such as temporal-sdk-rust in particular, by integrating external platforms, effectively lower the barrier to building complex, reliable distributed applications in Rust.');

-- The mind map's "State of Ecosystem" and "Overall Evaluation" branches (the document's English).
SELECT pg_temp.assess('state', NULL, '成熟的基础库（Tokio、Tonic、Sqlx）', NULL, 'Mature Base Libraries (Tokio, Tonic, Sqlx)');
SELECT pg_temp.assess('state', NULL, '高层、一体化框架较少（相比 Java/Go）', NULL, 'Fewer High-Level, All-in-One Frameworks (vs Java/Go)');
SELECT pg_temp.assess('state', NULL, '趋势：组合优于大型框架', NULL, 'Trend: Composition over large frameworks');
SELECT pg_temp.assess('state', NULL, '优势：性能、可靠性、并发', NULL, 'Strengths: Performance, Reliability, Concurrency');
SELECT pg_temp.assess('state', NULL, '劣势：部分领域的生态成熟度、学习曲线、集成工作量', NULL,
    'Weaknesses: Ecosystem maturity in some areas, learning curve, integration effort');

SELECT pg_temp.assess('takeaway', NULL, '可行，且具备高性能和可靠性', NULL, 'Feasible & Performant/Reliable');
SELECT pg_temp.assess('takeaway', NULL, '需要更高的技术能力和设计能力', NULL, 'Requires higher skill & design capability');
SELECT pg_temp.assess('takeaway', NULL, '比“全家桶”式框架需要更多集成工作', NULL,
    'More integration effort needed than "batteries-included" frameworks');
SELECT pg_temp.assess('takeaway', NULL, '根据团队技能、性能需求以及对生态缺口的容忍度来选择', NULL,
    'Choose based on team skill, performance needs, tolerance for ecosystem gaps');
SELECT pg_temp.assess('takeaway', NULL, '生态在快速发展', NULL, 'Ecosystem is rapidly evolving');
