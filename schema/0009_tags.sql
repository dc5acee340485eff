-- backcare schema, version 9 (issue 29): what else went on that day, as tags. A tag is a slug of
-- a-z, 0-9 and '-', 1 to 24 characters: one of the starter tags (content/tags.toml) or one of her own.
-- There is no table of tags: a tag of her own is known while a day or an entry carries it, so two
-- devices never have a catalogue of tags to reconcile.

-- The tags a pain entry or a routine done was logged with (`pain 6 --tag lifting`): space-separated, in
-- the order given, '' for none (the form the CSV's `tags` column holds). The code checks each slug.
ALTER TABLE pain ADD COLUMN tags TEXT NOT NULL DEFAULT '' CHECK (length(tags) <= 250);
ALTER TABLE pain_before ADD COLUMN tags TEXT NOT NULL DEFAULT '';
ALTER TABLE completion ADD COLUMN tags TEXT NOT NULL DEFAULT '' CHECK (length(tags) <= 250);
ALTER TABLE completion_before ADD COLUMN tags TEXT NOT NULL DEFAULT '';

-- A day's tag (`backcare tag lifting --date 2026-12-03`): an entry of its own, with a short id (t12),
-- an identity and a version like any other, so it can be deleted, undone and merged. `time` is when it
-- was tagged for a day logged live, NULL when back-filled without one.
CREATE TABLE day_tag (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day, '+0 days') IS day),
  time       TEXT CHECK (time IS NULL OR time GLOB '[01][0-9]:[0-5][0-9]' OR time GLOB '2[0-3]:[0-5][0-9]'),
  logged_at  TEXT NOT NULL,
  slug       TEXT NOT NULL CHECK (length(slug) BETWEEN 1 AND 24 AND slug NOT GLOB '*[^a-z0-9-]*'),
  action_id  INTEGER REFERENCES action(id) ON DELETE SET NULL,
  uuid       TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36)
             DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) ||
                            '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) ||
                            '-' || hex(randomblob(6)))),
  stamp      TEXT NOT NULL CHECK (length(stamp) = 18),
  device     TEXT NOT NULL CHECK (length(device) BETWEEN 1 AND 32)
) STRICT;
CREATE INDEX day_tag_by_day ON day_tag(day, slug);
CREATE INDEX day_tag_by_action ON day_tag(action_id);

-- A day's tag as it was before a delete, an untag or a merge changed it, as pain_before (schema 4).
CREATE TABLE day_tag_before (
  action     INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  id         INTEGER NOT NULL,
  day        TEXT NOT NULL,
  time       TEXT,
  logged_at  TEXT NOT NULL,
  slug       TEXT NOT NULL,
  action_id  INTEGER,
  uuid       TEXT NOT NULL,
  stamp      TEXT NOT NULL,
  device     TEXT NOT NULL
) STRICT;
CREATE INDEX day_tag_before_by_action ON day_tag_before(action);

-- A tombstone may name a day's tag: rebuilt with the kind added (as in version 4, rows kept).
CREATE TABLE tombstone_rebuilt (
  kind        TEXT NOT NULL CHECK (kind IN ('pain', 'done', 'sign', 'tag', 'routine', 'setting')),
  uuid        TEXT NOT NULL,
  id          INTEGER,
  stamp       TEXT NOT NULL CHECK (length(stamp) = 18),
  device      TEXT NOT NULL CHECK (length(device) BETWEEN 1 AND 32),
  deleted_at  TEXT NOT NULL,
  action      INTEGER REFERENCES action(id) ON DELETE SET NULL,
  PRIMARY KEY (kind, uuid)
) STRICT;
INSERT INTO tombstone_rebuilt SELECT kind, uuid, id, stamp, device, deleted_at, action FROM tombstone;
DROP TABLE tombstone;
ALTER TABLE tombstone_rebuilt RENAME TO tombstone;
CREATE INDEX tombstone_by_id ON tombstone(kind, id);
CREATE INDEX tombstone_by_action ON tombstone(action);

-- The action table's list of commands gains `tag` and `untag`: rebuilt as in version 4, rows and ids kept.
CREATE TABLE action_rebuilt (
  id             INTEGER PRIMARY KEY,
  command        TEXT NOT NULL CHECK (command IN ('pain', 'done', 'sign', 'config', 'routine-add', 'routine-retire',
                                                  'routine-unretire', 'routine-edit', 'edit', 'delete', 'import',
                                                  'merge', 'tag', 'untag')),
  logged_at      TEXT NOT NULL,
  setting_key    TEXT,
  setting_old    TEXT,
  routine_id     INTEGER REFERENCES routine(id)
) STRICT;
INSERT INTO action_rebuilt SELECT id, command, logged_at, setting_key, setting_old, routine_id FROM action;
DROP TABLE action;
ALTER TABLE action_rebuilt RENAME TO action;
