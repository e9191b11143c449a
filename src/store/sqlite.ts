/**
 * SQLite through Node's own `node:sqlite` where the runtime has it (Node 22.13+ and 24), else through
 * better-sqlite3 (an optional dependency, built from source by `npm ci` where no prebuilt binary can be
 * downloaded). Both are the real SQLite library with its file locks and journal, so a process killed in
 * the middle of a write leaves the last committed state: the database is opened in WAL mode with
 * synchronous=FULL, and every change the store makes is one transaction.
 *
 * Both drivers are synchronous; the store's interface is asynchronous only because PostgreSQL's is.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Row, Sql, SqlValue } from './sql.js';

/** The part of a synchronous SQLite driver the store uses; node:sqlite and better-sqlite3 both have it. */
interface SyncStatement {
  all(...params: SqlValue[]): unknown[];
  run(...params: SqlValue[]): { changes: number | bigint };
}
interface SyncDatabase {
  exec(sql: string): unknown;
  prepare(sql: string): SyncStatement;
  close(): unknown;
}

export type SqliteDriver = 'node:sqlite' | 'better-sqlite3';

const require = createRequire(import.meta.url);

/** Opens with the first driver this runtime can load; `prefer` forces one (tests of both). */
export function openSqliteFile(
  path: string,
  prefer?: SqliteDriver,
): { db: SyncDatabase; driver: SqliteDriver } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const errors: string[] = [];
  const order: SqliteDriver[] = prefer ? [prefer] : ['node:sqlite', 'better-sqlite3'];
  for (const driver of order) {
    try {
      if (driver === 'node:sqlite') {
        // Loaded by name at run time: Node 20 has no such module, and its @types do not declare it.
        const { DatabaseSync } = require('node:sqlite') as {
          DatabaseSync: new (path: string) => SyncDatabase;
        };
        return { db: new DatabaseSync(path), driver };
      }
      const Database = require('better-sqlite3') as new (path: string) => SyncDatabase;
      return { db: new Database(path), driver };
    } catch (error) {
      errors.push(`${driver}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  throw new Error(
    `No SQLite driver could be loaded (${errors.join('; ')}). Use Node 22.13+ or 24 (node:sqlite), run ` +
      '`npm ci` with python3, make and g++ present (better-sqlite3), or set DATABASE_URL for PostgreSQL.',
  );
}

/** Statements straight on the connection: what a transaction's work gets. */
class Direct implements Sql {
  readonly dialect = 'sqlite' as const;
  constructor(protected readonly db: SyncDatabase) {}

  async all(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    // node:sqlite returns rows with a null prototype; spread them into plain objects.
    return this.db
      .prepare(sql)
      .all(...params)
      .map((row) => ({ ...(row as Row) }));
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return { changes: Number(this.db.prepare(sql).run(...params).changes) };
  }

  async exec(script: string): Promise<void> {
    this.db.exec(script);
  }

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return work(this);
  }

  async close(): Promise<void> {}
}

/**
 * One connection shared by the whole process. Everything goes through one queue, so a statement never
 * lands inside another caller's open transaction while that one awaits; a transaction's own work runs
 * directly (Direct). BEGIN IMMEDIATE takes the write lock at once: no upgrade deadlock with a backup.
 */
export class SqliteSql implements Sql {
  readonly dialect = 'sqlite' as const;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly direct: Direct;

  constructor(
    private readonly db: SyncDatabase,
    readonly driver: SqliteDriver,
  ) {
    // WAL: readers never wait for the writer; FULL: a commit is on disk before it returns. busy_timeout: a
    // backup or a second process holding the lock for a moment delays a write instead of failing it.
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    this.direct = new Direct(db);
  }

  static open(path: string, prefer?: SqliteDriver): SqliteSql {
    const { db, driver } = openSqliteFile(path, prefer);
    return new SqliteSql(db, driver);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  all(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.serial(() => this.direct.all(sql, params));
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return this.serial(() => this.direct.run(sql, params));
  }

  exec(script: string): Promise<void> {
    return this.serial(() => this.direct.exec(script));
  }

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }
}
