/** Shared test helpers: the fixture knowledge base and a scratch copy to break on purpose. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../src/answers/engine.js';
import type { Answer, Block, Line } from '../src/answers/model.js';
import { type Catalog, catalog } from '../src/i18n/index.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/paths.js';
import { formatProblem, KnowledgeBaseError } from '../src/knowledge/problems.js';
import { renderText } from '../src/render/text.js';

export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures/knowledge/', import.meta.url));

let fixture: Engine | undefined;
let real: Engine | undefined;

export function fixtureEngine(): Engine {
  fixture ??= createEngine(loadKnowledgeBase(FIXTURE_DIR));
  return fixture;
}

export function realEngine(): Engine {
  real ??= createEngine(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));
  return real;
}

/** A writable copy of the fixture knowledge base; `edit` changes one JSON file in place. */
export function scratchKnowledge() {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  return {
    dir,
    // biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary JSON shapes to break them on purpose.
    edit(file: string, change: (json: any) => void) {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, 'utf8'));
      change(json);
      writeFileSync(path, JSON.stringify(json, null, 2));
    },
    write(file: string, text: string) {
      writeFileSync(join(dir, file), text);
    },
  };
}

/** Loads a knowledge base that must fail, and returns its problems as the one-line messages people read. */
export function problemsOf(dir: string): string[] {
  try {
    loadKnowledgeBase(dir);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected the knowledge base to be refused');
}

/** The answer as the console prints it with --full (every figure, caveat and source): easy to assert on. */
export function text(answer: Answer, t: Catalog = catalog('en')): string {
  return renderText(answer, t, { full: true, width: Number.POSITIVE_INFINITY });
}

/** The answer's first screen in the console (no --full): what a reader sees first. */
export function shortText(answer: Answer, t: Catalog = catalog('en')): string {
  return renderText(answer, t);
}

/** Labels of a deal card's lines that are not figures (English). */
const NON_FIGURE_LABELS = new Set([
  'Date',
  'Status',
  'History',
  'Replaces',
  'Part of',
  'Includes',
  'Expands',
  'Expanded by',
]);

/** A deal card's figure lines, in the order of the deal's figures. */
export function figureLines(block: Block): Line[] {
  return block.lines.filter((l) => l.label && !NON_FIGURE_LABELS.has(l.label));
}

/** A TCP port free on 127.0.0.1 right now, for a server a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
