/**
 * `npm run kb:add`: adds a source and a deal, or a status change, to the knowledge base. Every field is
 * checked as it is given; the whole knowledge base is cross-checked before anything is written.
 *
 *   npm run kb:add                      asks for each field (source first), in a terminal
 *   npm run kb:add -- --url … --publisher … --source-title … --source-date … --language en --tier major \
 *     --deal-id … --kind … --title … --party openai:customer --party aws:supplier --status signed \
 *     --date … --amount 38000000000 --disclosure announced --summary …
 *   npm run kb:add -- --source <id of a recorded source> --update <deal id> --status closed --date …
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  type Addition,
  type Answers,
  applyAddition,
  checkField,
  DEAL_FIELDS,
  dealRecord,
  type Field,
  SOURCE_FIELDS,
  STEP_FIELDS,
  sourceRecord,
} from '../src/knowledge/curate.js';
import { knowledgeDir } from '../src/knowledge/paths.js';

const fields = [...SOURCE_FIELDS, ...DEAL_FIELDS, ...STEP_FIELDS];
const options = Object.fromEntries([
  ...fields.map((f) => [f.flag, { type: 'string' as const, multiple: f.repeated === true }]),
  ['source', { type: 'string' as const }],
  ['source-file', { type: 'string' as const, default: 'sources/curated.json' }],
  ['deal-file', { type: 'string' as const, default: 'deals/curated.json' }],
]);

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ options, strict: true, allowPositionals: false });
  } catch (error) {
    console.error(
      `${(error as Error).message}\nExpected flags: ${fields.map((f) => `--${f.flag}`).join(' ')}`,
    );
    return 2;
  }
  const given = parsed.values as Answers;
  const interactive = process.stdin.isTTY === true;
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  // Reading through the iterator keeps lines typed (or pasted) ahead of a question instead of dropping them.
  const lines = rl?.[Symbol.asyncIterator]();
  const ask = async (question: string): Promise<string> => {
    process.stdout.write(question);
    const next = await lines!.next();
    if (next.done) throw Object.assign(new Error('end of input'), { code: 'ABORT_ERR' });
    return next.value;
  };
  const answers: Answers = {};

  /** Takes a field from the flags, or asks for it until it passes its check; undefined when skipped. */
  const take = async (field: Field): Promise<boolean> => {
    const flagged = given[field.flag];
    const values = flagged === undefined ? [] : Array.isArray(flagged) ? flagged : [flagged];
    for (const value of values) {
      const problem = checkField(field, value);
      if (problem) {
        console.error(`--${field.flag} "${value}": ${problem}`);
        return false;
      }
    }
    if (values.length > 0) {
      answers[field.flag] = field.repeated ? values : values[0];
      return true;
    }
    if (!rl) {
      if (field.optional) return true;
      console.error(`--${field.flag} is required: ${field.question}`);
      return false;
    }
    const collected: string[] = [];
    for (;;) {
      const value = (await ask(`${field.question}: `)).trim();
      if (value === '') {
        if (field.optional || (field.repeated && collected.length > 0)) break;
        console.log('  required');
        continue;
      }
      const problem = checkField(field, value);
      if (problem) {
        console.log(`  ${problem}`);
        continue;
      }
      collected.push(value);
      if (!field.repeated) break;
    }
    if (collected.length > 0) answers[field.flag] = field.repeated ? collected : collected[0];
    return true;
  };

  try {
    const addition: Addition = {
      sourceFile: String(given['source-file']),
      dealFile: String(given['deal-file']),
    };
    let sourceId = given.source as string | undefined;
    if (!sourceId) {
      for (const field of SOURCE_FIELDS) if (!(await take(field))) return 2;
      addition.source = sourceRecord(answers);
      sourceId = String(addition.source.id);
    }
    if (given.update !== undefined) {
      for (const field of STEP_FIELDS) if (!(await take(field))) return 2;
      addition.step = {
        deal: String(answers.update),
        step: {
          status: answers.status,
          date: answers.date,
          sources: [sourceId],
          ...(answers.note ? { note: answers.note } : {}),
        },
      };
    } else {
      for (const field of DEAL_FIELDS) if (!(await take(field))) return 2;
      addition.deal = dealRecord(answers, sourceId);
    }
    const result = applyAddition(knowledgeDir(), addition);
    if (!result.ok) {
      console.error(`Nothing written; the knowledge base would have ${result.problems.length} problem(s):`);
      for (const problem of result.problems) console.error(`  - ${problem}`);
      return 1;
    }
    console.log(
      `Written: ${[addition.source && `source "${sourceId}"`, addition.deal && `deal "${String(addition.deal.id)}"`, addition.step && `a ${String(addition.step.step.status)} step on "${addition.step.deal}"`].filter(Boolean).join(', ')}. Run npm run kb:check to see the whole.`,
    );
    return 0;
  } finally {
    rl?.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  // Ctrl-C or Ctrl-D at a question: the curator gave up; nothing was written.
  if ((error as { code?: string }).code !== 'ABORT_ERR') throw error;
  console.error('\nCancelled: nothing written.');
  process.exitCode = 130;
}
