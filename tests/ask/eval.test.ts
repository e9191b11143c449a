import { describe, expect, it } from 'vitest';
import type { Intent } from '../../src/ask/understand.js';
import { realEngine } from '../helpers.js';
import { evaluate, formatReport } from './evaluate.js';
import { BATCHES } from './heldout.js';
import { CASES } from './questions.js';

/**
 * Each test reads and answers a whole set, rendering every answer in three languages: seconds of CPU, many
 * more on a loaded machine. A generous limit keeps a slow machine from failing a correct run; it is not a
 * speed check (speed is in `npm run bench`).
 */
const SET_TIMEOUT_MS = 180_000;

describe('the /ask question set', () => {
  const engine = realEngine();

  it('has at least 150 questions, 45 per language, every intent, and questions to decline in each language', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['en', 'es', 'it'] as const) {
      const cases = CASES.filter((c) => c.lang === lang);
      expect(cases.length).toBeGreaterThanOrEqual(45);
      expect(cases.filter((c) => c.decline).length).toBeGreaterThanOrEqual(5);
    }
    const intents: Intent[] = [
      'deal',
      'backers',
      'investments',
      'company',
      'sources',
      'top',
      'valuation',
      'acquired',
      'unknown',
    ];
    for (const intent of intents) expect(CASES.some((c) => c.intent === intent)).toBe(true);
    expect(new Set(CASES.map((c) => c.q)).size).toBe(CASES.length);
  });

  it(
    'reads at least 95% of the questions right and never shows a figure the knowledge base does not hold',
    () => {
      const report = evaluate(engine, CASES);
      const summary = formatReport(report);
      expect(report.wrongFigureAnswers, summary).toBe(0);
      expect(report.overall.right / report.overall.total, summary).toBeGreaterThanOrEqual(0.95);
    },
    SET_TIMEOUT_MS,
  );

  // One test per batch: each renders every answer in three languages, and batches keep being added.
  for (const b of BATCHES) {
    it(
      `${b.name}: never a wrong figure, and 95% or more once its first-sight score is recorded`,
      () => {
        const report = evaluate(engine, b.cases);
        expect(report.wrongFigureAnswers, `${b.name}\n${formatReport(report)}`).toBe(0);
        expect(b.firstSight.total, b.name).toBe(b.cases.length);
        if (!b.pending)
          expect(
            report.overall.right / report.overall.total,
            `${b.name}\n${formatReport(report)}`,
          ).toBeGreaterThanOrEqual(0.95);
      },
      SET_TIMEOUT_MS,
    );
  }
});
