-- The catalog schema.
--
-- Every human-readable text lives in a *_i18n table keyed by language, so serving a third language
-- is an INSERT into language and the *_i18n tables, never a migration.

CREATE TABLE language (
    code     text PRIMARY KEY CHECK (code ~ '^[a-z]{2,3}$'),
    name     text     NOT NULL,
    position smallint NOT NULL UNIQUE
);

-- Ordered scales: PostgreSQL compares and sorts enum values in declaration order,
-- so "at least mature" is maturity >= 'mature'.
CREATE TYPE maturity_level AS ENUM ('experimental', 'emerging', 'mature', 'standard');
CREATE TYPE ring AS ENUM ('adopt', 'trial', 'assess', 'hold');

CREATE TABLE maturity_level_i18n (
    level   maturity_level NOT NULL,
    lang    text NOT NULL REFERENCES language (code),
    label   text NOT NULL,
    meaning text NOT NULL,
    PRIMARY KEY (level, lang)
);

CREATE TABLE ring_i18n (
    ring    ring NOT NULL,
    lang    text NOT NULL REFERENCES language (code),
    label   text NOT NULL,
    meaning text NOT NULL,
    PRIMARY KEY (ring, lang)
);

CREATE TABLE category (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug     text     NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position smallint NOT NULL UNIQUE
);

CREATE TABLE category_i18n (
    category_id bigint NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    lang        text   NOT NULL REFERENCES language (code),
    name        text   NOT NULL,
    -- the document's introduction to the category, where it has one
    description text,
    -- remarks on the category as a whole, e.g. what the ecosystem lacks in it
    note        text,
    -- the document's evaluation of the category's crates as a group
    evaluation  text,
    PRIMARY KEY (category_id, lang)
);

CREATE TABLE crate (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug           text           NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- the name the document uses, e.g. redis-rs
    name           text           NOT NULL,
    category_id    bigint         NOT NULL REFERENCES category (id),
    position       smallint       NOT NULL,
    maturity       maturity_level NOT NULL,
    ring           ring           NOT NULL,
    -- the name it is published under on crates.io (redis-rs is `redis`); NULL where not certain
    crates_io_name text,
    repository_url text CHECK (repository_url ~ '^https://'),
    UNIQUE (category_id, position)
);

CREATE INDEX crate_category_idx ON crate (category_id);
CREATE INDEX crate_maturity_idx ON crate (maturity);
CREATE INDEX crate_ring_idx ON crate (ring);

CREATE TABLE crate_i18n (
    crate_id    bigint NOT NULL REFERENCES crate (id) ON DELETE CASCADE,
    lang        text   NOT NULL REFERENCES language (code),
    description text   NOT NULL,
    -- the document's "定位" (positioning) statement
    positioning text,
    -- the crate's line in the document's mind map
    summary     text,
    PRIMARY KEY (crate_id, lang)
);

CREATE TYPE point_kind AS ENUM ('pro', 'con');

CREATE TABLE crate_point (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    crate_id bigint     NOT NULL REFERENCES crate (id) ON DELETE CASCADE,
    kind     point_kind NOT NULL,
    position smallint   NOT NULL,
    UNIQUE (crate_id, kind, position)
);

CREATE TABLE crate_point_i18n (
    point_id bigint NOT NULL REFERENCES crate_point (id) ON DELETE CASCADE,
    lang     text   NOT NULL REFERENCES language (code),
    text     text   NOT NULL,
    PRIMARY KEY (point_id, lang)
);

-- Frameworks and platforms of other ecosystems that the document measures Rust against.
CREATE TYPE ecosystem AS ENUM ('java', 'go', 'platform');

CREATE TABLE counterpart (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug      text      NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name      text      NOT NULL,
    ecosystem ecosystem NOT NULL,
    position  smallint  NOT NULL UNIQUE
);

-- alternative: the document points to it instead of, or as the analogue of, the crate;
-- platform: the crate is how Rust works with it.
CREATE TYPE counterpart_relation AS ENUM ('alternative', 'platform');

CREATE TABLE crate_counterpart (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    crate_id       bigint               NOT NULL REFERENCES crate (id) ON DELETE CASCADE,
    counterpart_id bigint               NOT NULL REFERENCES counterpart (id),
    relation       counterpart_relation NOT NULL,
    position       smallint             NOT NULL,
    UNIQUE (crate_id, counterpart_id),
    UNIQUE (crate_id, position)
);

-- Counterparts that the category's note names as the other ecosystems' analogues.
CREATE TABLE category_counterpart (
    category_id    bigint   NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    counterpart_id bigint   NOT NULL REFERENCES counterpart (id),
    position       smallint NOT NULL,
    PRIMARY KEY (category_id, counterpart_id),
    UNIQUE (category_id, position)
);

-- The document's overall assessment of the ecosystem, section by section.
-- overview: its opening comparison; state and takeaway: the "State of Ecosystem" and
-- "Overall Evaluation" branches of its mind map.
CREATE TYPE assessment_section AS ENUM ('overview', 'strength', 'weakness', 'trend', 'conclusion', 'state', 'takeaway');

CREATE TABLE assessment_point (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section  assessment_section NOT NULL,
    position smallint           NOT NULL,
    UNIQUE (section, position)
);

CREATE TABLE assessment_point_i18n (
    point_id bigint NOT NULL REFERENCES assessment_point (id) ON DELETE CASCADE,
    lang     text   NOT NULL REFERENCES language (code),
    title    text,
    text     text   NOT NULL,
    PRIMARY KEY (point_id, lang)
);

-- Counterparts that an assessment point names.
CREATE TABLE assessment_point_counterpart (
    point_id       bigint   NOT NULL REFERENCES assessment_point (id) ON DELETE CASCADE,
    counterpart_id bigint   NOT NULL REFERENCES counterpart (id),
    position       smallint NOT NULL,
    PRIMARY KEY (point_id, counterpart_id),
    UNIQUE (point_id, position)
);
