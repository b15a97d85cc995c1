-- When the curated data was loaded, kept apart from the dataset's last change: an entry that no
-- write has changed since carries this date (in the tech-radar exports), whatever was written to
-- other entries later. On a database that already has writes, Flyway's record of the seed
-- migration tells when that was.

ALTER TABLE dataset ADD COLUMN seeded_at timestamptz;

UPDATE dataset SET seeded_at = coalesce(
    (SELECT installed_on FROM "${flyway:table}" WHERE version = '2' AND success), modified_at);

ALTER TABLE dataset ALTER COLUMN seeded_at SET NOT NULL;
