/**
 * Timed parts shared by the full run (dataset.ts) and the focused one (focus.ts), so both time the same
 * work: the money graph with /graph's neighbourhood and /loops' search for the busiest companies, and
 * `/sources deal:` autocomplete typed one keystroke at a time.
 */
import type { Engine } from '../src/answers/engine.js';
import { type Summary, summarize } from './stats.js';

/** /graph's neighbourhood (depth 2) and /loops' first search, computed before drawing, per busy company. */
export async function timePictures(engine: Engine, companies = 20) {
  const { kb } = engine;
  const { moneyGraph, neighbourhood } = await import('../src/graph/moneyGraph.js');
  const { listLoops, prepareLoops } = await import('../src/graph/loops.js');
  // Built once per knowledge base (on the first picture or loop asked for): timed on their own.
  let t = performance.now();
  const graph = moneyGraph(kb);
  const graphBuildMs = performance.now() - t;
  t = performance.now();
  prepareLoops(graph.flows);
  const loopIndexMs = performance.now() - t;
  const busiest = [...kb.companies.keys()]
    .map((id) => ({ id, deals: kb.dealsOf(id).length }))
    .sort((a, b) => b.deals - a.deals)
    .slice(0, companies);
  const hoodMs: number[] = [];
  const loopsMs: number[] = [];
  let mostLoops = 0;
  for (const { id } of busiest) {
    const group = graph.groupOf(id);
    t = performance.now();
    neighbourhood(graph, group, 2);
    hoodMs.push(performance.now() - t);
    // Each company asked once: its loops are kept after the first time.
    t = performance.now();
    mostLoops = Math.max(mostLoops, listLoops(graph.flows, { through: group }).total);
    loopsMs.push(performance.now() - t);
  }
  return {
    graphBuildMs,
    loopIndexMs,
    flows: graph.flows.length,
    companies: busiest.length,
    neighbourhoodDepth2: summarize(hoodMs),
    loopsFirstTime: summarize(loopsMs),
    mostLoops,
  };
}

/** `/sources deal:` autocomplete typing the first 20 characters of 40 titles spread over the list. */
export async function timeDealKeystrokes(
  engine: Engine,
): Promise<{ indexBuildMs: number; keystrokes: Summary }> {
  const { kb } = engine;
  const { react } = await import('../src/discord/react.js');
  const keystroke = (value: string) =>
    react(engine, { kind: 'autocomplete', command: 'sources', focused: { name: 'deal', value } });
  let t = performance.now();
  keystroke('');
  const indexBuildMs = performance.now() - t;
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
  return { indexBuildMs, keystrokes: summarize(keyMs) };
}

/** What a name query costs the bot: resolving it, and the autocomplete of it as typed (for profiles). */
export async function resolveAndComplete(engine: Engine, texts: readonly string[]): Promise<() => void> {
  const { react } = await import('../src/discord/react.js');
  return () => {
    for (const text of texts) {
      engine.resolver.resolve(text);
      react(engine, { kind: 'autocomplete', command: 'deal', focused: { name: 'company', value: text } });
    }
  };
}
