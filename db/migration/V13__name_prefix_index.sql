-- A search text shorter than a trigram (q of one or two characters) is looked for at the start of
-- names, and the names found are listed in their order: this index holds the lower-cased names in
-- bytewise order, which serves both, where the trigram indexes would read every text.

CREATE INDEX crate_name_prefix_idx ON crate ((lower(name) COLLATE "C"));
