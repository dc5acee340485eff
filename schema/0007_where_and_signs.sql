-- backcare schema, version 7 (issue 27): where it hurts, the signs recorded beside pain, and the anaesthetic
-- at the birth, which the red-flag rules read (clinical notes sections 3 and 6).

-- Where a pain entry hurt: its regions as "slug" or "slug:side", space-separated, in the order given
-- (the form the CSV's `where` column holds); '' when not said. The code checks each against content/.
ALTER TABLE pain ADD COLUMN regions TEXT NOT NULL DEFAULT '' CHECK (length(regions) <= 400);
ALTER TABLE pain_before ADD COLUMN regions TEXT NOT NULL DEFAULT '';

-- A sign, recorded as what it is, not as pain. A leg sign has a side; the others have none ('').
CREATE TABLE sign (
  id         INTEGER PRIMARY KEY,
  day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day, '+0 days') IS day),
  time       TEXT CHECK (time IS NULL OR time GLOB '[01][0-9]:[0-5][0-9]' OR time GLOB '2[0-3]:[0-5][0-9]'),
  logged_at  TEXT NOT NULL,
  slug       TEXT NOT NULL CHECK (slug IN ('leg-numbness', 'leg-tingling', 'leg-weakness', 'leg-swelling',
                                           'saddle-numbness', 'bladder-bowel')),
  side       TEXT NOT NULL DEFAULT '' CHECK (side IN ('', 'left', 'right', 'both')),
  note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  action_id  INTEGER REFERENCES action(id) ON DELETE SET NULL,
  CHECK ((side = '') = (slug IN ('saddle-numbness', 'bladder-bowel')))
) STRICT;
CREATE INDEX sign_by_day ON sign(day);
CREATE INDEX sign_by_action ON sign(action_id);

-- A sign as it was before an `edit` or a `delete` changed it, as pain_before (schema 4).
CREATE TABLE sign_before (
  action     INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  id         INTEGER NOT NULL,
  day        TEXT NOT NULL,
  time       TEXT,
  logged_at  TEXT NOT NULL,
  slug       TEXT NOT NULL,
  side       TEXT NOT NULL,
  note       TEXT NOT NULL,
  action_id  INTEGER
) STRICT;
CREATE INDEX sign_before_by_action ON sign_before(action);

-- The action table's list of commands gains `sign`: rebuilt as in version 4, rows and ids kept, with
-- foreign keys off during the migration and checked before the commit.
CREATE TABLE action_rebuilt (
  id             INTEGER PRIMARY KEY,
  command        TEXT NOT NULL CHECK (command IN ('pain', 'done', 'sign', 'config', 'routine-add', 'routine-retire',
                                                  'routine-unretire', 'routine-edit', 'edit', 'delete', 'import')),
  logged_at      TEXT NOT NULL,
  setting_key    TEXT,
  setting_old    TEXT,
  routine_id     INTEGER REFERENCES routine(id)
) STRICT;
INSERT INTO action_rebuilt SELECT id, command, logged_at, setting_key, setting_old, routine_id FROM action;
DROP TABLE action;
ALTER TABLE action_rebuilt RENAME TO action;

-- The setting `anaesthesia`. SQLite cannot change a CHECK in place, so the table is rebuilt (no other
-- table points at it), rows kept.
CREATE TABLE setting_rebuilt (
  key    TEXT PRIMARY KEY
         CHECK (key IN ('birth-date', 'birth-type', 'cleared-for-exercise', 'day-starts', 'week-start',
                        'morning', 'evening', 'anaesthesia')),
  value  TEXT NOT NULL
) STRICT;
INSERT INTO setting_rebuilt SELECT key, value FROM setting;
DROP TABLE setting;
ALTER TABLE setting_rebuilt RENAME TO setting;
