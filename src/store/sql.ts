/**
 * The one SQL interface the store speaks, whatever the database: SQLite (embedded, a file in the data
 * directory) or PostgreSQL (several instances sharing one). Queries are written once with `?` placeholders
 * in the SQL both understand; the PostgreSQL side numbers them ($1, $2…).
 */

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface Sql {
  /** 'sqlite' or 'postgres', for the few statements that differ (locks, upserts are the same). */
  readonly dialect: 'sqlite' | 'postgres';
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement; `changes` is how many rows it inserted, updated or deleted. */
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /** Runs `work` in one transaction on one connection: all of it is kept, or none. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Several statements separated by semicolons, no parameters (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/** `?` placeholders → PostgreSQL's `$1, $2…` (the store's SQL has no `?` inside string literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
