-- backcare schema, version 2: daily roll-ups, so reports over years read a row per day instead of every
-- entry. Triggers keep them exact in the transaction that writes or deletes an entry (commands, import,
-- undo alike); the roll-ups are never written directly.

CREATE TABLE pain_day (
  day        TEXT PRIMARY KEY,
  entries    INTEGER NOT NULL CHECK (entries > 0),
  level_sum  INTEGER NOT NULL,
  level_max  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE done_day (
  day         TEXT NOT NULL,
  routine_id  INTEGER NOT NULL,
  times       INTEGER NOT NULL CHECK (times > 0),
  PRIMARY KEY (day, routine_id)
) STRICT, WITHOUT ROWID;

INSERT INTO pain_day SELECT day, count(*), sum(level), max(level) FROM pain GROUP BY day;
INSERT INTO done_day SELECT day, routine_id, count(*) FROM completion GROUP BY day, routine_id;

CREATE TRIGGER pain_day_insert AFTER INSERT ON pain BEGIN
  INSERT INTO pain_day VALUES (NEW.day, 1, NEW.level, NEW.level)
  ON CONFLICT (day) DO UPDATE SET entries = entries + 1, level_sum = level_sum + excluded.level_sum,
                                  level_max = max(level_max, excluded.level_max);
END;

-- The maximum cannot be taken back by arithmetic: the day is summed again from its own entries.
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
