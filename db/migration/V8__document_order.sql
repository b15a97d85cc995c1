-- The crate list's default order is the document's: categories in order, crates in order within
-- each. Each crate carries its category's position, so that one index holds that order and a page
-- is read from it, at any depth (WHERE (category_position, position, id) > the last one seen),
-- without sorting the crates that match.

ALTER TABLE crate ADD COLUMN category_position smallint;
UPDATE crate c SET category_position = k.position FROM category k WHERE k.id = c.category_id;
ALTER TABLE crate ALTER COLUMN category_position SET NOT NULL;

CREATE FUNCTION crate_take_category_position() RETURNS trigger AS $$
BEGIN
    NEW.category_position := (SELECT position FROM category WHERE id = NEW.category_id);
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER crate_category_position
    BEFORE INSERT OR UPDATE OF category_id ON crate
    FOR EACH ROW EXECUTE FUNCTION crate_take_category_position();

CREATE FUNCTION category_pass_position_to_crates() RETURNS trigger AS $$
BEGIN
    UPDATE crate SET category_position = NEW.position WHERE category_id = NEW.id;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER category_position_to_crates
    AFTER UPDATE OF position ON category
    FOR EACH ROW WHEN (OLD.position IS DISTINCT FROM NEW.position)
    EXECUTE FUNCTION category_pass_position_to_crates();

-- maturity and ring ride along, so that the filters are checked without visiting the table
CREATE INDEX crate_document_order_idx ON crate (category_position, position, id) INCLUDE (maturity, ring);
