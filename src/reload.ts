/**
 * Hot reload of the knowledge base: a new engine is built and checked completely aside, then swapped in
 * with one assignment, so a request sees either the old knowledge base or the new one, never half of each.
 * An invalid edit is refused with kb:check's messages and the last good knowledge base keeps serving.
 *
 * The check runs in a worker thread with a memory cap, and files over MAX_FILE_BYTES are refused unread:
 * a huge or badly broken edit (a 96 MB file, an invalid 29 MB one with a million problems) costs the
 * worker, never the event loop, and the problems reported are the first MAX_PROBLEMS. Only a knowledge
 * base that passed is then loaded on the main thread, which its size cap keeps short.
 */
import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createEngine, type Engine } from './answers/engine.js';
import { loadKnowledgeBase } from './knowledge/knowledgeBase.js';
import { KnowledgeBaseError } from './knowledge/problems.js';
import type { Logger } from './log.js';
import { metrics } from './metrics.js';
import type { CheckRequest, CheckResult } from './reloadWorker.js';
import { startWorker } from './workers.js';

export type ReloadResult = { ok: true; version: string; deals: number } | { ok: false; message: string };

/** The real knowledge files are a few hundred kilobytes; this leaves room for fifty times as much. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
export const MAX_PROBLEMS = 100;
const WORKER_MEMORY_MB = 512;
const CHECK_TIMEOUT_MS = 60_000;

export interface ReloadLimits {
  maxFileBytes?: number;
  maxProblems?: number;
}

export class EngineHolder {
  private engine: Engine;
  private running: Promise<ReloadResult> | undefined;
  private again = false;
  private readonly limits: Required<ReloadLimits>;
  private readonly swapped = new Set<(engine: Engine) => void>();

  constructor(
    private readonly dir: string,
    initial: Engine,
    private readonly logger?: Logger,
    limits: ReloadLimits = {},
  ) {
    this.engine = initial;
    metrics.knowledgeBase(initial.kb.meta.version, initial.kb.meta.asOf);
    this.limits = { maxFileBytes: MAX_FILE_BYTES, maxProblems: MAX_PROBLEMS, ...limits };
  }

  /** Calls `listener` with each knowledge base swapped in (watches post its changes); returns an unsubscriber. */
  onSwap(listener: (engine: Engine) => void): () => void {
    this.swapped.add(listener);
    return () => this.swapped.delete(listener);
  }

  /** The engine to use for one whole request: read it once, at the start. */
  readonly current = (): Engine => this.engine;

  /** Checks and swaps in the directory's knowledge base. Reloads asked for while one runs are merged into
   * one more run after it, which sees every change made until it starts. */
  reload(): Promise<ReloadResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.reloadOnce().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.reload();
      }
    });
    return this.running;
  }

  private async reloadOnce(): Promise<ReloadResult> {
    const checked = await this.check();
    if (!checked.ok) {
      const more = checked.total - checked.problems.length;
      const message = [
        `The knowledge base has ${checked.total} problem${checked.total === 1 ? '' : 's'}:`,
        ...checked.problems.map((p) => `  - ${p}`),
        ...(more > 0 ? [`  … and ${more} more`] : []),
      ].join('\n');
      return this.refuse(message);
    }
    try {
      const next = createEngine(loadKnowledgeBase(this.dir));
      this.engine = next;
      metrics.knowledgeBase(next.kb.meta.version, next.kb.meta.asOf);
      metrics.reload(true);
      const result = { ok: true as const, version: next.kb.meta.version, deals: next.kb.deals.size };
      this.logger?.info(result, 'knowledge base reloaded');
      for (const listener of this.swapped) listener(next);
      return result;
    } catch (error) {
      // Changed again between the check and the load: refused the same way, and the watcher reloads again.
      const message = error instanceof KnowledgeBaseError ? error.message : String(error);
      return this.refuse(
        message
          .split('\n')
          .slice(0, this.limits.maxProblems + 1)
          .join('\n'),
      );
    }
  }

  private refuse(message: string): ReloadResult {
    metrics.reload(false);
    this.logger?.error(
      { problems: message },
      'knowledge base reload refused; still serving the last good one',
    );
    return { ok: false, message };
  }

  private check(): Promise<CheckResult> {
    const request: CheckRequest = { dir: this.dir, ...this.limits };
    return new Promise((resolveCheck) => {
      const worker = startWorker('reloadWorker', import.meta.url, {
        workerData: request,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
      });
      let settled = false;
      const done = (result: CheckResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        resolveCheck(result);
      };
      const timer = setTimeout(
        () => done({ ok: false, problems: [`checking took longer than ${CHECK_TIMEOUT_MS} ms`], total: 1 }),
        CHECK_TIMEOUT_MS,
      );
      worker.once('message', (result: CheckResult) => done(result));
      worker.once('error', (error) =>
        done({
          ok: false,
          problems: [
            (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `checking it needed more than ${WORKER_MEMORY_MB} MB`
              : String(error),
          ],
          total: 1,
        }),
      );
      worker.once('exit', (code) =>
        done({ ok: false, problems: [`the check stopped (exit ${code})`], total: 1 }),
      );
    });
  }

  /**
   * Reloads on SIGHUP and on any change under the knowledge directory (debounced). Returns a stopper.
   *
   * The directory itself is watched, and so is its parent for its name: deploy tools replace a directory
   * (`rm -rf` and recreate, or a `mv` swap), after which a watcher on the old one hears nothing ever again.
   * When the name changes in the parent, the directory watcher is re-armed on whatever now has that name.
   */
  watch(debounceMs = 300): () => void {
    const dir = resolve(this.dir);
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const schedule = () => {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), debounceMs);
    };
    const onHangUp = () => void this.reload();
    process.on('SIGHUP', onHangUp);

    let inner: FSWatcher | undefined;
    const arm = () => {
      inner?.close();
      inner = undefined;
      if (stopped) return;
      try {
        inner = watch(dir, { recursive: true }, schedule);
        // The directory went away under the watcher (deleted or moved): wait for the parent to see it back.
        inner.on('error', () => {
          inner?.close();
          inner = undefined;
        });
      } catch {
        // Not there right now (between `rm -rf` and recreate): the parent watcher re-arms when it is.
      }
    };
    arm();
    let outer: FSWatcher | undefined;
    try {
      outer = watch(dirname(dir), (_event, name) => {
        if (name !== null && name !== basename(dir)) return;
        arm();
        schedule();
      });
    } catch (error) {
      this.logger?.warn({ err: error }, 'cannot watch the knowledge directory; reload with SIGHUP');
    }
    return () => {
      stopped = true;
      clearTimeout(timer);
      inner?.close();
      outer?.close();
      process.off('SIGHUP', onHangUp);
    };
  }
}
