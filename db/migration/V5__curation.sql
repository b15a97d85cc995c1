-- Curation through the API: every crate and category carries a version that each write to it
-- increases, and every write is recorded, with its author, the dataset revision it produced and
-- the entry before and after, in the same transaction as the write.

ALTER TABLE category ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE crate ADD COLUMN version integer NOT NULL DEFAULT 1;

CREATE TYPE change_operation AS ENUM ('create', 'update', 'delete');

CREATE TABLE change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revision    bigint           NOT NULL,
    occurred_at timestamptz      NOT NULL DEFAULT clock_timestamp(),
    actor       text             NOT NULL,
    entity      text             NOT NULL CHECK (entity IN ('crate', 'category')),
    slug        text             NOT NULL,
    operation   change_operation NOT NULL,
    -- the entry as the write API represents it; NULL before a create and after a delete
    before      jsonb,
    after       jsonb
);

CREATE INDEX change_revision_idx ON change (revision);
CREATE INDEX change_entry_idx ON change (entity, slug, id);
