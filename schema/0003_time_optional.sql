-- A back-filled entry may have no clock time: pain.time and completion.time become nullable (NULL: no
-- time given). SQLite cannot relax a NOT NULL, so both tables are rebuilt with their rows, ids, indexes
-- and the roll-up triggers of 0002 kept as they were; the roll-up tables are untouched, their rows stay exact.

CREATE TABLE pain_rebuilt (
  id         INTEGER PRIMARY KEY,
  day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day, '+0 days') IS day),
  time       TEXT CHECK (time IS NULL OR time GLOB '[01][0-9]:[0-5][0-9]' OR time GLOB '2[0-3]:[0-5][0-9]'),
  logged_at  TEXT NOT NULL,
  level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
  note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  action_id  INTEGER REFERENCES action(id) ON DELETE SET NULL
) STRICT;
INSERT INTO pain_rebuilt SELECT id, day, time, logged_at, level, note, action_id FROM pain;
DROP TABLE pain;
ALTER TABLE pain_rebuilt RENAME TO pain;
CREATE INDEX pain_by_day ON pain(day);

CREATE TABLE completion_rebuilt (
  id          INTEGER PRIMARY KEY,
  day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day, '+0 days') IS day),
  time        TEXT CHECK (time IS NULL OR time GLOB '[01][0-9]:[0-5][0-9]' OR time GLOB '2[0-3]:[0-5][0-9]'),
  logged_at   TEXT NOT NULL,
  routine_id  INTEGER NOT NULL REFERENCES routine(id),
  reps        INTEGER CHECK (reps IS NULL OR reps BETWEEN 1 AND 1000),
  minutes     INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
  note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  action_id   INTEGER REFERENCES action(id) ON DELETE SET NULL
) STRICT;
INSERT INTO completion_rebuilt
  SELECT id, day, time, logged_at, routine_id, reps, minutes, note, action_id FROM completion;
DROP TABLE completion;
ALTER TABLE completion_rebuilt RENAME TO completion;
CREATE INDEX completion_by_day ON completion(day);
CREATE INDEX completion_by_routine ON completion(routine_id, day);

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
