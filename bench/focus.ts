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
import { deriveSeed } from './prng.js';
import { buildQueries } from './queries.js';
import { ms, pct, type Summary, summarize, table } from './stats.js';

export type FocusPart = 'names' | 'deals' | 'pictures';

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const line = (s: Summary) => `p50 ${ms(s.p50)} / p99 ${ms(s.p99)} / max ${ms(s.max)} ms`;

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
  let t = performance.now();
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
      table([
        [
          'kind',
          'n',
          'resolve p50',
          'p99',
          'max',
          'autocomp p50',
          'p99',
          'max',
          'top-1',
          'anchor p50',
          'p99',
          'top-1',
        ],
        ...run.kinds.map((k) => {
          const a = anchor.get(k.kind);
          return [
            k.kind,
            String(k.n),
            ms(k.resolve.p50),
            ms(k.resolve.p99),
            ms(k.resolve.max),
            ms(k.autocomplete.p50),
            ms(k.autocomplete.p99),
            ms(k.autocomplete.max),
            pct(k.top1),
            ms(a?.lookup.p50),
            ms(a?.lookup.p99),
            a ? pct(a.top1) : '–',
          ];
        }),
      ]),
    );
    if (profiled) {
      const { profile, formatProfile } = await import('./profile.js');
      const { react } = await import('../src/discord/react.js');
      for (const kind of ['typo1', 'typo2', 'miss'] as const) {
        const texts = queries.filter((q) => q.kind === kind).map((q) => q.text);
        const summary = await profile(`resolve + autocomplete, ${kind}`, () => {
          for (const text of texts) {
            engine.resolver.resolve(text);
            react(engine, {
              kind: 'autocomplete',
              command: 'deal',
              focused: { name: 'company', value: text },
            });
          }
        });
        say(formatProfile(summary));
      }
    }
  }

  if (parts.includes('deals')) {
    const { react } = await import('../src/discord/react.js');
    const keystroke = (value: string) =>
      react(engine, { kind: 'autocomplete', command: 'sources', focused: { name: 'deal', value } });
    t = performance.now();
    keystroke('');
    const buildMs = performance.now() - t;
    const keyMs: number[] = [];
    const step = Math.max(1, Math.floor(kb.dealList.length / 40));
    for (let i = 0; i < kb.dealList.length && keyMs.length < 40 * 20; i += step) {
      const title = kb.dealList[i]!.title;
      for (let n = 1; n <= Math.min(title.length, 20); n++) {
        t = performance.now();
        keystroke(title.slice(0, n));
        keyMs.push(performance.now() - t);
      }
    }
    say(`/sources deal: keystrokes ${line(summarize(keyMs))} (index ${ms(buildMs)} ms); load ${load()}`);
  }

  if (parts.includes('pictures')) {
    const { moneyGraph, neighbourhood } = await import('../src/graph/moneyGraph.js');
    const { findLoops } = await import('../src/graph/loops.js');
    t = performance.now();
    const graph = moneyGraph(kb);
    say(`money graph built in ${ms(performance.now() - t)} ms (${graph.flows.length} flows)`);
    const busiest = [...kb.companies.keys()]
      .map((id) => ({ id, deals: kb.dealsOf(id).length }))
      .sort((a, b) => b.deals - a.deals)
      .slice(0, 20);
    const hoodMs: number[] = [];
    const loopsMs: number[] = [];
    let found = 0;
    for (const { id } of busiest) {
      const group = graph.groupOf(id);
      t = performance.now();
      neighbourhood(graph, group, 2);
      hoodMs.push(performance.now() - t);
      t = performance.now();
      const loops = findLoops(graph.flows, { through: group });
      loopsMs.push(performance.now() - t);
      found = Math.max(found, loops.length);
    }
    say(`/graph neighbourhood: ${line(summarize(hoodMs))}`);
    say(`/loops first search: ${line(summarize(loopsMs))} (most loops kept: ${found}); load ${load()}`);
  }
}
