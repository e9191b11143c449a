-- Watches, server settings, and what was posted: the first version of the bot's own data.
-- Written in the SQL that SQLite and PostgreSQL share; times are ISO-8601 text (UTC).

-- Per-server settings (/settings). lang NULL: each user's own Discord language.
CREATE TABLE server_settings (
  guild_id TEXT PRIMARY KEY,
  lang TEXT,
  private_answers INTEGER NOT NULL DEFAULT 0,
  pictures INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL
);

-- One /watch add. target is where posts go: the channel id, or 'user:<id>' for a DM watch.
CREATE TABLE watches (
  id TEXT PRIMARY KEY,
  guild_id TEXT,
  channel_id TEXT,
  user_id TEXT NOT NULL,
  target TEXT NOT NULL,
  company TEXT,
  kind TEXT,
  min_usd BIGINT,
  status TEXT,
  -- The language of whoever made it: posts use it when the server set none (and for DM watches).
  lang TEXT,
  created_at TEXT NOT NULL,
  paused_at TEXT,
  paused_reason TEXT
);
CREATE INDEX watches_target ON watches (target);
CREATE INDEX watches_guild ON watches (guild_id);
CREATE INDEX watches_user ON watches (user_id);

-- Every knowledge change already processed (a deal added, a status step added), by its key, so that a
-- restart on a newer knowledge base finds exactly what is new since the last one processed.
CREATE TABLE kb_changes (
  change_key TEXT PRIMARY KEY,
  kb_version TEXT NOT NULL,
  seen_at TEXT NOT NULL
);

-- One row per change posted (or being posted) to one target: the primary key is what makes a post happen
-- once, across restarts and across instances. state: claimed, posted, failed.
CREATE TABLE deliveries (
  target TEXT NOT NULL,
  change_key TEXT NOT NULL,
  state TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (target, change_key)
);

-- Small facts about the store itself (the knowledge version processed last, when the first baseline was).
CREATE TABLE store_meta (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
