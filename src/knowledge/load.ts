/**
 * Reads the knowledge directory and validates every record on its own, so that one bad record is
 * reported with its file, id and field while the others are still checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { fastDeal, fastSource } from './fastCheck.js';
import { type Problem, pathToString } from './problems.js';
import {
  type Company,
  company,
  type Deal,
  deal,
  type Meta,
  metaFile,
  type Source,
  source,
} from './schema.js';
import {
  companyTranslation,
  dealTranslation,
  isTranslationLanguage,
  type LoadedTranslations,
  relaysTranslation,
  TRANSLATION_LANGUAGES,
} from './translations.js';

export interface Located<T> {
  value: T;
  file: string;
  /** How the record is named in messages: its id, or its position when it has none. */
  label: string;
}

export interface RawKnowledge {
  meta: Meta | undefined;
  companies: Located<Company>[];
  sources: Located<Source>[];
  deals: Located<Deal>[];
  /** knowledge/translations/<lang>.json, when present (a missing file only means English is shown). */
  translations?: LoadedTranslations[];
}

/**
 * `fast`: a check that accepts only what the schema accepts and returns what it returns (fastCheck.ts),
 * for the collections that run into millions; a record it is unsure of goes through zod.
 */
const COLLECTIONS = {
  companies: { dir: 'companies', key: 'companies', schema: company, fast: undefined },
  sources: { dir: 'sources', key: 'sources', schema: source, fast: fastSource },
  deals: { dir: 'deals', key: 'deals', schema: deal, fast: fastDeal },
} as const;

/**
 * A valid record where it was read. Its label is made only when a message needs it: a million labels
 * made up front were a million strings kept for nothing.
 */
class ReadRecord<T extends { id: string }> implements Located<T> {
  constructor(
    readonly value: T,
    readonly file: string,
  ) {}
  get label(): string {
    return `"${this.value.id}"`;
  }
}

/** The JSON files of a directory in name order, or undefined when it cannot be read. */
function jsonFilesIn(dir: string): string[] | undefined {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return undefined;
  }
}

/** A path as people read it: relative to where they are when it is inside, else absolute. */
function display(path: string): string {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') ? near : path;
}

export function readKnowledge(root: string, problems: Problem[]): RawKnowledge {
  const metaPath = join(root, 'meta.json');
  const metaJson = readJson(metaPath, display(metaPath), problems);
  let meta: Meta | undefined;
  if (metaJson !== undefined) {
    const parsed = metaFile.safeParse(metaJson);
    if (parsed.success) meta = parsed.data;
    else pushIssues(parsed.error, display(metaPath), undefined, problems);
  }
  return {
    meta,
    companies: readCollection(root, COLLECTIONS.companies, display, problems),
    sources: readCollection(root, COLLECTIONS.sources, display, problems),
    deals: readCollection(root, COLLECTIONS.deals, display, problems),
    translations: readTranslations(root, display, problems),
  };
}

/**
 * Each translation file on its own; then each of its records on its own, so a bad one is named by file,
 * record id and field like a bad deal is.
 */
function readTranslations(
  root: string,
  display: (path: string) => string,
  problems: Problem[],
): LoadedTranslations[] {
  const dir = join(root, 'translations');
  const names = jsonFilesIn(dir);
  if (!names) return [];
  const out: LoadedTranslations[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = display(path);
    const json = readJson(path, file, problems);
    if (json === undefined) continue;
    const expected = name.slice(0, -'.json'.length);
    if (!isTranslationLanguage(expected)) {
      problems.push({
        file,
        message: `expected a file named after a language: ${TRANSLATION_LANGUAGES.map((l) => `${l}.json`).join(', ')}`,
      });
      continue;
    }
    if (!isObject(json)) {
      problems.push({ file, message: 'expected an object {"language", "companies": {...}, "deals": {...}}' });
      continue;
    }
    if (json.language !== expected) {
      problems.push({
        file,
        field: 'language',
        message: `expected "${expected}", the language the file is named after`,
      });
      continue;
    }
    for (const key of Object.keys(json)) {
      if (!['$schema', 'language', 'companies', 'deals', 'relays'].includes(key))
        problems.push({
          file,
          field: key,
          message: 'unknown top-level key; expected only "language", "companies", "deals" and "relays"',
        });
    }
    const records = <S extends z.ZodType>(key: 'companies' | 'deals', schema: S) => {
      const group = json[key] ?? {};
      const located: Located<z.output<S> & { id: string }>[] = [];
      if (!isObject(group)) {
        problems.push({ file, field: key, message: 'expected an object keyed by record id' });
        return located;
      }
      for (const [id, item] of Object.entries(group)) {
        const label = `"${id}"`;
        const parsed = schema.safeParse(item);
        if (parsed.success)
          located.push({
            value: { ...(parsed.data as object), id } as z.output<S> & { id: string },
            file,
            label,
          });
        else pushIssues(parsed.error, file, label, problems);
      }
      return located;
    };
    const relays = relaysTranslation.safeParse(json.relays ?? {});
    if (!relays.success) pushIssues(relays.error, file, '"relays"', problems);
    out.push({
      language: expected,
      file,
      companies: records('companies', companyTranslation),
      deals: records('deals', dealTranslation),
      relays: new Map(relays.success ? Object.entries(relays.data) : []),
    });
  }
  return out;
}

function readCollection<S extends z.ZodType<{ id: string }>>(
  root: string,
  collection: {
    dir: string;
    key: string;
    schema: S;
    fast: ((value: unknown) => z.output<S> | undefined) | undefined;
  },
  display: (path: string) => string,
  problems: Problem[],
): Located<z.output<S>>[] {
  const dir = join(root, collection.dir);
  const names = jsonFilesIn(dir);
  if (!names) {
    problems.push({
      file: display(dir),
      message: `missing directory; expected JSON files holding "${collection.key}"`,
    });
    return [];
  }
  const records: Located<z.output<S>>[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = display(path);
    const json = readJson(path, file, problems);
    if (json === undefined) continue;
    if (!isObject(json) || !Array.isArray(json[collection.key])) {
      problems.push({ file, message: `expected an object {"${collection.key}": [...]}` });
      continue;
    }
    for (const key of Object.keys(json)) {
      if (key !== collection.key && key !== '$schema') {
        problems.push({
          file,
          field: key,
          message: `unknown top-level key; expected only "${collection.key}"`,
        });
      }
    }
    const items = json[collection.key] as unknown[];
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      const fast = collection.fast?.(item);
      if (fast) {
        records.push(new ReadRecord(fast, file));
        continue;
      }
      const parsed = collection.schema.safeParse(item);
      if (parsed.success) records.push(new ReadRecord(parsed.data, file));
      else {
        const label = isObject(item) && typeof item.id === 'string' ? `"${item.id}"` : `#${index}`;
        pushIssues(parsed.error, file, label, problems);
      }
    }
  }
  return records;
}

function readJson(path: string, file: string, problems: Problem[]): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    problems.push({ file, message: 'cannot be read' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `is not valid JSON (${(error as Error).message})` });
    return undefined;
  }
}

function pushIssues(error: z.ZodError, file: string, record: string | undefined, problems: Problem[]): void {
  for (const issue of error.issues) {
    const field = pathToString(issue.path);
    problems.push({
      file,
      ...(record && { record }),
      ...(field && { field }),
      message: describeIssue(issue),
    });
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    // zod does not keep the input on its issues; its message says what it received.
    case 'invalid_type':
      return missing(issue) ? `is required; expected ${issue.expected}` : `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'expected a figure kind: amount, valuation, stake, capacity, chips or term';
    default:
      return issue.message.startsWith('Invalid') || issue.message.startsWith('Too')
        ? issue.message
        : `expected ${issue.message}`;
  }
}

function missing(issue: z.core.$ZodIssue): boolean {
  return issue.input === undefined && issue.message.endsWith('received undefined');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
