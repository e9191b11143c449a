/**
 * Each command's answer on the heaviest realistic inputs a knowledge base offers: the pair of companies
 * with the most deals together, the most-backed company, the most active investor, the company with the
 * most deals, and the largest deals — timed as the answer alone and as the whole reaction (answer and
 * Discord rendering), which is what an interaction costs.
 */
import { companyAnswer } from '../src/answers/company.js';
import { dealAnswer } from '../src/answers/deal.js';
import type { Engine } from '../src/answers/engine.js';
import type { Answer } from '../src/answers/model.js';
import { backersAnswer, investmentsAnswer } from '../src/answers/money.js';
import { sourcesAnswer } from '../src/answers/sources.js';
import { topAnswer } from '../src/answers/top.js';
import type { OptionValue } from '../src/commands/command.js';
import { type InteractionInput, react } from '../src/discord/react.js';
import { graphAnswer, loopsAnswer, timelineAnswer } from '../src/graph/answers.js';
import type { PartyRole } from '../src/knowledge/schema.js';
import { type Summary, summarize } from './stats.js';

export interface Highlights {
  pair: { a: string; b: string; deals: number };
  mostBacked: { id: string; deals: number };
  topInvestor: { id: string; deals: number };
  hub: { id: string; deals: number };
  typical: { id: string; deals: number };
  busiestYear: number;
}

const INVESTING = new Set<PartyRole>(['investor', 'funder', 'acquirer', 'licensee']);

/** Finds the heaviest inputs by counting over every deal once. */
export function findHighlights(engine: Engine): Highlights {
  const { kb } = engine;
  const pairs = new Map<string, number>();
  const backed = new Map<string, number>();
  const investing = new Map<string, number>();
  const involved = new Map<string, number>();
  const years = new Map<number, number>();
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const d of kb.dealList) {
    const ids = [...new Set(d.parties.map((p) => p.company))].sort();
    for (let i = 0; i < ids.length; i++) {
      bump(involved, ids[i]!);
      for (let j = i + 1; j < ids.length; j++) bump(pairs, `${ids[i]}\u0000${ids[j]}`);
    }
    for (const p of d.parties) {
      if (p.role === 'investee') bump(backed, p.company);
      if (INVESTING.has(p.role)) bump(investing, p.company);
    }
    bump(years, Number(d.date.slice(0, 4)));
  }
  const top = <K>(map: Map<K, number>): [K, number] => {
    let best: [K, number] | undefined;
    for (const entry of map) if (!best || entry[1] > best[1]) best = entry;
    return best!;
  };
  const [pairKey, pairDeals] = top(pairs);
  const [a, b] = pairKey.split('\u0000') as [string, string];
  const [mostBacked, backedDeals] = top(backed);
  const [topInvestor, investorDeals] = top(investing);
  const [hub, hubDeals] = top(involved);
  const counts = [...involved].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
  const [typical, typicalDeals] = counts[Math.floor(counts.length / 2)]!;
  return {
    pair: { a, b, deals: pairDeals },
    mostBacked: { id: mostBacked, deals: backedDeals },
    topInvestor: { id: topInvestor, deals: investorDeals },
    hub: { id: hub, deals: hubDeals },
    typical: { id: typical, deals: typicalDeals },
    busiestYear: top(years)[0],
  };
}

export interface CommandCase {
  name: string;
  /** What the case asks, as a user would type it. */
  command: string;
  answer: () => Answer;
  input: InteractionInput;
}

export function commandCases(engine: Engine, h: Highlights): CommandCase[] {
  const name = (id: string) => engine.kb.company(id)?.name ?? id;
  const command = (cmd: string, options: Record<string, OptionValue>): InteractionInput => ({
    kind: 'command',
    command: cmd,
    options: new Map(Object.entries(options)),
  });
  const [a, b] = [name(h.pair.a), name(h.pair.b)];
  const hub = name(h.hub.id);
  const backed = name(h.mostBacked.id);
  const investor = name(h.topInvestor.id);
  const typical = name(h.typical.id);
  return [
    {
      name: 'deal: pair with most deals',
      command: `/deal company:${a} with:${b}  (${h.pair.deals} deals together)`,
      answer: () => dealAnswer(engine, { company: a, with: b }),
      input: command('deal', { company: a, with: b }),
    },
    {
      name: 'deal: typical company',
      command: `/deal company:${typical}  (${h.typical.deals} deals)`,
      answer: () => dealAnswer(engine, { company: typical }),
      input: command('deal', { company: typical }),
    },
    {
      name: 'deal: company with most deals',
      command: `/deal company:${hub}  (${h.hub.deals} deals)`,
      answer: () => dealAnswer(engine, { company: hub }),
      input: command('deal', { company: hub }),
    },
    {
      name: 'deal: page 2 button, same',
      command: `button p:deal:1:${h.hub.id}`,
      answer: () => dealAnswer(engine, { company: h.hub.id }),
      input: { kind: 'component', customId: `p:deal:1:${h.hub.id}` },
    },
    {
      name: 'backers: most-backed company',
      command: `/backers company:${backed}  (${h.mostBacked.deals} deals as investee)`,
      answer: () => backersAnswer(engine, backed),
      input: command('backers', { company: backed }),
    },
    {
      name: 'investments: most active investor',
      command: `/investments company:${investor}  (${h.topInvestor.deals} deals paying in)`,
      answer: () => investmentsAnswer(engine, investor),
      input: command('investments', { company: investor }),
    },
    {
      name: 'company: company with most deals',
      command: `/company name:${hub}`,
      answer: () => companyAnswer(engine, hub),
      input: command('company', { name: hub }),
    },
    {
      name: 'sources: pair with most deals',
      command: `/sources company:${a} with:${b}`,
      answer: () => sourcesAnswer(engine, { company: a, with: b }),
      input: command('sources', { company: a, with: b }),
    },
    // The pictures' answers are computed here (flows, neighbourhood, loops); drawing is timed elsewhere.
    {
      name: 'graph: company with most deals, depth 2',
      command: `/graph company:${hub} depth:2`,
      answer: () => graphAnswer(engine, hub, 2),
      input: command('graph', { company: hub, depth: 2 }),
    },
    {
      name: 'loops: through the company with most deals',
      command: `/loops company:${hub}`,
      answer: () => loopsAnswer(engine, hub),
      input: command('loops', { company: hub }),
    },
    {
      name: 'timeline: company with most deals',
      command: `/timeline company:${hub}`,
      answer: () => timelineAnswer(engine, hub),
      input: command('timeline', { company: hub }),
    },
    {
      name: 'top: largest deals',
      command: '/top',
      answer: () => topAnswer(engine, {}),
      input: command('top', {}),
    },
    {
      name: 'top: one kind, one year',
      command: `/top kind:compute-contract year:${h.busiestYear}`,
      answer: () => topAnswer(engine, { kind: 'compute-contract', year: h.busiestYear }),
      input: command('top', { kind: 'compute-contract', year: h.busiestYear }),
    },
  ];
}

export interface CommandResult {
  name: string;
  command: string;
  status: string;
  blocks: number;
  answer: Summary;
  /** The whole reaction: answer, pagination and Discord rendering. */
  react: Summary;
}

export interface TimeBox {
  budgetMs: number;
  minIterations: number;
  maxIterations: number;
  /** Slow cases stop here even before minIterations, after at least 3 runs. */
  hardCapMs: number;
}

/** Past this, one run is measured as it comes (JIT warm-up is noise next to it) and once only. */
const SLOW_MS = 500;

export function measureCommand(c: CommandCase, engine: Engine, box: TimeBox): CommandResult {
  const answerMs: number[] = [];
  const reactMs: number[] = [];
  let t = performance.now();
  const first = c.answer();
  const firstMs = performance.now() - t;
  if (firstMs > SLOW_MS) {
    answerMs.push(firstMs);
    t = performance.now();
    react(engine, c.input);
    reactMs.push(performance.now() - t);
  } else {
    react(engine, c.input);
    const started = performance.now();
    for (let i = 0; i < box.maxIterations; i++) {
      const elapsed = performance.now() - started;
      if (i >= box.minIterations && elapsed > box.budgetMs) break;
      if (i >= 3 && elapsed > box.hardCapMs) break;
      t = performance.now();
      c.answer();
      answerMs.push(performance.now() - t);
      t = performance.now();
      react(engine, c.input);
      reactMs.push(performance.now() - t);
    }
  }
  return {
    name: c.name,
    command: c.command,
    status: first.status,
    blocks: first.blocks.length,
    answer: summarize(answerMs),
    react: summarize(reactMs),
  };
}
