import { describe, expect, it } from 'vitest';
import { generateKnowledge } from '../../bench/generate.js';
import { KnowledgeBase, newestFirst, sortNewestFirst } from '../../src/knowledge/knowledgeBase.js';

// Indexes built in one pass at load (or on first use) against the plain reading of the records.
const g = generateKnowledge({ companies: 150, seed: 11 });
const kb = new KnowledgeBase(g.meta, g.companies, g.sources, g.deals);

describe('knowledge base indexes', () => {
  it('counts each company’s distinct counterparties', () => {
    for (const c of g.companies) {
      const others = new Set(
        g.deals
          .filter((d) => d.parties.some((p) => p.company === c.id))
          .flatMap((d) => d.parties.map((p) => p.company))
          .filter((id) => id !== c.id),
      );
      expect(kb.connectionCount(c.id)).toBe(others.size);
    }
  });

  it('lists every source of a deal and its figures once, read pages of better tiers first', () => {
    const rank = { primary: 0, major: 1, trade: 2, aggregator: 3 } as const;
    const sources = new Map(g.sources.map((s) => [s.id, s]));
    for (const d of g.deals.slice(0, 300)) {
      const listed = kb.sourcesOfDeal(d.id);
      expect(new Set(listed)).toEqual(new Set([...d.sources, ...d.figures.flatMap((f) => f.sources)]));
      expect(listed.length).toBe(new Set(listed).size);
      const order = listed.map((id) => (sources.get(id)?.quotedIn ? 10 : 0) + rank[sources.get(id)!.tier]);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(kb.sourcesOfDeal('no-such-deal')).toEqual([]);
  });

  it('gives every status step of every deal as an event, newest first', () => {
    const steps = g.deals.reduce((n, d) => n + d.history.length, 0);
    expect(kb.events.length).toBe(steps);
    for (let i = 1; i < kb.events.length; i++)
      expect(kb.events[i - 1]!.step.date >= kb.events[i]!.step.date).toBe(true);
    expect(kb.events).toBe(kb.events);
  });

  it('takes the first unlabelled payment as the headline amount', () => {
    for (const d of g.deals) {
      const payments = d.figures.filter((f) => f.kind === 'amount' && f.measures === 'payment' && !f.paidBy);
      expect(kb.headlineAmount(d)).toBe(payments.find((f) => f.kind === 'amount' && !f.label) ?? payments[0]);
    }
  });
});

describe('sortNewestFirst', () => {
  it('orders deals as newestFirst does, month-only dates and same-day ties included', () => {
    const deals = g.deals.map((d, i) =>
      i % 7 === 0 ? { ...d, date: d.date.slice(0, 7) } : i % 11 === 0 ? { ...d, date: g.deals[0]!.date } : d,
    );
    expect(sortNewestFirst(deals).map((d) => d.id)).toEqual([...deals].sort(newestFirst).map((d) => d.id));
  });

  it('falls back to comparing strings for a date that is not YYYY-MM(-DD)', () => {
    const deals = g.deals.slice(0, 50).map((d, i) => (i === 3 ? { ...d, date: '2024- 1-01' } : d));
    expect(sortNewestFirst(deals)).toEqual([...deals].sort(newestFirst));
  });
});
