-- backcare schema, version 4: any entry can be corrected or deleted, a retired routine brought back and an
-- import taken back, each one step of `undo`.
--
-- The action table's list of commands grows, and SQLite cannot change a CHECK in place: the table is
-- rebuilt with its rows and ids. Migrations run with foreign keys off (the documented way to rebuild a
-- parent table), so the entries keep their action_id, and foreign_key_check runs before the commit.

CREATE TABLE action_rebuilt (
  id             INTEGER PRIMARY KEY,
  command        TEXT NOT NULL CHECK (command IN ('pain', 'done', 'config', 'routine-add', 'routine-retire',
                                                  'routine-unretire', 'edit', 'delete', 'import')),
  logged_at      TEXT NOT NULL,
  setting_key    TEXT,
  setting_old    TEXT,
  routine_id     INTEGER REFERENCES routine(id)
) STRICT;
INSERT INTO action_rebuilt SELECT id, command, logged_at, setting_key, setting_old, routine_id FROM action;
DROP TABLE action;
ALTER TABLE action_rebuilt RENAME TO action;

-- An entry as it was before an `edit` or a `delete` (the action) changed it: undo puts it back, id and all.
-- Copies of rows the entry tables checked, so no checks of their own.
CREATE TABLE pain_before (
  action     INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  id         INTEGER NOT NULL,
  day        TEXT NOT NULL,
  time       TEXT,
  logged_at  TEXT NOT NULL,
  level      INTEGER NOT NULL,
  note       TEXT NOT NULL,
  action_id  INTEGER
) STRICT;
CREATE INDEX pain_before_by_action ON pain_before(action);

CREATE TABLE completion_before (
  action      INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  id          INTEGER NOT NULL,
  day         TEXT NOT NULL,
  time        TEXT,
  logged_at   TEXT NOT NULL,
  routine_id  INTEGER NOT NULL,
  reps        INTEGER,
  minutes     INTEGER,
  note        TEXT NOT NULL,
  action_id   INTEGER
) STRICT;
CREATE INDEX completion_before_by_action ON completion_before(action);

-- What an import added beside its entries (those carry its action_id): routines and settings, which undo
-- removes with them.
CREATE TABLE import_added (
  action       INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  routine_id   INTEGER REFERENCES routine(id),
  setting_key  TEXT,
  CHECK ((routine_id IS NULL) <> (setting_key IS NULL))
) STRICT;

-- Undo of a command finds its entries by action_id; without an index every undo would read every entry.
CREATE INDEX pain_by_action ON pain(action_id);
CREATE INDEX completion_by_action ON completion(action_id);
