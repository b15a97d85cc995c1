-- A write touches several tables, and statement triggers fired once per statement: the dataset
-- revision rose by dozens for one write. It now rises once per transaction that changes the data.

CREATE OR REPLACE FUNCTION bump_dataset_revision() RETURNS trigger AS $$
BEGIN
    IF current_setting('catalog.revision_bumped_by', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE dataset SET revision = revision + 1, modified_at = clock_timestamp();
        PERFORM set_config('catalog.revision_bumped_by', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
