import { describe, expect, it } from 'vitest';
import { backersAnswer, investmentsAnswer } from '../../src/answers/money.js';
import { fixtureEngine, text } from '../helpers.js';

describe('/backers', () => {
  const engine = fixtureEngine();

  it('lists investors and totals without counting a part, a superseded or a stalled deal', () => {
    const out = text(backersAnswer(engine, 'Beta AI'));
    expect(out).toContain('Investors: Alpha, Omega One, Gamma Chips.');
    expect(out).toContain('Totals: announced: $80 billion (1 deal)');
    expect(out).toContain(
      'Alpha → Beta AI, $50 billion equity investment of Feb 2026 (counted in Alpha, Omega One → Beta AI, $80 billion funding round of Feb 2026)',
    );
    expect(out).toContain(
      'Alpha → Beta AI, about $10 billion (reported) equity investment of Dec 2025 (superseded)',
    );
    expect(out).toContain(
      'Gamma Chips → Beta AI, up to $100 billion equity investment of Sep 2025 (stalled)',
    );
    expect(out).toContain('Amount: up to $100 billion · announced');
  });

  it('keeps up-to money apart from committed money', () => {
    expect(text(backersAnswer(engine, 'Gamma'))).toContain('Totals: announced: up to $2 billion (1 deal)');
  });

  it('answers plainly for a company nobody backed', () => {
    const answer = backersAnswer(engine, 'Délta');
    expect(answer.status).toBe('empty');
    expect(text(answer)).toContain('No investment in Délta Systems is recorded');
  });
});

describe('/investments', () => {
  const engine = fixtureEngine();

  it("counts only the company's own part of a shared round", () => {
    const out = text(investmentsAnswer(engine, 'Alpha'));
    expect(out).toContain('Into: Beta AI.');
    expect(out).toContain('Totals: announced: $50 billion (1 deal)');
    expect(out).toContain(
      'Alpha, Omega One → Beta AI, $80 billion funding round of Feb 2026 (shared with other payers)',
    );
  });

  it('does not count spending on compute as an investment', () => {
    const out = text(investmentsAnswer(engine, 'Beta AI'));
    expect(out).not.toContain('Beta buys compute');
  });
});
