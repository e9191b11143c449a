/**
 * A snapshot of a validated knowledge base, so that start-up does not read, parse, validate and cross-check
 * every JSON file again. The JSON files stay the source of truth: `kb:check` (and the bot, after it has
 * validated the files itself) writes the snapshot; loading takes it only when it is fresh — same files,
 * same sizes and modification times, same schema and checks, same format — and otherwise ignores it.
 *
 * Format (measured against v8.serialize, see the README's Performance section): the records as compact
 * JSON arrays in chunks of a few thousand, then a header line of JSON (format, code version, the source
 * files' fingerprint, chunk lengths), then a last line saying where the header starts. JSON.parse of
 * compact records was the fastest to load; chunks keep
 * every string under V8's length limit at a million deals and let the file be read piece by piece,
 * without holding its whole text in memory.
 *
 * Snapshots live outside git: in `.cache/kb-snapshots/` under the package (or KB_SNAPSHOT_DIR), one file
 * per knowledge directory. KB_SNAPSHOT=off disables them.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { knowledgeCodeHash } from './codeVersion.mjs';
import type { KnowledgeBase } from './knowledgeBase.js';
import { packageRoot } from './paths.js';
import type { Company, Deal, Meta, Source } from './schema.js';
import type { TranslationSet } from './translations.js';

/** Bumped whenever the layout of the snapshot file changes. */
const FORMAT = 3;
/** The last line: the offset of the header line, in decimal digits, and a newline. */
const TRAILER = 21;
const CHUNK = 5000;

export interface SnapshotRecords {
  meta: Meta;
  companies: Company[];
  sources: Source[];
  deals: Deal[];
  /**
   * The translation files' records, validated with the rest: a start from the snapshot then parses no
   * translation file with zod (that was a third of the real knowledge base's load time).
   */
  translations: TranslationSet;
}

/** A translation set as JSON can hold it: maps as lists of entries. */
type StoredTranslations = [
  string,
  { deals: [string, unknown][]; companies: [string, unknown][]; relays: [string, string][] },
][];

/**
 * What a snapshot of this knowledge base holds: its records as validated, deals newest first (the order
 * the knowledge base keeps them in, so that loading the snapshot sorts nothing), and its translations.
 */
export function snapshotRecords(kb: KnowledgeBase): SnapshotRecords {
  return {
    meta: kb.meta,
    companies: [...kb.companies.values()],
    sources: [...kb.sources.values()],
    deals: [...kb.dealList],
    translations: kb.translations,
  };
}

interface Header {
  format: number;
  version: string;
  root: string;
  files: [string, number, number][];
  chunks: { kind: 'meta' | 'translations' | 'companies' | 'sources' | 'deals'; bytes: number }[];
}

export function snapshotsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KB_SNAPSHOT !== 'off';
}

/** Where the snapshot of a knowledge directory is kept. */
export function snapshotPath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.KB_SNAPSHOT_DIR || join(packageRoot(), '.cache', 'kb-snapshots');
  const id = createHash('sha1').update(resolve(root)).digest('hex').slice(0, 16);
  return join(dir, `${id}.snapshot`);
}

/**
 * The hash of the knowledge layer's code, put into a bundle when it is built (scripts/build.mjs), which has
 * no sources to read; undefined when running from the sources (tsx, vitest).
 */
declare const KB_CODE_VERSION: string | undefined;

let version: string | undefined;
/**
 * What the records were validated against and shaped by: every module of the knowledge layer (schemas,
 * the deal's history facts transform, the fast path of validation, the translation checks, the
 * cross-checks). A snapshot written by other code is never served. Taken from the source files, not from
 * rendering the schemas at each start (that took 40 ms of the real knowledge base's start-up), and the
 * same whether the bot runs from its sources or from a bundle, so either serves the other's snapshot.
 */
function codeVersion(): string {
  version ??=
    typeof KB_CODE_VERSION === 'string'
      ? KB_CODE_VERSION
      : knowledgeCodeHash(dirname(fileURLToPath(import.meta.url)));
  return version;
}

/** Every file the loader reads, with its size and modification time. */
function fingerprint(root: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  const add = (path: string, name: string) => {
    const stat = statSync(path);
    out.push([name, stat.size, stat.mtimeMs]);
  };
  add(join(root, 'meta.json'), 'meta.json');
  for (const dir of ['companies', 'sources', 'deals', 'translations']) {
    // Translation files are optional; the others must be there.
    if (dir === 'translations' && !existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir))
      .filter((n) => n.endsWith('.json'))
      .sort())
      add(join(root, dir, name), `${dir}/${name}`);
  }
  return out;
}

/**
 * Writes the snapshot of records that passed validation and cross-checks (atomically: temp file, rename).
 * Each chunk goes to disk as soon as it is made, and the header (which lists the chunks' lengths) comes
 * last, so the whole text is never held at once (it was 1.7 GB at a million deals). Deals are best given
 * newest first (KnowledgeBase.dealList): loading then finds them already in the order it keeps.
 */
export function writeSnapshot(root: string, records: SnapshotRecords, path = snapshotPath(root)): void {
  const files = fingerprint(root);
  mkdirSync(join(path, '..'), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    const chunks: Header['chunks'] = [];
    let offset = 0;
    const put = (kind: Header['chunks'][number]['kind'], value: unknown) => {
      // Written as a string: a Buffer per chunk is external memory, which pushes V8 to collect the whole
      // heap more often (the old writer, holding every chunk's Buffer, took 14 minutes at a million deals,
      // mostly in the garbage collector).
      const text = JSON.stringify(value);
      const bytes = Buffer.byteLength(text);
      if (writeSync(fd, text) !== bytes) throw new Error('snapshot write cut short');
      offset += bytes;
      chunks.push({ kind, bytes });
    };
    put('meta', records.meta);
    const translations: StoredTranslations = [...records.translations].map(([language, t]) => [
      language,
      { deals: [...t.deals], companies: [...t.companies], relays: [...t.relays] },
    ]);
    put('translations', translations);
    for (const kind of ['companies', 'sources', 'deals'] as const) {
      const list = records[kind];
      for (let i = 0; i < list.length || (i === 0 && list.length === 0); i += CHUNK)
        put(kind, list.slice(i, i + CHUNK));
    }
    const header: Header = { format: FORMAT, version: codeVersion(), root: resolve(root), files, chunks };
    writeSync(fd, `\n${JSON.stringify(header)}\n${String(offset + 1).padStart(TRAILER - 1, '0')}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** The snapshot's records when it is fresh; undefined when there is none, or it is stale or unreadable. */
export function readSnapshot(root: string, path = snapshotPath(root)): SnapshotRecords | undefined {
  if (!existsSync(path)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const header = readHeader(fd);
    if (header.format !== FORMAT || header.root !== resolve(root)) return undefined;
    if (JSON.stringify(header.files) !== JSON.stringify(fingerprint(root))) return undefined;
    if (header.version !== codeVersion()) return undefined;
    let meta: Meta | undefined;
    let translations: TranslationSet | undefined;
    const lists: Omit<SnapshotRecords, 'meta' | 'translations'> = { companies: [], sources: [], deals: [] };
    let position = 0;
    let buffer = Buffer.alloc(0);
    for (const chunk of header.chunks) {
      if (buffer.length < chunk.bytes) buffer = Buffer.alloc(chunk.bytes);
      if (readSync(fd, buffer, 0, chunk.bytes, position) !== chunk.bytes) return undefined;
      position += chunk.bytes;
      const value: unknown = JSON.parse(buffer.toString('utf8', 0, chunk.bytes));
      if (chunk.kind === 'meta') meta = value as Meta;
      else if (chunk.kind === 'translations')
        translations = new Map(
          (value as StoredTranslations).map(([language, t]) => [
            language,
            { deals: new Map(t.deals), companies: new Map(t.companies), relays: new Map(t.relays) },
          ]),
        ) as TranslationSet;
      // push(...list) on thousands of items at once would overflow the stack: append one by one.
      else for (const item of value as never[]) lists[chunk.kind].push(item);
    }
    return meta && translations ? { meta, translations, ...lists } : undefined;
  } catch {
    // A damaged or half-written snapshot is not an error: the JSON files are read instead.
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The header line, found through the file's last line: the byte where the header starts. */
function readHeader(fd: number): Header {
  const size = fstatSync(fd).size;
  const trailer = Buffer.alloc(TRAILER);
  if (size < TRAILER || readSync(fd, trailer, 0, TRAILER, size - TRAILER) !== TRAILER)
    throw new Error('snapshot too short');
  const start = Number(trailer.toString('latin1', 0, TRAILER - 1));
  const length = size - TRAILER - start - 1;
  if (!Number.isSafeInteger(start) || length <= 0) throw new Error('snapshot trailer damaged');
  const text = Buffer.alloc(length);
  if (readSync(fd, text, 0, length, start) !== length) throw new Error('snapshot header cut short');
  return JSON.parse(text.toString('utf8')) as Header;
}
