/**
 * PostgreSQL through `pg` (pure JavaScript): a small pool, and one client per transaction. Numbers come
 * back as JavaScript numbers (BIGINT columns are read with Number(), amounts fit well within 2^53).
 */
import type pg from 'pg';
import { whenUsed } from '../whenUsed.js';
import { numberPlaceholders, type Row, type Sql, type SqlValue } from './sql.js';

/** Loaded by the first PostgreSQL store opened: a bot on SQLite never loads it. */
const driver = whenUsed<typeof pg>('pg');

type Queryable = pg.Pool | pg.PoolClient;

class PgSql implements Sql {
  readonly dialect = 'postgres' as const;
  constructor(protected readonly client: Queryable) {}

  async all(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    const result = await this.client.query(numberPlaceholders(sql), [...params]);
    return result.rows as Row[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    const result = await this.client.query(numberPlaceholders(sql), [...params]);
    return { changes: result.rowCount ?? 0 };
  }

  async exec(script: string): Promise<void> {
    await this.client.query(script);
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    // Already inside one (a client, not the pool): join it.
    if (!(this.client instanceof driver().Pool)) return work(this);
    const client = await this.client.connect();
    try {
      await client.query('BEGIN');
      const result = await work(new PgSql(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    if (this.client instanceof driver().Pool) await this.client.end();
  }
}

export function openPostgres(url: string): Sql {
  const pool = new (driver().Pool)({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection (server restart) must not crash the process; the next query
  // gets a new one.
  pool.on('error', () => undefined);
  return new PgSql(pool);
}
