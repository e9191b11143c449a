/**
 * "Who signed more compute contracts, A or B?": a company's contracts as customer (money out) and as
 * supplier (money in) are summed apart, never together, and the verdict counts deals, like with like.
 */
import { describe, expect, it } from 'vitest';
import { computeTotals, sidedTotals, totalsText } from '../../src/answers/totals.js';
import { askAnswer } from '../../src/ask/answer.js';
import { dealsAmong } from '../../src/ask/more.js';
import { catalog } from '../../src/i18n/index.js';
import { realEngine, text } from '../helpers.js';

const engine = realEngine();
const { kb } = engine;

/** Companies with compute contracts on both sides: the ones a mixed sum would mislead about. */
const bothSides = [...kb.companies.keys()].filter((id) => {
  const family = kb.familyOf(id);
  const deals = dealsAmong(engine, [id]).filter((d) => d.kind === 'compute-contract');
  const sided = sidedTotals(kb, deals, family);
  return sided.paid.terms.length > 0 && sided.received.terms.length > 0;
});

describe('/ask comparisons by kind of deal', () => {
  it('the real knowledge base has companies that both buy and sell compute', () => {
    expect(bothSides).toContain('microsoft');
  });

  it('sums what each company paid and what it received apart, and never both together', () => {
    const others = ['oracle', 'openai', 'nvidia'].filter((id) => id !== 'microsoft' && kb.company(id));
    for (const lang of ['en', 'es', 'it'] as const) {
      const t = catalog(lang);
      for (const other of others) {
        const name = kb.company(other)!.name;
        const question = `who signed more compute contracts, Microsoft or ${name}?`;
        const shown = text(askAnswer(engine, question, lang).answer, t);
        for (const id of ['microsoft', other]) {
          const deals = dealsAmong(engine, [id]).filter((d) => d.kind === 'compute-contract');
          const sided = sidedTotals(kb, deals, kb.familyOf(id));
          const line = t.askMore.compareKindSide(
            kb.company(id)!.name,
            sided.live,
            totalsText(sided.paid, t),
            totalsText(sided.received, t),
          );
          expect(shown, `${lang} ${question}`).toContain(line);
        }
        // Microsoft's customer contracts (Nebius, IREN…) and its supplier ones (Anthropic on Azure…) never
        // make one sum: the sum of all of them, whatever the side, is nowhere in the answer.
        const microsoft = dealsAmong(engine, ['microsoft']).filter((d) => d.kind === 'compute-contract');
        expect(shown).not.toContain(totalsText(computeTotals(kb, microsoft), t));
        // The verdict counts live deals.
        const live = (id: string) =>
          sidedTotals(
            kb,
            dealsAmong(engine, [id]).filter((d) => d.kind === 'compute-contract'),
            kb.familyOf(id),
          ).live;
        const [a, b] = [live('microsoft'), live(other)];
        const verdict =
          a === b
            ? t.askMore.sameDeals(`Microsoft, ${name}`, a)
            : t.askMore.moreDeals(a > b ? 'Microsoft' : name, Math.max(a, b), Math.min(a, b));
        expect(shown, `${lang} ${question}`).toContain(verdict);
      }
    }
  });
});
