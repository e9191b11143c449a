import { describe, expect, it } from 'vitest';
import { dealAnswer } from '../../src/answers/deal.js';
import { catalog, commandText } from '../../src/i18n/index.js';
import { fixtureEngine, text } from '../helpers.js';

describe('/deal', () => {
  const engine = fixtureEngine();

  it('finds deals in both directions, including subsidiaries, newest first', () => {
    const answer = dealAnswer(engine, { company: 'Alpha', with: 'Beta AI' });
    expect(answer.status).toBe('ok');
    const headings = answer.blocks.map((b) => b.heading);
    // What each side pays the other leads the answer; the deals follow, newest first.
    expect(answer.highlights?.length).toBeGreaterThan(0);
    expect(headings).toEqual([
      'Alpha invests $50 billion in Beta',
      'Beta raises a round',
      'Alpha in talks to invest in Beta',
      'Beta buys compute from Alpha Cloud',
    ]);
    const out = text(answer);
    expect(out).toContain('Alpha → Beta AI: announced: $50 billion (1 deal)');
    expect(out).toContain('Beta AI → Alpha: announced: $38 billion (1 deal)');
  });

  it('is the same pair whichever company comes first', () => {
    const ab = dealAnswer(engine, { company: 'Alpha', with: 'Beta' });
    const ba = dealAnswer(engine, { company: 'beta ai', with: 'alpha' });
    expect(ba.blocks.slice(1).map((b) => b.heading)).toEqual(ab.blocks.slice(1).map((b) => b.heading));
  });

  it('says what superseded a deal, with its qualifier and date', () => {
    const out = text(dealAnswer(engine, { company: 'Alpha', with: 'Beta' }));
    expect(out).toContain(
      'About $10 billion (reported) in Dec 2025, superseded by the $50 billion equity investment of Feb 2026',
    );
    expect(out).toContain('Amount: about $10 billion · reported, not confirmed by the parties');
  });

  it('cites every figure with numbered sources that resolve to the citation list, best tier first', () => {
    const answer = dealAnswer(engine, { company: 'Alpha', with: 'Beta' });
    const numbers = new Set(answer.citations.map((c) => c.n));
    for (const block of answer.blocks) {
      for (const l of block.lines) {
        for (const part of l.parts) if (typeof part !== 'string') expect(numbers.has(part.cite)).toBe(true);
        if (['Amount', 'Term', 'Capacity'].includes(l.label ?? '')) {
          expect(l.parts.some((p) => typeof p !== 'string')).toBe(true);
        }
      }
    }
    // The talks figure cites a trade source and an aggregator seed: the trade source comes first.
    const talks = answer.blocks.find((b) => b.heading === 'Alpha in talks to invest in Beta')!;
    const amount = talks.lines.find((l) => l.label === 'Amount')!;
    const cited = amount.parts
      .filter((p) => typeof p !== 'string')
      .map((p) => answer.citations[p.cite - 1]!.tier);
    expect(cited).toEqual(['trade', 'aggregator']);
  });

  it('lists every deal of one company when no second is given', () => {
    const answer = dealAnswer(engine, { company: 'Gamma Chips' });
    expect(answer.blocks.map((b) => b.heading)).toEqual([
      'Gamma letter of intent to invest in Beta',
      'Omega Two backs Gamma',
    ]);
    expect(text(answer)).toContain('Status: stalled (30 Jan 2026)');
    expect(text(answer)).toContain('Capacity: at least 10 GW');
  });

  it('says so plainly when two companies have no deal', () => {
    const answer = dealAnswer(engine, { company: 'Gamma', with: 'Délta' });
    expect(answer.status).toBe('empty');
    expect(text(answer)).toContain('No deal between Gamma Chips and Délta Systems');
  });

  it('refuses a pair inside one group', () => {
    expect(dealAnswer(engine, { company: 'Alpha', with: 'ACS' }).status).toBe('invalid');
  });

  it('offers the candidates when a name is unknown or ambiguous', () => {
    const unknown = dealAnswer(engine, { company: 'Gama Chip', with: 'Omega' });
    expect(unknown.status).toBe('ambiguous');
    expect(unknown.suggestions?.map((s) => commandText(s.command, catalog('en')))).toEqual(
      expect.arrayContaining([
        '/deal company:Gamma Chips with:Omega One',
        '/deal company:Gamma Chips with:Omega Two',
      ]),
    );
  });
});

describe('short mentions of a figure', () => {
  it('keep "reported" when the parties did not announce it', () => {
    const engine = fixtureEngine();
    const out = text(dealAnswer(engine, { company: 'Alpha', with: 'Beta' }));
    expect(out).toContain('Replaces: about $10 billion (reported) equity investment of Dec 2025');
  });
});
