/**
 * Checks a knowledge directory off the main thread (see reload.ts): a large or badly broken edit costs
 * this thread's time and memory (capped), never the event loop that answers Discord. Replies with the
 * outcome and at most MAX_PROBLEMS problems; the main thread loads a knowledge base that passed.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledgeBase } from './knowledge/knowledgeBase.js';
import { formatProblem, KnowledgeBaseError } from './knowledge/problems.js';

export interface CheckRequest {
  dir: string;
  maxFileBytes: number;
  maxProblems: number;
}

export type CheckResult = { ok: true } | { ok: false; problems: string[]; total: number };

/** Every file under `dir` larger than `max` bytes, as a problem line. */
function oversized(dir: string, max: number, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return oversized(path, max, root);
    const size = statSync(path).size;
    return size > max
      ? [`${relative(root, path)}: ${size} bytes, over the ${max}-byte limit for one knowledge file`]
      : [];
  });
}

function check({ dir, maxFileBytes, maxProblems }: CheckRequest): CheckResult {
  try {
    const tooLarge = oversized(dir, maxFileBytes);
    if (tooLarge.length > 0)
      return { ok: false, problems: tooLarge.slice(0, maxProblems), total: tooLarge.length };
    loadKnowledgeBase(dir);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) return { ok: false, problems: [String(error)], total: 1 };
    return {
      ok: false,
      problems: error.problems.slice(0, maxProblems).map(formatProblem),
      total: error.problems.length,
    };
  }
}

parentPort?.postMessage(check(workerData as CheckRequest));
