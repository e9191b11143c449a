/**
 * A process killed (SIGKILL) while it writes loses nothing it committed, and leaves no half-written
 * transaction: the SQLite file is intact, every batch it reported is there whole, and any other batch is
 * either whole or absent.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crash-'));
const BATCH = 200;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store killed mid-write', () => {
  it('keeps every committed batch whole and nothing half-written', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/store/crashWriter.ts', dir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let reported = 0;
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const numbers = [...chunk.toString().matchAll(/committed (\d+)/g)].map((m) => Number(m[1]));
        if (numbers.length > 0) reported = Math.max(reported, ...numbers);
        // Killed while it keeps writing: the next batch's transaction is under way or about to be.
        if (reported >= 30) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', () => reject(new Error(`the writer exited by itself: ${stderr}`)));
    });
    expect(await exited).toBe('SIGKILL');

    const store = await Store.open({ dataDir: dir });
    const [check] = await store.sql.all('PRAGMA integrity_check');
    expect(Object.values(check ?? {})).toEqual(['ok']);
    const keys = await store.knownChanges();
    const perBatch = new Map<number, number>();
    for (const key of keys) {
      const n = Number(/^batch-(\d+)-/.exec(key)?.[1]);
      perBatch.set(n, (perBatch.get(n) ?? 0) + 1);
    }
    for (let n = 1; n <= reported; n++) expect(perBatch.get(n)).toBe(BATCH);
    for (const count of perBatch.values()) expect(count).toBe(BATCH);
    const claimed = (await store.deliveries('chan')).length;
    expect(claimed).toBeGreaterThanOrEqual(reported);
    await store.close();
  }, 60_000);
});
