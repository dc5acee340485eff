-- backcare schema, version 6: `routine edit` changes the name, kind or dose of a routine of her own (one an
-- import of a CSV file made from its slug, above all), one step of `undo`.
--
-- The action table's list of commands grows: rebuilt as in version 4, rows and ids kept, with foreign keys
-- off during the migration and checked before the commit.

CREATE TABLE action_rebuilt (
  id             INTEGER PRIMARY KEY,
  command        TEXT NOT NULL CHECK (command IN ('pain', 'done', 'config', 'routine-add', 'routine-retire',
                                                  'routine-unretire', 'routine-edit', 'edit', 'delete', 'import')),
  logged_at      TEXT NOT NULL,
  setting_key    TEXT,
  setting_old    TEXT,
  routine_id     INTEGER REFERENCES routine(id)
) STRICT;
INSERT INTO action_rebuilt SELECT id, command, logged_at, setting_key, setting_old, routine_id FROM action;
DROP TABLE action;
ALTER TABLE action_rebuilt RENAME TO action;

-- A routine as it was before a `routine edit` (the action) changed it: undo puts it back. A copy of a row
-- the routine table checked, so no checks of its own.
CREATE TABLE routine_before (
  action  INTEGER PRIMARY KEY REFERENCES action(id) ON DELETE CASCADE,
  name    TEXT NOT NULL,
  kind    TEXT NOT NULL,
  dose    TEXT NOT NULL
) STRICT;
