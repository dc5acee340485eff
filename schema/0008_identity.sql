-- backcare schema, version 8 (issue 28): every row a person can change has a lasting identity and a
-- version, so one diary can live on two devices and a delete can travel between them; and an entry's
-- short id is never given again after a delete.
--
-- A version is a stamp and a device. The stamp is a hybrid logical clock's reading, written
-- 'MMMMMMMMMMMMM-CCCC': wall-clock milliseconds since 1970 (13 digits) and a counter (4 digits), so text
-- order is time order; the diary's clock (meta 'clock') never goes backwards even when the wall clock
-- does. The device is this diary's own random id (meta 'device'), made here, and breaks a tie. Every
-- command that changes a row gives it the command's one stamp and this device.

INSERT INTO meta (key, value) VALUES ('device', lower(hex(randomblob(8))));

-- AUTOINCREMENT needs the entry tables rebuilt (as in version 3: rows, ids, indexes and the roll-up
-- triggers kept). The uuid column's default is a version 4 UUID in lower-case text, written out as an
-- expression (a schema cannot call a function of the program), so every writer gives one without being
-- told; import and merge give the file's own. Existing rows are stamped with the moment they were logged.
CREATE TABLE pain_rebuilt (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day, '+0 days') IS day),
  time       TEXT CHECK (time IS NULL OR time GLOB '[01][0-9]:[0-5][0-9]' OR time GLOB '2[0-3]:[0-5][0-9]'),
  logged_at  TEXT NOT NULL,
  level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
  note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  action_id  INTEGER REFERENCES action(id) ON DELETE SET NULL,
  regions    TEXT NOT NULL DEFAULT '' CHECK (length(regions) <= 400),
  uuid       TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36)
             DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) ||
                            '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) ||
                            '-' || hex(randomblob(6)))),
  stamp      TEXT NOT NULL CHECK (length(stamp) = 18),
  device     TEXT NOT NULL CHECK (length(device) BETWEEN 1 AND 32)
) STRICT;
INSERT INTO pain_rebuilt (id, day, time, logged_at, level, note, action_id, regions, stamp, device)
  SELECT id, day, time, logged_at, level, note, action_id, regions,
         printf('%013d-0000', unixepoch(logged_at) * 1000), (SELECT value FROM meta WHERE key = 'device')
  FROM pain;
DROP TABLE pain;
ALTER TABLE pain_rebuilt RENAME TO pain;
CREATE INDEX pain_by_day ON pain(day);
CREATE INDEX pain_by_action ON pain(action_id);

CREATE TABLE completion_rebuilt (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day, '+0 days') IS day),
  time        TEXT CHECK (time IS NULL OR time GLOB '[01][0-9]:[0-5][0-9]' OR time GLOB '2[0-3]:[0-5][0-9]'),
  logged_at   TEXT NOT NULL,
  routine_id  INTEGER NOT NULL REFERENCES routine(id),
  reps        INTEGER CHECK (reps IS NULL OR reps BETWEEN 1 AND 1000),
  minutes     INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
  note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  action_id   INTEGER REFERENCES action(id) ON DELETE SET NULL,
  uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36)
              DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) ||
                             '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) ||
                             '-' || hex(randomblob(6)))),
  stamp       TEXT NOT NULL CHECK (length(stamp) = 18),
  device      TEXT NOT NULL CHECK (length(device) BETWEEN 1 AND 32)
) STRICT;
INSERT INTO completion_rebuilt (id, day, time, logged_at, routine_id, reps, minutes, note, action_id, stamp, device)
  SELECT id, day, time, logged_at, routine_id, reps, minutes, note, action_id,
         printf('%013d-0000', unixepoch(logged_at) * 1000), (SELECT value FROM meta WHERE key = 'device')
  FROM completion;
DROP TABLE completion;
ALTER TABLE completion_rebuilt RENAME TO completion;
CREATE INDEX completion_by_day ON completion(day);
CREATE INDEX completion_by_routine ON completion(routine_id, day);
CREATE INDEX completion_by_action ON completion(action_id);

CREATE TABLE sign_rebuilt (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day, '+0 days') IS day),
  time       TEXT CHECK (time IS NULL OR time GLOB '[01][0-9]:[0-5][0-9]' OR time GLOB '2[0-3]:[0-5][0-9]'),
  logged_at  TEXT NOT NULL,
  slug       TEXT NOT NULL CHECK (slug IN ('leg-numbness', 'leg-tingling', 'leg-weakness', 'leg-swelling',
                                           'saddle-numbness', 'bladder-bowel')),
  side       TEXT NOT NULL DEFAULT '' CHECK (side IN ('', 'left', 'right', 'both')),
  note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  action_id  INTEGER REFERENCES action(id) ON DELETE SET NULL,
  uuid       TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36)
             DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) ||
                            '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) ||
                            '-' || hex(randomblob(6)))),
  stamp      TEXT NOT NULL CHECK (length(stamp) = 18),
  device     TEXT NOT NULL CHECK (length(device) BETWEEN 1 AND 32),
  CHECK ((side = '') = (slug IN ('saddle-numbness', 'bladder-bowel')))
) STRICT;
INSERT INTO sign_rebuilt (id, day, time, logged_at, slug, side, note, action_id, stamp, device)
  SELECT id, day, time, logged_at, slug, side, note, action_id,
         printf('%013d-0000', unixepoch(logged_at) * 1000), (SELECT value FROM meta WHERE key = 'device')
  FROM sign;
DROP TABLE sign;
ALTER TABLE sign_rebuilt RENAME TO sign;
CREATE INDEX sign_by_day ON sign(day);
CREATE INDEX sign_by_action ON sign(action_id);

-- An entry as it was before a change keeps its identity and version, so an undo brings back the same
-- entry. Those already kept take the UUID of the live entry they were edited from, or a new one when
-- the entry was deleted.
ALTER TABLE pain_before ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE pain_before ADD COLUMN stamp TEXT NOT NULL DEFAULT '';
ALTER TABLE pain_before ADD COLUMN device TEXT NOT NULL DEFAULT '';
ALTER TABLE completion_before ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE completion_before ADD COLUMN stamp TEXT NOT NULL DEFAULT '';
ALTER TABLE completion_before ADD COLUMN device TEXT NOT NULL DEFAULT '';
ALTER TABLE sign_before ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE sign_before ADD COLUMN stamp TEXT NOT NULL DEFAULT '';
ALTER TABLE sign_before ADD COLUMN device TEXT NOT NULL DEFAULT '';
UPDATE pain_before SET uuid = coalesce((SELECT p.uuid FROM pain p WHERE p.id = pain_before.id),
                                       lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
                                             substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
                                             substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
                       stamp = printf('%013d-0000', unixepoch(logged_at) * 1000),
                       device = (SELECT value FROM meta WHERE key = 'device');
UPDATE completion_before SET uuid = coalesce((SELECT c.uuid FROM completion c WHERE c.id = completion_before.id),
                                             lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
                                                   substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
                                                   substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
                             stamp = printf('%013d-0000', unixepoch(logged_at) * 1000),
                             device = (SELECT value FROM meta WHERE key = 'device');
UPDATE sign_before SET uuid = coalesce((SELECT s.uuid FROM sign s WHERE s.id = sign_before.id),
                                       lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
                                             substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
                                             substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
                       stamp = printf('%013d-0000', unixepoch(logged_at) * 1000),
                       device = (SELECT value FROM meta WHERE key = 'device');

-- Above every id ever given: the live rows' and those only an undo step still holds. (The copies above
-- left counters of their own names; one row per table.)
DELETE FROM sqlite_sequence WHERE name IN ('pain', 'completion', 'sign', 'pain_rebuilt', 'completion_rebuilt',
                                           'sign_rebuilt');
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'pain', max(coalesce((SELECT max(id) FROM pain), 0), coalesce((SELECT max(id) FROM pain_before), 0));
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'completion', max(coalesce((SELECT max(id) FROM completion), 0),
                           coalesce((SELECT max(id) FROM completion_before), 0));
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'sign', max(coalesce((SELECT max(id) FROM sign), 0), coalesce((SELECT max(id) FROM sign_before), 0));

-- Her routines are known by their slug and the settings by their key; they carry a version too. Until
-- she changes one it has version zero (the article's routines keep it), so any change made anywhere wins.
ALTER TABLE routine ADD COLUMN stamp TEXT NOT NULL DEFAULT '0000000000000-0000';
ALTER TABLE routine ADD COLUMN device TEXT NOT NULL DEFAULT '';
ALTER TABLE setting ADD COLUMN stamp TEXT NOT NULL DEFAULT '0000000000000-0000';
ALTER TABLE setting ADD COLUMN device TEXT NOT NULL DEFAULT '';

-- What was deleted, with no content: an entry by its UUID, a routine by its slug, a setting by its key.
-- `id` is the entry's short id here (for "p12 was deleted on …"), NULL for one never held here;
-- `deleted_at` when it went here (ISO 8601 UTC); `action` the command that made it, for undo.
CREATE TABLE tombstone (
  kind        TEXT NOT NULL CHECK (kind IN ('pain', 'done', 'sign', 'routine', 'setting')),
  uuid        TEXT NOT NULL,
  id          INTEGER,
  stamp       TEXT NOT NULL CHECK (length(stamp) = 18),
  device      TEXT NOT NULL CHECK (length(device) BETWEEN 1 AND 32),
  deleted_at  TEXT NOT NULL,
  action      INTEGER REFERENCES action(id) ON DELETE SET NULL,
  PRIMARY KEY (kind, uuid)
) STRICT;
CREATE INDEX tombstone_by_id ON tombstone(kind, id);
CREATE INDEX tombstone_by_action ON tombstone(action);

-- What a merge changed besides entries, as it was, so that undo puts it back: a tombstone it replaced,
-- a setting (value NULL: it was unset) and a routine of hers.
CREATE TABLE tombstone_before (
  action      INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  uuid        TEXT NOT NULL,
  id          INTEGER,
  stamp       TEXT NOT NULL,
  device      TEXT NOT NULL,
  deleted_at  TEXT NOT NULL
) STRICT;
CREATE INDEX tombstone_before_by_action ON tombstone_before(action);
CREATE TABLE setting_before (
  action  INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  key     TEXT NOT NULL,
  value   TEXT,
  stamp   TEXT NOT NULL,
  device  TEXT NOT NULL
) STRICT;
CREATE INDEX setting_before_by_action ON setting_before(action);
CREATE TABLE routine_version_before (
  action      INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  routine_id  INTEGER NOT NULL REFERENCES routine(id),
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  dose        TEXT NOT NULL,
  retired     INTEGER NOT NULL,
  stamp       TEXT NOT NULL,
  device      TEXT NOT NULL
) STRICT;
CREATE INDEX routine_version_before_by_action ON routine_version_before(action);

-- The clock starts at the latest stamp given above, so the next change is later than all of them.
INSERT INTO meta (key, value)
  SELECT 'clock', max('0000000000000-0000', coalesce((SELECT max(stamp) FROM pain), ''),
                      coalesce((SELECT max(stamp) FROM completion), ''), coalesce((SELECT max(stamp) FROM sign), ''));

-- The action table's list of commands gains `merge`: rebuilt as in version 4, rows and ids kept.
CREATE TABLE action_rebuilt (
  id             INTEGER PRIMARY KEY,
  command        TEXT NOT NULL CHECK (command IN ('pain', 'done', 'sign', 'config', 'routine-add', 'routine-retire',
                                                  'routine-unretire', 'routine-edit', 'edit', 'delete', 'import',
                                                  'merge')),
  logged_at      TEXT NOT NULL,
  setting_key    TEXT,
  setting_old    TEXT,
  routine_id     INTEGER REFERENCES routine(id)
) STRICT;
INSERT INTO action_rebuilt SELECT id, command, logged_at, setting_key, setting_old, routine_id FROM action;
DROP TABLE action;
ALTER TABLE action_rebuilt RENAME TO action;

-- The roll-up triggers went with the old tables: the same again, word for word.
CREATE TRIGGER pain_day_insert AFTER INSERT ON pain BEGIN
  INSERT INTO pain_day VALUES (NEW.day, 1, NEW.level, NEW.level)
  ON CONFLICT (day) DO UPDATE SET entries = entries + 1, level_sum = level_sum + excluded.level_sum,
                                  level_max = max(level_max, excluded.level_max);
END;

CREATE TRIGGER pain_day_delete AFTER DELETE ON pain BEGIN
  DELETE FROM pain_day WHERE day = OLD.day;
  INSERT INTO pain_day SELECT day, count(*), sum(level), max(level) FROM pain WHERE day = OLD.day GROUP BY day;
END;

CREATE TRIGGER pain_day_update AFTER UPDATE OF day, level ON pain BEGIN
  DELETE FROM pain_day WHERE day IN (OLD.day, NEW.day);
  INSERT INTO pain_day SELECT day, count(*), sum(level), max(level) FROM pain
    WHERE day IN (OLD.day, NEW.day) GROUP BY day;
END;

CREATE TRIGGER done_day_insert AFTER INSERT ON completion BEGIN
  INSERT INTO done_day VALUES (NEW.day, NEW.routine_id, 1)
  ON CONFLICT (day, routine_id) DO UPDATE SET times = times + 1;
END;

CREATE TRIGGER done_day_delete AFTER DELETE ON completion BEGIN
  DELETE FROM done_day WHERE day = OLD.day AND routine_id = OLD.routine_id AND times = 1;
  UPDATE done_day SET times = times - 1 WHERE day = OLD.day AND routine_id = OLD.routine_id;
END;

CREATE TRIGGER done_day_update AFTER UPDATE OF day, routine_id ON completion BEGIN
  DELETE FROM done_day WHERE day = OLD.day AND routine_id = OLD.routine_id AND times = 1;
  UPDATE done_day SET times = times - 1 WHERE day = OLD.day AND routine_id = OLD.routine_id;
  INSERT INTO done_day VALUES (NEW.day, NEW.routine_id, 1)
  ON CONFLICT (day, routine_id) DO UPDATE SET times = times + 1;
END;
