/**
 * Other users' autocomplete while ten pictures are drawn at once: `node --import tsx bench/pictures.ts`.
 * Autocomplete requests are issued every 5 ms; each one's latency runs from when it was due to when its
 * answer is ready, so time spent waiting for a blocked event loop counts. Prints p50/p99/max with the
 * pictures drawn on the main thread (as before) and on the worker pool.
 */

import { createEngine } from '../src/answers/engine.js';
import { react } from '../src/discord/react.js';
import { PicturePool } from '../src/graph/pool.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/paths.js';

const engine = createEngine(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));
const COMPANIES = [
  'openai',
  'nvidia',
  'microsoft',
  'amazon',
  'anthropic',
  'oracle',
  'google',
  'meta',
  'xai',
  'coreweave',
];
const PREFIXES = ['o', 'op', 'ope', 'n', 'nv', 'am', 'an', 'mi', 'go', 'co'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function run(
  pool: PicturePool | undefined,
): Promise<{ p50: number; p99: number; max: number; n: number }> {
  const drawings = COMPANIES.map((company, i) => {
    const reaction = react(
      engine,
      { kind: 'command', command: 'graph', options: new Map([['company', company]]) },
      pool?.forUser(`user-${i}`),
    );
    const file = reaction.type === 'reply' ? reaction.message.files?.[0] : undefined;
    return file ? file.data() : Promise.resolve(Buffer.alloc(0));
  });
  let done = false;
  void Promise.allSettled(drawings).then(() => {
    done = true;
  });
  const latencies: number[] = [];
  const start = performance.now();
  for (let i = 0; !done || i < 20; i++) {
    const due = start + i * 5;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    else await new Promise((resolve) => setImmediate(resolve));
    react(engine, {
      kind: 'autocomplete',
      command: 'deal',
      focused: { name: 'company', value: PREFIXES[i % PREFIXES.length]! },
    });
    latencies.push(performance.now() - due);
  }
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    n: latencies.length,
  };
}

const fmt = (r: { p50: number; p99: number; max: number; n: number }) =>
  `p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms over ${r.n} autocompletes`;

const pool = new PicturePool({ dir: DEFAULT_KNOWLEDGE_DIR, maxQueue: 16, perUser: 2 });
// Warm the workers (their engine and fonts) so that only drawing is measured.
await Promise.all(
  Array.from({ length: 3 }, (_, i) =>
    pool.forUser(`warm-${i}`)({ command: 'loops', options: {}, lang: 'en' }, engine),
  ),
);
console.log(`main thread (before): ${fmt(await run(undefined))}`);
console.log(`worker pool (after):  ${fmt(await run(pool))}`);
await pool.close();
