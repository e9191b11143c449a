/**
 * Writes batches to the store until it is killed, announcing each committed batch on stdout: batch n is
 * BATCH keys recorded in one transaction, then a claim. Run by crash.test.ts, which kills it with SIGKILL.
 */
import { Store } from '../../src/store/store.js';

const BATCH = 200;

const store = await Store.open({ dataDir: process.argv[2] ?? 'data' });
for (let n = 1; n < 1_000_000; n++) {
  await store.recordChanges(
    Array.from({ length: BATCH }, (_, i) => `batch-${n}-key-${i}`),
    `v${n}`,
  );
  await store.claim('chan', `batch-${n}`);
  process.stdout.write(`committed ${n}\n`);
}
