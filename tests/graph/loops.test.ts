import { describe, expect, it } from 'vitest';
import { findLoops, type Loop, listLoops, loopKey } from '../../src/graph/loops.js';
import { buildMoneyGraph, type Flow, moneyGraph } from '../../src/graph/moneyGraph.js';
import type { Deal } from '../../src/knowledge/schema.js';
import { fixtureEngine, realEngine } from '../helpers.js';

/** A flow from `from` to `to` through a deal with the given id (a new deal unless the id repeats). */
function flow(from: string, to: string, dealId = `${from}-${to}`, amount = 1e9): Flow {
  const deal = { id: dealId, kind: 'equity-investment', date: '2025-01-01', status: 'signed' } as Deal;
  return {
    deal,
    from,
    to,
    payer: from,
    payee: to,
    amount,
    currency: 'USD',
    qualifier: 'exact',
    disclosure: 'announced',
    certainty: 'committed',
    category: 'investment',
    pairs: 1,
  };
}

const keys = (loops: Loop[]) => loops.map(loopKey);

/** A small deterministic generator of integers below `n`, so that a failing graph can be replayed. */
function seeded(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

describe('loops in hand-made money graphs', () => {
  it('finds a two-company loop: A invests in B while B pays A', () => {
    const loops = findLoops([flow('a', 'b'), flow('b', 'a')]);
    expect(keys(loops)).toEqual(['a>b']);
    expect(loops[0]!.legs.map((leg) => leg.map((f) => f.deal.id))).toEqual([['a-b'], ['b-a']]);
  });

  it('finds three- and four-company cycles', () => {
    expect(keys(findLoops([flow('a', 'b'), flow('b', 'c'), flow('c', 'a')]))).toEqual(['a>b>c']);
    expect(keys(findLoops([flow('a', 'b'), flow('b', 'c'), flow('c', 'd'), flow('d', 'a')]))).toEqual([
      'a>b>c>d',
    ]);
  });

  it('sees no loop in two deals that go the same way', () => {
    expect(findLoops([flow('a', 'b', 'first'), flow('a', 'b', 'second')])).toEqual([]);
    expect(findLoops([flow('a', 'b'), flow('b', 'c'), flow('a', 'c')])).toEqual([]);
  });

  it('sees no loop in one deal that lists both companies on both sides', () => {
    expect(findLoops([flow('a', 'b', 'swap'), flow('b', 'a', 'swap')])).toEqual([]);
  });

  it('counts each loop once, from its smallest company, whatever the order of the deals', () => {
    const flows = [
      flow('c', 'a'),
      flow('b', 'c'),
      flow('a', 'b'),
      flow('b', 'a'),
      flow('c', 'b'),
      flow('d', 'c'),
    ];
    const loops = findLoops(flows);
    expect(keys(loops)).toEqual(['a>b', 'b>c', 'a>b>c']);
    expect(new Set(keys(loops)).size).toBe(loops.length);
    for (const loop of loops) expect(loop.nodes[0]).toBe([...loop.nodes].sort()[0]);
    expect(keys(findLoops([...flows].reverse()))).toEqual(keys(loops));
  });

  it('keeps a cycle and its reverse apart when money really goes both ways round', () => {
    const loops = findLoops([
      flow('a', 'b'),
      flow('b', 'c'),
      flow('c', 'a'),
      flow('a', 'c'),
      flow('c', 'b'),
      flow('b', 'a'),
    ]);
    expect(keys(loops)).toEqual(['a>b', 'a>c', 'b>c', 'a>b>c', 'a>c>b']);
  });

  it('puts every deal of a leg on it, and stops at four companies', () => {
    const loops = findLoops([flow('a', 'b', 'one'), flow('a', 'b', 'two'), flow('b', 'a')]);
    expect(loops[0]!.legs[0]!.map((f) => f.deal.id)).toEqual(['one', 'two']);
    const five = ['a', 'b', 'c', 'd', 'e'].map((id, i, all) => flow(id, all[(i + 1) % 5]!));
    expect(findLoops(five)).toEqual([]);
    expect(keys(findLoops(five, { maxLength: 5 }))).toEqual(['a>b>c>d>e']);
  });

  it('lists only the loops through a company when asked', () => {
    const flows = [flow('a', 'b'), flow('b', 'a'), flow('c', 'd'), flow('d', 'c')];
    expect(keys(findLoops(flows, { through: 'd' }))).toEqual(['c>d']);
  });
});

describe('the money graph of the fixture knowledge base', () => {
  const { kb } = fixtureEngine();
  const graph = buildMoneyGraph(kb);

  it('merges a company with its subsidiaries, follows the money and skips deals that are not live', () => {
    const pairs = graph.flows.map((f) => `${f.deal.id}: ${f.from}>${f.to}`).sort();
    expect(pairs).toEqual([
      'alpha-beta-equity-2026-02: alpha>beta-ai',
      'beta-alpha-cloud-compute-2025-11: beta-ai>alpha',
      'beta-round-2026-02: omega-one>beta-ai',
      'omega-two-gamma-equity-2025-06: omega-two>gamma',
    ]);
    const compute = graph.flows.find((f) => f.deal.id === 'beta-alpha-cloud-compute-2025-11')!;
    expect(compute.payee).toBe('alpha-cloud');
    expect(compute.amount).toBe(38e9);
  });

  it('gives a round participant without its own part deal a share of the round, not an amount', () => {
    const share = graph.flows.find((f) => f.deal.id === 'beta-round-2026-02')!;
    expect(share.amount).toBeUndefined();
    expect(share.whole).toBe(80e9);
    expect(graph.flows.find((f) => f.deal.id === 'alpha-beta-equity-2026-02')!.amount).toBe(50e9);
    expect(graph.flows.find((f) => f.deal.id === 'omega-two-gamma-equity-2025-06')!.certainty).toBe('up-to');
  });

  it('finds the one loop: Alpha invests in Beta AI, Beta AI buys compute from Alpha Cloud', () => {
    const loops = findLoops(graph.flows);
    expect(keys(loops)).toEqual(['alpha>beta-ai']);
    expect(loops[0]!.legs.map((leg) => leg.map((f) => f.deal.id))).toEqual([
      ['alpha-beta-equity-2026-02'],
      ['beta-alpha-cloud-compute-2025-11'],
    ]);
  });
});

describe('loops in the real knowledge base', () => {
  const { kb } = realEngine();
  const graph = moneyGraph(kb);
  const loops = findLoops(graph.flows);
  const legDeals = (key: string) =>
    loops.find((l) => loopKey(l) === key)?.legs.map((leg) => leg.map((f) => f.deal.id).sort());

  it('finds Amazon ⇄ Anthropic: Amazon invests, Anthropic buys compute from AWS', () => {
    const legs = legDeals('amazon>anthropic');
    expect(legs?.[0]).toContain('amazon-anthropic-equity-2026-04');
    expect(legs?.[1]).toContain('anthropic-aws-compute-2026-04');
  });

  it('finds Microsoft ⇄ OpenAI: Microsoft invests, OpenAI commits to Azure', () => {
    const legs = legDeals('microsoft>openai');
    expect(legs?.[0]).toContain('microsoft-openai-equity-2019-2024');
    expect(legs?.[1]).toContain('openai-microsoft-azure-2025-10');
  });

  it('finds Amazon ⇄ OpenAI and NVIDIA ⇄ OpenAI too, and longer cycles, each once', () => {
    const all = keys(loops);
    expect(all).toEqual(expect.arrayContaining(['amazon>openai', 'nvidia>openai']));
    expect(new Set(all).size).toBe(all.length);
    expect(loops.some((l) => l.nodes.length > 2)).toBe(true);
    for (const loop of loops) {
      expect(new Set(loop.nodes).size).toBe(loop.nodes.length);
      loop.legs.forEach((leg, i) => {
        for (const f of leg) {
          expect(f.from).toBe(loop.nodes[i]);
          expect(f.to).toBe(loop.nodes[(i + 1) % loop.nodes.length]);
        }
      });
    }
  });

  it('never draws a loop through a stalled or superseded deal', () => {
    const ids = new Set(loops.flatMap((l) => l.legs.flat().map((f) => f.deal.id)));
    expect(ids.has('nvidia-openai-loi-2025-09')).toBe(false);
    expect(ids.has('amazon-openai-talks-2025-12')).toBe(false);
  });
});

describe('loops through one company', () => {
  it('are exactly the loops of the whole graph that pass through it, on random graphs', () => {
    const random = seeded(7);
    for (let round = 0; round < 20; round++) {
      const names = Array.from({ length: 12 }, (_, i) => `g${String(i).padStart(2, '0')}`);
      const flows = Array.from({ length: 40 }, (_, i) => {
        const from = names[random(names.length)]!;
        const to = names[random(names.length)]!;
        return flow(from, to, `d${round}-${i}`);
      });
      const all = findLoops(flows, { limit: Number.POSITIVE_INFINITY });
      for (const name of names) {
        const through = findLoops(flows, { through: name, limit: Number.POSITIVE_INFINITY });
        expect(keys(through).sort()).toEqual(keys(all.filter((l) => l.nodes.includes(name))).sort());
      }
    }
  });

  it('match the whole graph’s loops for every company of the real knowledge base', () => {
    const graph = moneyGraph(realEngine().kb);
    const all = findLoops(graph.flows);
    const groups = new Set(graph.flows.flatMap((f) => [f.from, f.to]));
    for (const group of groups) {
      const through = findLoops(graph.flows, { through: group });
      expect(keys(through), group).toEqual(keys(all.filter((l) => l.nodes.includes(group))));
    }
  });
});

describe('a limited list of loops', () => {
  it('keeps the first loops in the order shown and counts them all, on random graphs', () => {
    const random = seeded(11);
    for (let round = 0; round < 10; round++) {
      const names = Array.from({ length: 10 }, (_, i) => `h${i}`);
      const flows = Array.from({ length: 45 }, (_, i) =>
        flow(
          names[random(names.length)]!,
          names[random(names.length)]!,
          `e${round}-${i}`,
          1e9 * (1 + random(3)),
        ),
      );
      for (const through of [undefined, 'h3']) {
        const all = findLoops(flows, { ...(through && { through }), limit: Number.POSITIVE_INFINITY });
        const first = listLoops(flows, { ...(through && { through }), limit: 4 });
        expect(keys(first.loops)).toEqual(keys(all.slice(0, 4)));
        expect(first.total).toBe(all.length);
        expect(first.twos).toBe(all.filter((l) => l.nodes.length === 2).length);
      }
    }
  });
});
