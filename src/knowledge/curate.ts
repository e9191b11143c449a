/**
 * The curation workflow behind `npm run kb:add`: the source first, then the deal (or a status change of a
 * deal already recorded), each field checked as it is given with the same zod schemas the loader uses,
 * then the whole knowledge base cross-checked with the new records before anything is written.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { loadKnowledgeBase } from './knowledgeBase.js';
import { formatProblem, KnowledgeBaseError } from './problems.js';
import {
  currency,
  dealKind,
  dealStatus,
  disclosure,
  httpsUrl,
  isoDate,
  language,
  partyRole,
  qualifier,
  source as sourceSchema,
  sourceTier,
} from './schema.js';

/** One value the curator gives: its flag, its question, and the schema that checks it. */
export interface Field {
  flag: string;
  question: string;
  schema: z.ZodType;
  optional?: boolean;
  /** Given several times (--party, --caveat). */
  repeated?: boolean;
}

const text = (min = 1) => sourceSchema.shape.publisher.min(min);
const slug = sourceSchema.shape.id;

export const SOURCE_FIELDS: readonly Field[] = [
  { flag: 'url', question: 'URL of the page you read (https)', schema: httpsUrl },
  { flag: 'publisher', question: 'Publisher', schema: text() },
  { flag: 'source-title', question: 'Title as seen on the page', schema: text() },
  { flag: 'source-date', question: 'Date of the page (YYYY-MM-DD)', schema: isoDate },
  { flag: 'language', question: `Language (${language.options.join(', ')})`, schema: language },
  { flag: 'tier', question: `Tier (${sourceTier.options.join(', ')}): what the page is`, schema: sourceTier },
  { flag: 'relays', question: 'Outlet or primary it relays (optional)', schema: text(), optional: true },
  {
    flag: 'source-id',
    question: 'Source id (optional: made from publisher and date)',
    schema: slug,
    optional: true,
  },
];

export const DEAL_FIELDS: readonly Field[] = [
  { flag: 'deal-id', question: 'Deal id, e.g. openai-aws-compute-2025-11', schema: slug },
  { flag: 'kind', question: `Kind (${dealKind.options.join(', ')})`, schema: dealKind },
  { flag: 'title', question: 'Title, in your own words', schema: text() },
  {
    flag: 'party',
    question: `Party as company-id:role (${partyRole.options.join(', ')}); empty line to finish`,
    schema: text(),
    repeated: true,
  },
  { flag: 'status', question: `Status (${dealStatus.options.join(', ')})`, schema: dealStatus },
  { flag: 'date', question: 'Date of that status (YYYY-MM-DD)', schema: isoDate },
  {
    flag: 'amount',
    question: 'Amount in units, e.g. 38000000000 (optional)',
    schema: text(),
    optional: true,
  },
  {
    flag: 'currency',
    question: `Currency (${currency.options.join(', ')})`,
    schema: currency,
    optional: true,
  },
  {
    flag: 'qualifier',
    question: `Qualifier (${qualifier.options.join(', ')})`,
    schema: qualifier,
    optional: true,
  },
  {
    flag: 'disclosure',
    question: `Disclosure (${disclosure.options.join(', ')})`,
    schema: disclosure,
    optional: true,
  },
  { flag: 'summary', question: 'Summary, two or three sentences in your own words', schema: text() },
  {
    flag: 'caveat',
    question: 'Caveat users should read (optional, repeatable)',
    schema: text(),
    optional: true,
    repeated: true,
  },
];

export const STEP_FIELDS: readonly Field[] = [
  { flag: 'update', question: 'Id of the deal whose status changed', schema: slug },
  { flag: 'status', question: `New status (${dealStatus.options.join(', ')})`, schema: dealStatus },
  { flag: 'date', question: 'Date of the change (YYYY-MM-DD)', schema: isoDate },
  { flag: 'note', question: 'What happened, in your own words (optional)', schema: text(), optional: true },
];

export type Answers = Record<string, string | string[] | undefined>;

/** Why a value is refused, in the loader's words, or undefined when it is fine. */
export function checkField(field: Field, value: string): string | undefined {
  const parsed = field.schema.safeParse(value);
  if (parsed.success) return undefined;
  return parsed.error.issues.map((i) => i.message).join('; ');
}

export interface Addition {
  sourceFile: string;
  dealFile: string;
  source?: Record<string, unknown>;
  deal?: Record<string, unknown>;
  /** A status change: the step appended to an existing deal's history. */
  step?: { deal: string; step: Record<string, unknown> };
}

/** Builds the source record from the curator's answers. */
export function sourceRecord(a: Answers): Record<string, unknown> {
  const date = String(a['source-date']);
  const id =
    (a['source-id'] as string | undefined) ??
    `${String(a.publisher)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}-${date}`;
  return {
    id,
    url: a.url,
    publisher: a.publisher,
    title: a['source-title'],
    date,
    language: a.language,
    tier: a.tier,
    ...(a.relays ? { relays: a.relays } : {}),
  };
}

/** Builds the deal record, every figure and step citing the new source. */
export function dealRecord(a: Answers, sourceId: string): Record<string, unknown> {
  const parties = ((a.party as string[] | undefined) ?? []).map((p) => {
    const [company, role] = p.split(':');
    return { company: company?.trim(), role: role?.trim() };
  });
  const amount = a.amount === undefined ? undefined : Number(a.amount);
  const figures =
    amount === undefined
      ? []
      : [
          {
            kind: 'amount',
            amount,
            currency: a.currency ?? 'USD',
            qualifier: a.qualifier ?? 'exact',
            disclosure: a.disclosure ?? 'announced',
            sources: [sourceId],
          },
        ];
  return {
    id: a['deal-id'],
    kind: a.kind,
    title: a.title,
    parties,
    history: [{ status: a.status, date: a.date, sources: [sourceId] }],
    figures,
    summary: a.summary,
    caveats: (a.caveat as string[] | undefined) ?? [],
    sources: [sourceId],
  };
}

/**
 * Writes the addition if the whole knowledge base still passes every check with it; otherwise writes
 * nothing and returns the problems, each naming its file, record and field.
 */
export function applyAddition(
  root: string,
  addition: Addition,
): { ok: true } | { ok: false; problems: string[] } {
  const scratch = mkdtempSync(join(tmpdir(), 'kb-add-'));
  try {
    cpSync(root, scratch, { recursive: true });
    writeAddition(scratch, addition);
    try {
      loadKnowledgeBase(scratch);
    } catch (error) {
      if (error instanceof KnowledgeBaseError)
        return { ok: false, problems: error.problems.map((p) => formatProblem(p).replace(scratch, root)) };
      throw error;
    }
    writeAddition(root, addition);
    return { ok: true };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function writeAddition(root: string, addition: Addition): void {
  if (addition.source) append(join(root, addition.sourceFile), 'sources', addition.source);
  if (addition.deal) append(join(root, addition.dealFile), 'deals', addition.deal);
  if (addition.step) appendStep(root, addition.step.deal, addition.step.step);
}

function append(path: string, key: 'sources' | 'deals', record: Record<string, unknown>): void {
  const json = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown[]>)
    : { $schema: `../schema/${key}.schema.json`, [key]: [] };
  (json[key] as unknown[]).push(record);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

function appendStep(root: string, dealId: string, step: Record<string, unknown>): void {
  const dir = join(root, 'deals');
  for (const name of readdirJson(dir)) {
    const path = join(dir, name);
    const json = JSON.parse(readFileSync(path, 'utf8')) as { deals: { id: string; history: unknown[] }[] };
    const found = json.deals.find((d) => d.id === dealId);
    if (!found) continue;
    found.history.push(step);
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  throw new Error(`no deal "${dealId}" in ${dir}; expected the id of a recorded deal`);
}

function readdirJson(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : [];
}
