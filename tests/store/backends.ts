/** The database backends every store test runs on: SQLite in a temporary directory, and PostgreSQL. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { Store, type StoreConfig } from '../../src/store/store.js';
import { type Cluster, startCluster } from './pgCluster.js';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A new empty database; every call to `open` on its config reaches the same one. */
  fresh(): Promise<StoreConfig>;
  /** Why the backend is unavailable here, when it is (the tests then skip, printing it). */
  skip?: string;
}

let counter = 0;

/** Registers set-up and tear-down in the calling test file; use `backend.skip` with describe.skipIf. */
export function backends(): Backend[] {
  const dirs: string[] = [];
  const sqlite: Backend = {
    name: 'sqlite',
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'store-'));
      dirs.push(dir);
      return { dataDir: dir };
    },
  };
  let cluster: Cluster | undefined;
  const postgres: Backend = {
    name: 'postgres',
    async fresh() {
      if (!cluster) throw new Error('no PostgreSQL cluster');
      const url = await cluster.createDatabase(`t${process.pid}_${++counter}`);
      return { dataDir: '', databaseUrl: url };
    },
  };
  beforeAll(async () => {
    const started = await startCluster();
    if (typeof started === 'string') {
      postgres.skip = started;
      console.warn(`skipping the PostgreSQL store tests: ${started}`);
    } else cluster = started;
  }, 90_000);
  afterAll(async () => {
    await cluster?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return [sqlite, postgres];
}

export async function openFresh(backend: Backend): Promise<{ store: Store; config: StoreConfig }> {
  const config = await backend.fresh();
  return { store: await Store.open(config), config };
}
