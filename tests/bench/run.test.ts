/**
 * A smoke run of the benchmark's measuring code on small inputs: one dataset end to end (start-up,
 * queries, commands, baseline) and both HTTP endpoints under a few signed requests. Shapes and
 * correctness only; no test asserts a time.
 */
import { describe, expect, it } from 'vitest';
import { runDataset } from '../../bench/dataset.js';
import { requestPool, signingKey, startExample, startOurs } from '../../bench/http.js';
import { runLoad } from '../../bench/load.js';
import { QUERY_KINDS } from '../../bench/queries.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/paths.js';
import { realEngine } from '../helpers.js';

describe('the benchmark, in small', () => {
  it('measures a knowledge base end to end', async () => {
    const result = await runDataset({
      type: 'dataset',
      label: 'test',
      dir: DEFAULT_KNOWLEDGE_DIR,
      seed: 1,
      perKind: 8,
      baselinePerKind: 2,
      baselineDeadlineMs: 10_000,
      commandBox: { budgetMs: 10, minIterations: 2, maxIterations: 3, hardCapMs: 1000 },
      indexRepeats: 1,
      profileLoad: false,
      profileMisses: false,
      targets: { queryP99Ms: 1, commandP99Ms: 2 },
      quiet: true,
    });
    expect(result.counts.companies).toBeGreaterThan(50);
    expect(result.startup.totalMs).toBeGreaterThan(0);
    expect(result.queries.kinds.map((k) => k.kind)).toEqual([...QUERY_KINDS]);
    const kind = (name: string) => result.queries.kinds.find((k) => k.kind === name)!;
    expect(kind('exact').top1).toBe(1);
    expect(kind('alias').top1).toBe(1);
    expect(kind('miss').top1).toBe(1);
    expect(result.commands.length).toBeGreaterThanOrEqual(8);
    for (const c of result.commands) expect(c.status).toBe('ok');
    expect(result.baseline.kinds.length).toBe(QUERY_KINDS.length);
    expect(result.comparison.queries).toBe(2 * QUERY_KINDS.length);
  }, 60_000);

  it('drives both HTTP endpoints with signed requests, without errors', async () => {
    const engine = realEngine();
    const key = signingKey();
    const requests = requestPool(engine, key, undefined, 30);
    expect(new Set(requests.map((r) => r.kind))).toEqual(new Set(['autocomplete', 'command', 'component']));
    for (const start of [startOurs, startExample]) {
      const server = await start(engine, key);
      try {
        const result = await runLoad({
          type: 'load',
          port: server.port,
          requests,
          concurrency: 4,
          warmupMs: 50,
          durationMs: 300,
          maxRequests: 200,
        });
        expect(result.requests).toBeGreaterThan(0);
        expect(result.errors).toBe(0);
        expect(Object.keys(result.statuses)).toEqual(['200']);
      } finally {
        await server.close();
      }
    }
  }, 30_000);
});
