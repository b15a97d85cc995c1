-- Other instances keep the current revision in memory: every transaction that changes the data
-- tells them the new one when it commits.

CREATE OR REPLACE FUNCTION bump_dataset_revision() RETURNS trigger AS $$
DECLARE
    new_revision bigint;
BEGIN
    IF current_setting('catalog.revision_bumped_by', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE dataset SET revision = revision + 1, modified_at = clock_timestamp()
        RETURNING revision INTO new_revision;
        PERFORM set_config('catalog.revision_bumped_by', txid_current()::text, true);
        PERFORM pg_notify('catalog_revision', new_revision::text);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
