/**
 * Hot reload of the knowledge base: a new engine is built and checked completely aside, then swapped in
 * with one assignment, so a request sees either the old knowledge base or the new one, never half of each.
 * An invalid edit is refused with kb:check's messages and the last good knowledge base keeps serving.
 */
import { type FSWatcher, watch } from 'node:fs';
import { createEngine, type Engine } from './answers/engine.js';
import { loadKnowledgeBase } from './knowledge/knowledgeBase.js';
import { KnowledgeBaseError } from './knowledge/problems.js';
import type { Logger } from './log.js';

export type ReloadResult = { ok: true; version: string; deals: number } | { ok: false; message: string };

export class EngineHolder {
  private engine: Engine;

  constructor(
    private readonly dir: string,
    initial: Engine,
    private readonly logger?: Logger,
  ) {
    this.engine = initial;
  }

  /** The engine to use for one whole request: read it once, at the start. */
  readonly current = (): Engine => this.engine;

  reload(): ReloadResult {
    try {
      const next = createEngine(loadKnowledgeBase(this.dir));
      this.engine = next;
      const result = { ok: true as const, version: next.kb.meta.version, deals: next.kb.deals.size };
      this.logger?.info(result, 'knowledge base reloaded');
      return result;
    } catch (error) {
      const message = error instanceof KnowledgeBaseError ? error.message : String(error);
      this.logger?.error(
        { problems: message },
        'knowledge base reload refused; still serving the last good one',
      );
      return { ok: false, message };
    }
  }

  /** Reloads on SIGHUP and on any change under the knowledge directory (debounced). Returns a stopper. */
  watch(debounceMs = 300): () => void {
    let timer: NodeJS.Timeout | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.reload(), debounceMs);
    };
    const onHangUp = () => this.reload();
    process.on('SIGHUP', onHangUp);
    let watcher: FSWatcher | undefined;
    try {
      watcher = watch(this.dir, { recursive: true }, schedule);
    } catch (error) {
      this.logger?.warn({ err: error }, 'cannot watch the knowledge directory; reload with SIGHUP');
    }
    return () => {
      clearTimeout(timer);
      watcher?.close();
      process.off('SIGHUP', onHangUp);
    };
  }
}
