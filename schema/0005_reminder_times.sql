-- backcare schema, version 5: the settings `morning` and `evening`, the clock times of `plan`'s reminders.
-- SQLite cannot change a CHECK in place, so the table is rebuilt (no other table points at it), rows kept.
CREATE TABLE setting_rebuilt (
  key    TEXT PRIMARY KEY
         CHECK (key IN ('birth-date', 'birth-type', 'cleared-for-exercise', 'day-starts', 'week-start',
                        'morning', 'evening')),
  value  TEXT NOT NULL
) STRICT;
INSERT INTO setting_rebuilt SELECT key, value FROM setting;
DROP TABLE setting;
ALTER TABLE setting_rebuilt RENAME TO setting;
