/**
 * The bot's own data — watches, per-server settings, and which knowledge changes were processed and posted
 * where — on SQLite (default: a file under DATA_DIR, no set-up) or PostgreSQL (DATABASE_URL). Every method
 * is one statement or one transaction, so a process killed at any point leaves the last committed state.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { migrate } from './migrate.js';
import { openPostgres } from './postgres.js';
import type { Row, Sql } from './sql.js';
import { type SqliteDriver, SqliteSql } from './sqlite.js';

export interface WatchFilter {
  /** A company id; deals any company of its family is party to. */
  company?: string | undefined;
  kind?: string | undefined;
  /** The headline amount at least this, in rough US dollars. */
  minUsd?: number | undefined;
  status?: string | undefined;
}

export interface Watch extends WatchFilter {
  id: string;
  /** Null for a watch made in a DM (delivered by DM). */
  guildId: string | null;
  channelId: string | null;
  userId: string;
  /** Where posts go: the channel id, or `user:<id>` for a DM watch. */
  target: string;
  /** The language of whoever made it. */
  lang?: string | undefined;
  createdAt: string;
  pausedAt?: string | undefined;
  pausedReason?: string | undefined;
}

export interface ServerSettings {
  guildId: string;
  /** Null: each user's own Discord language. */
  lang: string | null;
  privateAnswers: boolean;
  pictures: boolean;
}

export interface WatchLimits {
  perServer: number;
  perChannel: number;
  /** Per user, for DM watches. */
  perUser: number;
}

export type AddResult =
  | { ok: true; watch: Watch }
  | { ok: false; reason: 'server-limit' | 'channel-limit' | 'user-limit'; limit: number }
  | { ok: false; reason: 'duplicate'; watch: Watch };

export type DeliveryState = 'claimed' | 'posted' | 'failed';

export const dmTarget = (userId: string) => `user:${userId}`;

const storeEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a PostgreSQL URL such as postgres://user:password@host:5432/db')
    .optional(),
  DATA_DIR: z.string().min(1).default('data'),
});

export interface StoreConfig {
  /** Where SQLite's file is (DATA_DIR/bot.sqlite); ignored with a PostgreSQL URL. */
  dataDir: string;
  databaseUrl?: string | undefined;
  sqliteDriver?: SqliteDriver;
}

/** DATABASE_URL and DATA_DIR from the environment; blank counts as unset. Throws with a clear message. */
export function storeConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = storeEnv.safeParse(present);
  if (!parsed.success) {
    // The message names the setting, never its value: a database URL holds a password.
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid settings (see .env.example):\n${lines.join('\n')}`);
  }
  return { dataDir: parsed.data.DATA_DIR, databaseUrl: parsed.data.DATABASE_URL };
}

export function sqlitePath(dataDir: string): string {
  return join(dataDir, 'bot.sqlite');
}

const text = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : String(value);

function watchOf(row: Row): Watch {
  const min = row.min_usd;
  return {
    id: String(row.id),
    guildId: text(row.guild_id) ?? null,
    channelId: text(row.channel_id) ?? null,
    userId: String(row.user_id),
    target: String(row.target),
    company: text(row.company),
    kind: text(row.kind),
    // PostgreSQL returns BIGINT as a string.
    minUsd: min === null || min === undefined ? undefined : Number(min),
    status: text(row.status),
    lang: text(row.lang),
    createdAt: String(row.created_at),
    pausedAt: text(row.paused_at),
    pausedReason: text(row.paused_reason),
  };
}

const WATCH_COLUMNS =
  'id, guild_id, channel_id, user_id, target, company, kind, min_usd, status, lang, created_at, paused_at, paused_reason';

export class Store {
  private constructor(
    readonly sql: Sql,
    /** What it runs on, for the start-up log: never the URL (it may hold a password). */
    readonly description: string,
  ) {}

  /** Opens the database and brings its schema up to date. */
  static async open(config: StoreConfig): Promise<Store> {
    let sql: Sql;
    let description: string;
    if (config.databaseUrl) {
      sql = openPostgres(config.databaseUrl);
      description = 'PostgreSQL';
    } else {
      const path = sqlitePath(config.dataDir);
      const sqlite = SqliteSql.open(path, config.sqliteDriver);
      sql = sqlite;
      description = `SQLite (${sqlite.driver}) at ${path}`;
    }
    try {
      await migrate(sql);
    } catch (error) {
      await sql.close().catch(() => undefined);
      throw error;
    }
    return new Store(sql, description);
  }

  close(): Promise<void> {
    return this.sql.close();
  }

  // -- watches --------------------------------------------------------------------------------------------

  /** Adds a watch unless an identical one exists for the same target or a limit is reached. */
  addWatch(
    place: { guildId: string | null; channelId: string | null; userId: string; lang?: string },
    filter: WatchFilter,
    limits: WatchLimits,
  ): Promise<AddResult> {
    const target = place.guildId === null ? dmTarget(place.userId) : String(place.channelId);
    return this.sql.transaction(async (tx) => {
      const existing = (await tx.all(`SELECT ${WATCH_COLUMNS} FROM watches WHERE target = ?`, [target])).map(
        watchOf,
      );
      const same = existing.find(
        (w) =>
          w.company === filter.company &&
          w.kind === filter.kind &&
          w.minUsd === filter.minUsd &&
          w.status === filter.status,
      );
      if (same) return { ok: false, reason: 'duplicate', watch: same };
      if (place.guildId === null) {
        if (existing.length >= limits.perUser)
          return { ok: false, reason: 'user-limit', limit: limits.perUser };
      } else {
        if (existing.length >= limits.perChannel)
          return { ok: false, reason: 'channel-limit', limit: limits.perChannel };
        const [count] = await tx.all('SELECT COUNT(*) AS n FROM watches WHERE guild_id = ?', [place.guildId]);
        if (Number(count?.n ?? 0) >= limits.perServer)
          return { ok: false, reason: 'server-limit', limit: limits.perServer };
      }
      const watch: Watch = {
        id: randomBytes(6).toString('hex'),
        guildId: place.guildId,
        channelId: place.guildId === null ? null : place.channelId,
        userId: place.userId,
        target,
        ...filter,
        lang: place.lang,
        createdAt: new Date().toISOString(),
      };
      await tx.run(
        `INSERT INTO watches (${WATCH_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
        [
          watch.id,
          watch.guildId,
          watch.channelId,
          watch.userId,
          watch.target,
          filter.company ?? null,
          filter.kind ?? null,
          filter.minUsd ?? null,
          filter.status ?? null,
          place.lang ?? null,
          watch.createdAt,
        ],
      );
      return { ok: true, watch };
    });
  }

  /** A server's watches (every channel), or a user's DM watches. */
  async watchesOf(scope: { guildId: string } | { userId: string }): Promise<Watch[]> {
    const rows =
      'guildId' in scope
        ? await this.sql.all(
            `SELECT ${WATCH_COLUMNS} FROM watches WHERE guild_id = ? ORDER BY created_at, id`,
            [scope.guildId],
          )
        : await this.sql.all(
            `SELECT ${WATCH_COLUMNS} FROM watches WHERE guild_id IS NULL AND user_id = ? ORDER BY created_at, id`,
            [scope.userId],
          );
    return rows.map(watchOf);
  }

  /** Removes one watch of the scope; false when there is none with that id there. */
  async removeWatch(id: string, scope: { guildId: string } | { userId: string }): Promise<boolean> {
    const { changes } =
      'guildId' in scope
        ? await this.sql.run('DELETE FROM watches WHERE id = ? AND guild_id = ?', [id, scope.guildId])
        : await this.sql.run('DELETE FROM watches WHERE id = ? AND guild_id IS NULL AND user_id = ?', [
            id,
            scope.userId,
          ]);
    return changes > 0;
  }

  async activeWatches(): Promise<Watch[]> {
    const rows = await this.sql.all(
      `SELECT ${WATCH_COLUMNS} FROM watches WHERE paused_at IS NULL ORDER BY created_at, id`,
    );
    return rows.map(watchOf);
  }

  /** Pauses every watch posting to `target` (a channel gone or closed to the bot); returns how many. */
  async pauseTarget(target: string, reason: string): Promise<number> {
    const { changes } = await this.sql.run(
      'UPDATE watches SET paused_at = ?, paused_reason = ? WHERE target = ? AND paused_at IS NULL',
      [new Date().toISOString(), reason, target],
    );
    return changes;
  }

  /** Resumes a target's paused watches (someone ran /watch add there again: the bot can post there). */
  async resumeTarget(target: string): Promise<number> {
    const { changes } = await this.sql.run(
      'UPDATE watches SET paused_at = NULL, paused_reason = NULL WHERE target = ? AND paused_at IS NOT NULL',
      [target],
    );
    return changes;
  }

  // -- settings -------------------------------------------------------------------------------------------

  async settings(guildId: string): Promise<ServerSettings | undefined> {
    const [row] = await this.sql.all(
      'SELECT guild_id, lang, private_answers, pictures FROM server_settings WHERE guild_id = ?',
      [guildId],
    );
    if (!row) return undefined;
    return {
      guildId,
      lang: text(row.lang) ?? null,
      privateAnswers: Number(row.private_answers) === 1,
      pictures: Number(row.pictures) === 1,
    };
  }

  async saveSettings(settings: ServerSettings): Promise<void> {
    await this.sql.run(
      `INSERT INTO server_settings (guild_id, lang, private_answers, pictures, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (guild_id) DO UPDATE SET lang = excluded.lang, private_answers = excluded.private_answers,
       pictures = excluded.pictures, updated_at = excluded.updated_at`,
      [
        settings.guildId,
        settings.lang,
        settings.privateAnswers ? 1 : 0,
        settings.pictures ? 1 : 0,
        new Date().toISOString(),
      ],
    );
  }

  // -- knowledge changes and deliveries -------------------------------------------------------------------

  /** Keys of every knowledge change already processed. */
  async knownChanges(): Promise<Set<string>> {
    const rows = await this.sql.all('SELECT change_key FROM kb_changes');
    return new Set(rows.map((r) => String(r.change_key)));
  }

  /** Records changes as processed (those already recorded, by another instance too, are left as they are). */
  async recordChanges(keys: readonly string[], version: string): Promise<void> {
    if (keys.length === 0) return;
    const at = new Date().toISOString();
    await this.sql.transaction(async (tx) => {
      for (const key of keys)
        await tx.run(
          'INSERT INTO kb_changes (change_key, kb_version, seen_at) VALUES (?, ?, ?) ON CONFLICT (change_key) DO NOTHING',
          [key, version, at],
        );
    });
  }

  /**
   * Claims the right to post `key` to `target`: true for exactly one caller, ever, whichever instance it
   * runs in — the database's primary key decides.
   */
  async claim(target: string, key: string): Promise<boolean> {
    const { changes } = await this.sql.run(
      'INSERT INTO deliveries (target, change_key, state, at) VALUES (?, ?, ?, ?) ON CONFLICT (target, change_key) DO NOTHING',
      [target, key, 'claimed', new Date().toISOString()],
    );
    return changes === 1;
  }

  async markDeliveries(target: string, keys: readonly string[], state: DeliveryState): Promise<void> {
    const at = new Date().toISOString();
    await this.sql.transaction(async (tx) => {
      for (const key of keys)
        await tx.run('UPDATE deliveries SET state = ?, at = ? WHERE target = ? AND change_key = ?', [
          state,
          at,
          target,
          key,
        ]);
    });
  }

  async deliveries(target: string): Promise<{ key: string; state: DeliveryState }[]> {
    const rows = await this.sql.all(
      'SELECT change_key, state FROM deliveries WHERE target = ? ORDER BY change_key',
      [target],
    );
    return rows.map((r) => ({ key: String(r.change_key), state: String(r.state) as DeliveryState }));
  }

  async meta(name: string): Promise<string | undefined> {
    const [row] = await this.sql.all('SELECT value FROM store_meta WHERE name = ?', [name]);
    return text(row?.value);
  }

  async setMeta(name: string, value: string): Promise<void> {
    await this.sql.run(
      'INSERT INTO store_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      [name, value],
    );
  }
}
