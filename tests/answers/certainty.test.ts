/**
 * An answer's colour (its certainty) says "confirmed" only when every deal it stands on is the parties'
 * own word, status and amount alike, by the same rule the pictures draw by, and whether or not the deal is
 * among the cards shown.
 */
import { describe, expect, it } from 'vitest';
import { dealAnswer, dealCardAnswer } from '../../src/answers/deal.js';
import { SHOWN_DEALS } from '../../src/answers/dealView.js';
import { createEngine } from '../../src/answers/engine.js';
import { moneyGraph } from '../../src/graph/moneyGraph.js';
import { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { CONFIRMED_STATUSES, type Deal } from '../../src/knowledge/schema.js';
import { realEngine } from '../helpers.js';

const engine = realEngine();
const { kb } = engine;

/** The parties' own word: a status they acted on, and an amount they stated (or none). */
const onTheirWord = (d: Deal) => {
  const amount = kb.headlineAmount(d);
  return (
    CONFIRMED_STATUSES.has(d.status) && amount?.disclosure !== 'reported' && amount?.disclosure !== 'estimate'
  );
};

describe("an answer's certainty", () => {
  it('a signed or announced deal whose amount only the press reports is not confirmed', () => {
    const cases = kb.dealList.filter(
      (d) => CONFIRMED_STATUSES.has(d.status) && kb.headlineAmount(d)?.disclosure === 'reported',
    );
    expect(cases.map((d) => d.id)).toContain('openai-oracle-compute-2025-09');
    for (const d of cases) expect(dealCardAnswer(engine, d.id, 'en').certainty, d.id).toBe('unconfirmed');
    for (const d of kb.dealList)
      expect(dealCardAnswer(engine, d.id, 'en').certainty === 'confirmed', d.id).toBe(onTheirWord(d));
  });

  it('the card and the money picture agree: a deal drawn as reported is never a confirmed card', () => {
    for (const flow of moneyGraph(kb).flows) {
      // A payer's own tranche has its own disclosure; the card states the deal's headline.
      if (kb.amountsOf(flow.deal).some((f) => f.paidBy === flow.payer)) continue;
      const card = dealCardAnswer(engine, flow.deal.id, 'en').certainty;
      expect(card === 'confirmed', flow.deal.id).toBe(flow.certainty !== 'reported');
    }
  });

  it('counts every deal the answer stands on, not only the cards shown', () => {
    // OpenAI with more confirmed deals than an answer shows, all newer than its reported ones: the cards
    // shown are all confirmed, but the answer (its totals) still stands on reported amounts.
    const base = kb.deals.get('openai-aws-compute-2026-02')!;
    expect(onTheirWord(base)).toBe(true);
    const clones: Deal[] = Array.from({ length: SHOWN_DEALS }, (_, i) => ({
      ...base,
      id: `openai-aws-clone-${i}`,
      date: '2099-01-01',
    }));
    const big = new KnowledgeBase(
      kb.meta,
      [...kb.companies.values()],
      [...kb.sources.values()],
      [...kb.dealList, ...clones],
    );
    const answer = dealAnswer(createEngine(big), { company: 'OpenAI' });
    const shown = big.dealsOf('openai').slice(0, SHOWN_DEALS);
    expect(shown.every((d) => d.id.startsWith('openai-aws-clone-'))).toBe(true);
    expect(big.dealsOf('openai').some((d) => !onTheirWord(d))).toBe(true);
    expect(answer.certainty).toBe('mixed');
  });
});
