/**
 * `npm run eval`: runs the `/ask` question set (tests/ask/questions.ts) on the real knowledge base and
 * prints accuracy per language and per intent, the misses, and the answers with a figure the knowledge base
 * does not hold (every answer is rendered and checked in English, Spanish and Italian, whatever the
 * question's language); then each held-out batch (tests/ask/heldout.ts), written after tuning, with the
 * score of its first run (the honest one: later runs measure the fixes it prompted) beside today's.
 * Exits 1 below 95% accuracy on the question set, or with any wrong figure anywhere, like the test.
 */
import { createEngine } from '../src/answers/engine.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/paths.js';
import { evaluate, formatReport, type Tally } from '../tests/ask/evaluate.js';
import { BATCHES, type Batch } from '../tests/ask/heldout.js';
import { CASES } from '../tests/ask/questions.js';

const engine = createEngine(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));
const report = evaluate(engine, CASES);
const pct = (right: number, total: number) => `${((100 * right) / Math.max(1, total)).toFixed(1)}%`;
const score = (right: number, total: number) => `${right}/${total} (${pct(right, total)})`;

function firstSightLine(b: Batch, now: Tally, wrongNow: number): string[] {
  const f = b.firstSight;
  const out = [
    `  first sight: ${score(f.right, f.total)}, wrong-figure answers ${f.wrongFigureAnswers}` +
      `   now: ${score(now.right, now.total)}, wrong-figure answers ${wrongNow}`,
  ];
  if (f.byLanguage)
    out.push(
      `  first sight by language: ${Object.entries(f.byLanguage)
        .map(([lang, [r, t]]) => `${lang} ${score(r, t)}`)
        .join(', ')}`,
    );
  return out;
}

const out = [`Question set (${CASES.length} questions)`, formatReport(report)];
let heldOutWrong = 0;
/** One line per batch for the summary at the end: first sight, then today. */
const summary: string[] = [];
for (const b of BATCHES) {
  const r = evaluate(engine, b.cases);
  heldOutWrong += r.wrongFigureAnswers;
  summary.push(
    `  ${b.name.replace(/ \(.*$/, '').padEnd(10)} first sight ${pct(b.firstSight.right, b.firstSight.total).padStart(6)}` +
      `   now ${pct(r.overall.right, r.overall.total).padStart(6)}   wrong figures ${r.wrongFigureAnswers}` +
      (b.pending ? '   (fixes pending)' : ''),
  );
  out.push(
    '',
    `Held-out ${b.name} (${b.cases.length} questions)`,
    ...firstSightLine(b, r.overall, r.wrongFigureAnswers),
  );
  out.push(formatReport(r));
}
out.push('', 'Held-out batches: first sight (the honest score) and today', ...summary);
process.stdout.write(`${out.join('\n')}\n`);
const accuracy = report.overall.right / report.overall.total;
if (accuracy < 0.95 || report.wrongFigureAnswers > 0 || heldOutWrong > 0) process.exitCode = 1;
