/**
 * `npx tsx bench/run.ts --focus=names,deals,pictures --sizes=100000`: only the parts asked for, at one
 * size, in one process, on a knowledge base generated in memory (the same generator and seed as the full
 * run, without writing, reading and validating files), so that a change to the resolver, the deal index
 * or the loop search can be measured in a minute or two instead of twenty. The bare deletion-index anchor
 * runs on the same queries in the same process, so a busy machine shows in both.
 */
import { loadavg } from 'node:os';
import { createEngine } from '../src/answers/engine.js';
import { KnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { measureAnchor } from './anchor.js';
import { DEFAULT_SEED, generateKnowledge } from './generate.js';
import { measureQueries } from './measure.js';
import { resolveAndComplete, timeDealKeystrokes, timePictures } from './parts.js';
import { deriveSeed } from './prng.js';
import { buildQueries } from './queries.js';
import { ms, pct, type Summary } from './stats.js';

export type FocusPart = 'names' | 'deals' | 'pictures';

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const line = (s: Summary) => `${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)}`;

export interface FocusOptions {
  perKind: number;
  /** Fewer deals per company make a knowledge base quicker to generate (connections, and so ties, change). */
  dealsPerCompany: number;
  /** Profile the slowest query kinds after timing them. */
  profile: boolean;
}

export async function runFocus(
  companies: number,
  parts: readonly FocusPart[],
  { perKind, dealsPerCompany, profile: profiled }: FocusOptions,
): Promise<void> {
  const say = (text: string) => process.stdout.write(`${text}\n`);
  say(`focus: ${parts.join(', ')} at ${companies.toLocaleString('en-US')} companies; load ${load()}`);
  const t = performance.now();
  const generated = generateKnowledge({ companies, seed: DEFAULT_SEED, dealsPerCompany });
  const kb = new KnowledgeBase(generated.meta, generated.companies, generated.sources, generated.deals);
  const engine = createEngine(kb);
  say(`generated and indexed in ${ms(performance.now() - t)} ms (${kb.deals.size} deals)`);

  if (parts.includes('names')) {
    const label = `${companies.toLocaleString('en-US')} companies`;
    const queries = buildQueries(generated.companies, {
      perKind,
      seed: deriveSeed(DEFAULT_SEED, `queries-${label}`),
    });
    const before = load();
    const run = measureQueries(engine, queries, DEFAULT_SEED);
    const anchor = new Map(measureAnchor(kb, queries).kinds.map((k) => [k.kind, k]));
    say(`names: load ${before} → ${load()}`);
    say(
      'kind: resolve p50 / p99 / max | autocomplete p50 / p99 / max (ms) | top-1 | anchor p50 / p99, top-1',
    );
    for (const k of run.kinds) {
      const a = anchor.get(k.kind);
      say(
        `${k.kind}: ${line(k.resolve)} | ${line(k.autocomplete)} | ${pct(k.top1)} | ` +
          `${a ? `${ms(a.lookup.p50)} / ${ms(a.lookup.p99)}, ${pct(a.top1)}` : '–'}`,
      );
    }
    if (profiled) {
      const { profile, formatProfile } = await import('./profile.js');
      for (const kind of ['typo1', 'typo2', 'miss'] as const) {
        const texts = queries.filter((q) => q.kind === kind).map((q) => q.text);
        const work = await resolveAndComplete(engine, texts);
        say(formatProfile(await profile(`resolve + autocomplete, ${kind}`, work)));
      }
    }
  }

  if (parts.includes('deals')) {
    const { indexBuildMs, keystrokes } = await timeDealKeystrokes(engine);
    say(`/sources deal: keystrokes ${line(keystrokes)} (index ${ms(indexBuildMs)} ms); load ${load()}`);
  }

  if (parts.includes('pictures')) {
    const p = await timePictures(engine);
    say(
      `money graph built in ${ms(p.graphBuildMs)} ms (${p.flows} flows), loop index in ${ms(p.loopIndexMs)} ms`,
    );
    say(`/graph neighbourhood: ${line(p.neighbourhoodDepth2)}`);
    say(`/loops first search: ${line(p.loopsFirstTime)} (most loops: ${p.mostLoops}); load ${load()}`);
  }
}
