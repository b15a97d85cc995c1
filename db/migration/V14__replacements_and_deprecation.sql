-- What to prefer to a crate, and when a crate is on its way out.
--
-- A replacement names a crate of the catalog or a counterpart (a platform, another ecosystem's
-- system) that the document prefers to the crate, with the reason in every language; one that names
-- neither says only why the crate is to be avoided (lunatic: not yet for production). A crate can
-- be deprecated from a date, with a sunset date after which it is gone: its answers then carry the
-- Deprecation (RFC 9745) and Sunset (RFC 8594) header fields. Dependency checks read crates by their
-- crates.io name, hence its index.

ALTER TABLE crate
    ADD COLUMN deprecated_on date,
    ADD COLUMN sunset_on date,
    ADD CONSTRAINT crate_sunset_after_deprecation
        CHECK (sunset_on IS NULL OR (deprecated_on IS NOT NULL AND sunset_on >= deprecated_on));

CREATE INDEX crate_crates_io_name_idx ON crate (crates_io_name);

CREATE TABLE crate_replacement (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    crate_id             bigint   NOT NULL REFERENCES crate (id) ON DELETE CASCADE,
    position             smallint NOT NULL,
    -- what to prefer: a crate of the catalog, or a counterpart, or (neither) nothing named
    replacement_crate_id bigint REFERENCES crate (id) ON DELETE CASCADE,
    counterpart_id       bigint REFERENCES counterpart (id),
    CHECK (replacement_crate_id IS NULL OR counterpart_id IS NULL),
    CHECK (replacement_crate_id IS DISTINCT FROM crate_id),
    UNIQUE (crate_id, position)
);

CREATE INDEX crate_replacement_target_idx ON crate_replacement (replacement_crate_id);

CREATE TABLE crate_replacement_i18n (
    replacement_id bigint NOT NULL REFERENCES crate_replacement (id) ON DELETE CASCADE,
    lang           text   NOT NULL REFERENCES language (code),
    reason         text   NOT NULL,
    PRIMARY KEY (replacement_id, lang)
);

CREATE TRIGGER crate_replacement_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON crate_replacement FOR EACH STATEMENT EXECUTE FUNCTION bump_dataset_revision();
CREATE TRIGGER crate_replacement_i18n_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON crate_replacement_i18n FOR EACH STATEMENT EXECUTE FUNCTION bump_dataset_revision();

CREATE FUNCTION pg_temp.prefer(slug text, crate text, counterpart text, zh text, en text) RETURNS void AS $$
    WITH replacement AS (
        INSERT INTO crate_replacement (crate_id, position, replacement_crate_id, counterpart_id)
        SELECT c.id,
               (SELECT coalesce(max(r.position), 0) + 1 FROM crate_replacement r WHERE r.crate_id = c.id),
               (SELECT id FROM crate WHERE crate.slug = prefer.crate),
               (SELECT id FROM counterpart WHERE counterpart.slug = prefer.counterpart)
        FROM crate c WHERE c.slug = prefer.slug
        RETURNING id)
    INSERT INTO crate_replacement_i18n (replacement_id, lang, reason)
    SELECT replacement.id, t.lang, t.reason FROM replacement, (VALUES ('zh', zh), ('en', en)) t (lang, reason);
$$ LANGUAGE sql;

-- raft-rs, 定位: "但通常更推荐使用现有的、提供了 Raft 功能的系统（如 etcd, Consul）或托管服务。"
SELECT pg_temp.prefer('raft-rs', NULL, system,
    '通常更推荐使用现有的、提供了 Raft 功能的系统（如 etcd, Consul）或托管服务。',
    'An existing system that provides Raft (such as etcd or Consul), or a managed service, is usually recommended instead.')
FROM unnest(ARRAY['etcd', 'consul']) system;

-- The web frameworks, 定位: "对于复杂的分布式交互，gRPC (Tonic) 通常更优。"
SELECT pg_temp.prefer(slug, 'tonic', NULL,
    '对于复杂的分布式交互，gRPC (Tonic) 通常更优。',
    'For complex distributed interactions, gRPC (Tonic) is usually better.')
FROM unnest(ARRAY['axum', 'actix-web', 'warp', 'rocket']) slug;

-- lunatic, 定位: the document names nothing in its place, only why not to use it in production.
SELECT pg_temp.prefer('lunatic', NULL, NULL,
    '前沿探索性项目，暂不适合需要稳定性的生产环境。',
    'A frontier, exploratory project; not yet suitable for production environments that need stability.');
