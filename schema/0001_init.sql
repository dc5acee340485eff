-- backcare schema, version 1. Released migrations are never edited: add 0002_….sql instead.
-- Days are TEXT 'YYYY-MM-DD' (the diary day, after the day-starts shift); times are local 'HH:MM';
-- logged_at is ISO 8601 UTC.

CREATE TABLE routine (
  id        INTEGER PRIMARY KEY,
  slug      TEXT NOT NULL UNIQUE
            CHECK (length(slug) BETWEEN 1 AND 40 AND slug GLOB '[a-z]*' AND slug NOT GLOB '*[^a-z0-9-]*'),
  name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  kind      TEXT NOT NULL CHECK (kind IN ('massage', 'exercise', 'heat', 'other')),
  dose      TEXT NOT NULL DEFAULT '' CHECK (length(dose) <= 80),
  source    TEXT NOT NULL CHECK (source IN ('article', 'user')),
  position  INTEGER NOT NULL,
  retired   INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

-- One row per command that wrote, newest last: what `undo` reverses.
CREATE TABLE action (
  id             INTEGER PRIMARY KEY,
  command        TEXT NOT NULL CHECK (command IN ('pain', 'done', 'config', 'routine-add', 'routine-retire')),
  logged_at      TEXT NOT NULL,
  setting_key    TEXT,
  setting_old    TEXT,
  routine_id     INTEGER REFERENCES routine(id)
) STRICT;

CREATE TABLE pain (
  id         INTEGER PRIMARY KEY,
  day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day, '+0 days') IS day),
  time       TEXT NOT NULL CHECK (time GLOB '[01][0-9]:[0-5][0-9]' OR time GLOB '2[0-3]:[0-5][0-9]'),
  logged_at  TEXT NOT NULL,
  level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
  note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  action_id  INTEGER REFERENCES action(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX pain_by_day ON pain(day);

CREATE TABLE completion (
  id          INTEGER PRIMARY KEY,
  day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day, '+0 days') IS day),
  time        TEXT NOT NULL CHECK (time GLOB '[01][0-9]:[0-5][0-9]' OR time GLOB '2[0-3]:[0-5][0-9]'),
  logged_at   TEXT NOT NULL,
  routine_id  INTEGER NOT NULL REFERENCES routine(id),
  reps        INTEGER CHECK (reps IS NULL OR reps BETWEEN 1 AND 1000),
  minutes     INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
  note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  action_id   INTEGER REFERENCES action(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX completion_by_day ON completion(day);
CREATE INDEX completion_by_routine ON completion(routine_id, day);

CREATE TABLE setting (
  key    TEXT PRIMARY KEY
         CHECK (key IN ('birth-date', 'birth-type', 'cleared-for-exercise', 'day-starts', 'week-start')),
  value  TEXT NOT NULL
) STRICT;

-- Bookkeeping: the hash of the content the routine catalogue was last synced from.
CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) STRICT;
