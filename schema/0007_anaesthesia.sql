-- backcare schema, version 7: the setting `anaesthesia`, the anaesthetic at the birth, which the red flags
-- read (clinical notes section 6.2: new leg numbness or weakness after an epidural or spinal).
-- SQLite cannot change a CHECK in place, so the table is rebuilt (no other table points at it), rows kept.
CREATE TABLE setting_rebuilt (
  key    TEXT PRIMARY KEY
         CHECK (key IN ('birth-date', 'birth-type', 'cleared-for-exercise', 'day-starts', 'week-start',
                        'morning', 'evening', 'anaesthesia')),
  value  TEXT NOT NULL
) STRICT;
INSERT INTO setting_rebuilt SELECT key, value FROM setting;
DROP TABLE setting;
ALTER TABLE setting_rebuilt RENAME TO setting;
