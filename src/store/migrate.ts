/**
 * Versioned migrations from migrations/NNN_name.sql (in the repository, shipped with the bot), applied in
 * order at start, each in its own transaction with its version recorded, so a migration is either wholly
 * applied and recorded or not at all. On PostgreSQL an advisory lock makes instances that start together
 * take turns; on SQLite the IMMEDIATE transaction's write lock does the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Sql } from './sql.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** migrations/ at the package root, found upwards from this module (src/store/ or dist/). */
export function migrationsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'migrations');
}

export function readMigrations(dir: string = migrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d+)_([a-z0-9_-]+)\.sql$/.exec(file);
      if (!match) throw new Error(`migrations/${file}: name it NNN_what.sql`);
      return { version: Number(match[1]), name: match[2]!, sql: readFileSync(join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations: expected version ${i + 1}, found ${m.version}`);
  });
  return migrations;
}

/** An arbitrary constant: the advisory lock key this bot's migrations take on PostgreSQL. */
const PG_LOCK_KEY = 4_172_017;

/** Applies the migrations not yet recorded; returns the versions it applied. */
export async function migrate(sql: Sql, migrations: Migration[] = readMigrations()): Promise<number[]> {
  // Under the lock too: two PostgreSQL instances creating the same table at once would collide.
  await sql.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(?)', [PG_LOCK_KEY]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await sql.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(?)', [PG_LOCK_KEY]);
      const seen = await tx.all('SELECT version FROM schema_migrations WHERE version = ?', [
        migration.version,
      ]);
      if (seen.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
