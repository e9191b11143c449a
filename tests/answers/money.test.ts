import { describe, expect, it } from 'vitest';
import { backersAnswer, investmentsAnswer } from '../../src/answers/money.js';
import { fixtureEngine, text } from '../helpers.js';

describe('/backers', () => {
  const engine = fixtureEngine();

  it('lists investors and totals without counting a part, a superseded or a stalled deal', () => {
    const out = text(backersAnswer(engine, 'Beta AI'));
    expect(out).toContain('Investors: Alpha, Omega One, Gamma Chips.');
    expect(out).toContain('Totals: announced: $80 billion (1 deal)');
    expect(out).toContain('alpha-beta-equity-2026-02 (counted in beta-round-2026-02)');
    expect(out).toContain('alpha-beta-talks-2025-12 (superseded)');
    expect(out).toContain('gamma-beta-loi-2025-09 (stalled)');
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
    expect(out).toContain('beta-round-2026-02 (shared with other payers)');
  });

  it('does not count spending on compute as an investment', () => {
    const out = text(investmentsAnswer(engine, 'Beta AI'));
    expect(out).not.toContain('Beta buys compute');
  });
});
