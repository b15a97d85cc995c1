-- The dataset's revision: a number that every change to the catalog's data increases, in the same
-- transaction as the change, and when that happened. HTTP validators (ETag, Last-Modified) derive
-- from it.

CREATE TABLE dataset (
    singleton   boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    revision    bigint      NOT NULL,
    modified_at timestamptz NOT NULL
);

INSERT INTO dataset (revision, modified_at) VALUES (1, now());

CREATE FUNCTION bump_dataset_revision() RETURNS trigger AS $$
BEGIN
    UPDATE dataset SET revision = revision + 1, modified_at = clock_timestamp();
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DO $$
DECLARE
    catalog_table text;
BEGIN
    FOREACH catalog_table IN ARRAY ARRAY[
        'language', 'maturity_level_i18n', 'ring_i18n', 'category', 'category_i18n', 'crate', 'crate_i18n',
        'crate_point', 'crate_point_i18n', 'counterpart', 'crate_counterpart', 'category_counterpart',
        'assessment_point', 'assessment_point_i18n', 'assessment_point_counterpart']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION bump_dataset_revision()',
                       catalog_table || '_bumps_revision', catalog_table);
    END LOOP;
END
$$;
