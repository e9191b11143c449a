/**
 * Turns knowledge-base updates into watch posts. On each new knowledge base (start, hot reload, SIGHUP):
 *
 * 1. its changes are compared with those the database recorded as processed; the first run ever records
 *    them all without posting (a baseline, so a new install does not post the whole history);
 * 2. each new change is matched against the active watches and, per target, claimed in the database
 *    (a unique key on target and change: exactly one claim succeeds, whatever the instance);
 * 3. claimed changes are posted, one message each, or one digest when more than `digestAfter` arrive at
 *    once; a target Discord refuses (403/404) has its watches paused and is logged;
 * 4. the changes are recorded as processed.
 *
 * A crash between 2 and 4 posts nothing twice: the claims survive it, and a change claimed but not posted
 * stays unposted (at most once, never twice).
 */
import { commandsByName } from '../../commands/index.js';
import type { Engine } from '../answers/engine.js';
import { changeAnswer, digestAnswer } from '../answers/watch.js';
import { encodeControl } from '../discord/controls.js';
import { catalog, isLang, type Lang } from '../i18n/index.js';
import type { Logger } from '../log.js';
import { type DiscordMessage, renderAnswer } from '../render/discord.js';
import type { Store, Watch } from '../store/store.js';
import { changesOf, type KbChange, matches, postable } from './changes.js';
import { type Poster, TargetGone } from './poster.js';

export interface WatcherOptions {
  /** More changes than this for one target at once become one digest. Default 3. */
  digestAfter?: number;
}

export interface RunSummary {
  version: string;
  /** First run on this database: changes recorded, nothing posted. */
  baseline: boolean;
  fresh: number;
  posted: number;
  digests: number;
  paused: string[];
}

export class Watcher {
  private running: Promise<unknown> = Promise.resolve();
  private readonly digestAfter: number;

  constructor(
    private readonly store: Store,
    private readonly poster: Poster,
    private readonly logger?: Logger,
    options: WatcherOptions = {},
  ) {
    this.digestAfter = options.digestAfter ?? 3;
  }

  /** Processes one knowledge base; runs one at a time, in the order asked. */
  process(engine: Engine): Promise<RunSummary> {
    const run = this.running.then(() => this.processOnce(engine));
    this.running = run.catch(() => undefined);
    return run;
  }

  private async processOnce(engine: Engine): Promise<RunSummary> {
    const { kb } = engine;
    const version = kb.meta.version;
    const summary: RunSummary = { version, baseline: false, fresh: 0, posted: 0, digests: 0, paused: [] };
    const all = changesOf(kb);
    const known = await this.store.knownChanges();
    if (known.size === 0 && (await this.store.meta('baseline')) === undefined) {
      await this.store.recordChanges(
        all.map((c) => c.key),
        version,
      );
      await this.store.setMeta('baseline', version);
      this.logger?.info({ version, changes: all.length }, 'watches: first run, knowledge changes recorded');
      return { ...summary, baseline: true };
    }
    const fresh = all.filter((c) => !known.has(c.key));
    summary.fresh = fresh.length;
    if (fresh.length > 0) await this.post(engine, fresh, summary);
    this.logger?.info(
      { version, fresh: summary.fresh, posted: summary.posted, digests: summary.digests },
      'watches: knowledge changes processed',
    );
    return summary;
  }

  private async post(engine: Engine, fresh: KbChange[], summary: RunSummary): Promise<void> {
    const { kb } = engine;

    const watches = await this.store.activeWatches();
    const byTarget = new Map<string, { watches: Watch[]; changes: KbChange[] }>();
    for (const change of postable(fresh)) {
      for (const watch of watches) {
        if (!matches(kb, watch, change)) continue;
        const slot = byTarget.get(watch.target) ?? { watches: [], changes: [] };
        if (!slot.watches.includes(watch)) slot.watches.push(watch);
        if (!slot.changes.includes(change)) slot.changes.push(change);
        byTarget.set(watch.target, slot);
      }
    }
    for (const [target, slot] of byTarget) {
      const claimed: KbChange[] = [];
      for (const change of slot.changes) if (await this.store.claim(target, change.key)) claimed.push(change);
      if (claimed.length === 0) continue;
      const lang = await this.langOf(slot.watches[0]!);
      const messages: { keys: string[]; message: DiscordMessage }[] =
        claimed.length > this.digestAfter
          ? [{ keys: claimed.map((c) => c.key), message: render(digestAnswer(kb, claimed, lang), lang) }]
          : claimed.map((change) => ({
              keys: [change.key],
              message: render(
                changeAnswer(kb, change, slot.watches.find((w) => matches(kb, w, change)) ?? {}, lang),
                lang,
                change.deal.id,
              ),
            }));
      for (const [i, { keys, message }] of messages.entries()) {
        try {
          await this.poster.post(target, message);
          await this.store.markDeliveries(target, keys, 'posted');
          summary.posted += keys.length;
          if (keys.length > 1) summary.digests++;
        } catch (error) {
          await this.store.markDeliveries(target, keys, 'failed');
          if (error instanceof TargetGone) {
            const count = await this.store.pauseTarget(target, error.message);
            summary.paused.push(target);
            // The rest of this target's posts are not tried: they are recorded as failed too.
            await this.store.markDeliveries(
              target,
              messages.slice(i + 1).flatMap((m) => m.keys),
              'failed',
            );
            this.logger?.warn(
              { target, status: error.status, code: error.code, watches: count },
              'watches: cannot post there any more; its watches are paused',
            );
            break;
          }
          this.logger?.error({ target, err: error }, 'watches: post failed');
        }
      }
    }
    await this.store.recordChanges(
      fresh.map((c) => c.key),
      kb.meta.version,
    );
  }

  /** The server's language when /settings set one, else the language of whoever made the watch. */
  private async langOf(watch: Watch): Promise<Lang> {
    if (watch.guildId !== null) {
      const settings = await this.store.settings(watch.guildId);
      if (settings?.lang && isLang(settings.lang)) return settings.lang;
    }
    return watch.lang && isLang(watch.lang) ? watch.lang : 'en';
  }
}

/** A post rendered like any answer; its Sources button lists the deal's pages privately (via /sources). */
function render(answer: ReturnType<typeof changeAnswer>, lang: Lang, dealId?: string): DiscordMessage {
  const command = commandsByName.get('sources');
  const sources = dealId && command && encodeControl('s', command, 0, { deal: dealId });
  return renderAnswer(answer, {
    page: 0,
    ephemeral: false,
    ids: { page: () => undefined, sources: () => sources || undefined },
    t: catalog(lang),
  });
}
