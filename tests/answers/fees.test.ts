/**
 * A fee per month or year is never the size of a deal: on the real knowledge base, every reader that
 * ranks, compares or draws an amount (the kb's rankings, /top, watch minimums, the money graph, the
 * timeline) takes the whole-term amount when the record gives one, and otherwise leaves the fee out of
 * any comparison, saying so.
 */
import { describe, expect, it } from 'vitest';
import { headlineText, periodicValue } from '../../src/answers/dealView.js';
import { topAnswer } from '../../src/answers/top.js';
import { askAnswer } from '../../src/ask/answer.js';
import { graphAnswer, timelineAnswer } from '../../src/graph/answers.js';
import { flowsLabel } from '../../src/graph/labels.js';
import { moneyGraph } from '../../src/graph/moneyGraph.js';
import { timelineData } from '../../src/graph/timeline.js';
import { catalog } from '../../src/i18n/index.js';
import { INACTIVE_STATUSES, periodOf } from '../../src/knowledge/knowledgeBase.js';
import type { Deal } from '../../src/knowledge/schema.js';
import { matches } from '../../src/watch/changes.js';
import { realEngine, text } from '../helpers.js';

const engine = realEngine();
const { kb } = engine;
const en = catalog('en');

/** Live deals that state a fee per period, split by whether the record also gives a whole-term amount. */
const withFees = kb.dealList.filter(
  (d) => !INACTIVE_STATUSES.has(d.status) && kb.amountsOf(d).some((f) => periodOf(f) !== undefined),
);
const wholeTerm = (d: Deal) =>
  kb
    .amountsOf(d)
    .find((f) => f.measures === 'payment' && !f.paidBy && f.amount !== undefined && !periodOf(f));
const feeOnly = withFees.filter((d) => !wholeTerm(d) && kb.headlineAmount(d)?.amount !== undefined);
const termed = withFees.filter((d) => wholeTerm(d) !== undefined);
const fees = new Set(withFees.flatMap((d) => kb.amountsOf(d).filter((f) => periodOf(f) !== undefined)));

describe('a fee per period in rankings, watches and pictures', () => {
  it('the real knowledge base has both cases (a fee with a whole-term amount, a fee alone)', () => {
    expect(termed.map((d) => d.id)).toContain('anthropic-spacex-colossus-2026-05');
    expect(feeOnly.map((d) => d.id)).toContain('softbank-openai-japan-2025-02');
  });

  it("a deal's headline is its whole-term amount when the record gives one, not the fee", () => {
    for (const d of termed) {
      const headline = kb.headlineAmount(d);
      expect(headline && periodOf(headline), d.id).toBeUndefined();
      expect(kb.comparableAmount(d), d.id).toBe(headline);
    }
    const colossus = kb.deals.get('anthropic-spacex-colossus-2026-05')!;
    expect(kb.headlineAmount(colossus)?.amount).toBe(45_000_000_000);
  });

  it('a fee is a fee by its period, with or without a label', () => {
    const colossus = kb.deals.get('anthropic-spacex-colossus-2026-05')!;
    const unlabelled = {
      ...colossus,
      figures: colossus.figures.map((f) => (f.kind === 'amount' && f.per ? { ...f, label: undefined } : f)),
    };
    expect(kb.headlineAmount(unlabelled)?.amount).toBe(45_000_000_000);
  });

  it('a fee alone is shown with its period and never offered for comparison', () => {
    for (const d of feeOnly) {
      const fee = kb.headlineAmount(d)!;
      expect(headlineText(kb, d, en), d.id).toContain(en.figure.per[periodOf(fee)!]);
      expect(kb.comparableAmount(d), d.id).toBeUndefined();
    }
  });

  it('every ranking (all, each kind, each year) ranks by whole-term amounts and leaves fees out, counted', () => {
    const slices = [
      kb.rankingOf(undefined, undefined),
      ...kb.years.map((y) => kb.rankingOf(undefined, y)),
      ...[...new Set(kb.dealList.map((d) => d.kind))].map((k) => kb.rankingOf(k, undefined)),
    ];
    for (const slice of slices)
      for (const entry of slice.ranked) {
        expect(fees.has(entry.amount), entry.deal.id).toBe(false);
        expect(feeOnly.includes(entry.deal), entry.deal.id).toBe(false);
      }
    const colossus = kb
      .rankingOf('compute-contract', undefined)
      .ranked.find((e) => e.deal.id === 'anthropic-spacex-colossus-2026-05');
    expect(colossus?.amount.amount).toBe(45_000_000_000);
    const japan = kb.deals.get('softbank-openai-japan-2025-02')!;
    expect(kb.unranked).toContain(japan);
    expect(kb.rankingOf(japan.kind, undefined).fees).toBeGreaterThan(0);
  });

  it('/top says why a fee alone is not ranked', () => {
    const japan = kb.deals.get('softbank-openai-japan-2025-02')!;
    const fees = kb.rankingOf(japan.kind, undefined).fees;
    for (const lang of ['en', 'es', 'it'] as const) {
      // The line names the fees apart from the other reasons.
      expect(catalog(lang).answers.notRanked(1, fees)).not.toBe(catalog(lang).answers.notRanked(1));
      const shown = text(topAnswer(engine, { kind: japan.kind }, lang), catalog(lang));
      expect(shown, lang).toContain(
        catalog(lang).answers.notRanked(kb.rankingOf(japan.kind, undefined).unranked, fees),
      );
    }
  });

  it('/ask rankings say so too, in every language', () => {
    const questions = {
      en: 'largest spending commitments',
      es: 'mayores compromisos de gasto',
      it: 'maggiori impegni di spesa',
    } as const;
    for (const lang of ['en', 'es', 'it'] as const) {
      const shown = text(askAnswer(engine, questions[lang], lang).answer, catalog(lang));
      const { unranked, fees } = kb.rankingOf('spending-commitment', undefined);
      expect(fees, lang).toBeGreaterThan(0);
      expect(shown, lang).toContain(catalog(lang).answers.notRanked(unranked, fees));
    }
  });

  it('a watch minimum compares the whole-term amount, never a fee', () => {
    const change = (deal: Deal) => ({
      deal,
      step: deal.history[0]!,
      index: 0,
      key: deal.id,
      what: 'new' as const,
    });
    const colossus = kb.deals.get('anthropic-spacex-colossus-2026-05')!;
    // $1.25 billion a month is not a $10 billion deal; $45 billion run to term is.
    expect(matches(kb, { minUsd: 10_000_000_000 }, change(colossus))).toBe(true);
    for (const d of feeOnly) expect(matches(kb, { minUsd: 1 }, change(d)), d.id).toBe(false);
  });

  it('a fee alone drawn in the money picture says its period on the arrow', () => {
    const flows = moneyGraph(kb).flows.filter((f) => feeOnly.includes(f.deal));
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows)
      for (const lang of ['en', 'es', 'it'] as const) {
        const period = periodOf(flow.fee!)!;
        expect(flowsLabel([flow], catalog(lang))).toContain(catalog(lang).graph.picture.perPeriod[period]);
      }
  });

  it('the picture answers state a fee alone with its period and its source', () => {
    const japan = kb.deals.get('softbank-openai-japan-2025-02')!;
    const fee = kb.headlineAmount(japan)!;
    for (const lang of ['en', 'es', 'it'] as const) {
      const t = catalog(lang);
      const said = periodicValue(fee, t);
      expect(said).toContain(t.figure.per.year);
      const graph = text(graphAnswer(engine, 'SoftBank', 1, lang), t);
      expect(graph, lang).toContain(said);
      const timeline = text(timelineAnswer(engine, 'SoftBank', lang), t);
      expect(timeline, lang).toContain(`${t.graph.feeOnly}: `);
      expect(timeline, lang).toContain(said);
    }
  });

  it('the money graph and the timeline never draw a fee as an amount', () => {
    for (const flow of moneyGraph(kb).flows) {
      const drawn = flow.amount ?? flow.whole;
      if (drawn === undefined || !withFees.includes(flow.deal)) continue;
      expect(wholeTerm(flow.deal)?.amount, flow.deal.id).toBe(drawn);
    }
    const colossus = moneyGraph(kb).flows.find((f) => f.deal.id === 'anthropic-spacex-colossus-2026-05');
    expect(colossus?.amount).toBe(45_000_000_000);
    for (const id of ['softbank', 'openai', 'anthropic', 'spacex']) {
      if (!kb.company(id)) continue;
      const data = timelineData(kb, id, en);
      for (const point of data.points) {
        if (!withFees.includes(point.deal)) continue;
        expect(wholeTerm(point.deal)?.amount, point.deal.id).toBe(point.amount);
      }
      for (const d of feeOnly)
        if (kb.dealsOf(id).includes(d)) {
          expect(data.points.map((p) => p.deal)).not.toContain(d);
          expect(data.fees).toContain(d);
          expect(data.undisclosed).not.toContain(d);
        }
    }
  });
});
