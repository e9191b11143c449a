/**
 * Per-user and per-channel limits on clicks and costly commands, taken before any work is done.
 * Transport-neutral: the gateway and the HTTP endpoint both ask it, with ids read from the interaction.
 * The windows live in a LimitStore: this process's memory, or Redis shared by every instance.
 */
import type { Settings } from '../config/settings.js';
import { catalog, langOf } from '../i18n/index.js';
import { type LimitStore, MemoryLimitStore } from '../limitStore.js';
import { metrics } from '../metrics.js';
import { type Limit, parseLimit } from '../rateLimit.js';
import { renderNotice } from '../render/discord.js';
import type { InteractionInput, Reaction } from './react.js';

/** Commands that cost more than a lookup: /ask reads free text, the others draw a picture. */
export const LIMITED_COMMANDS: ReadonlySet<string> = new Set(['ask', 'graph', 'loops', 'timeline']);

function limited(input: InteractionInput): boolean {
  if (input.kind === 'component' || input.kind === 'question') return true;
  return input.kind === 'command' && LIMITED_COMMANDS.has(input.command);
}

export class Guard {
  private readonly user: Limit;
  private readonly channel: Limit;
  private readonly store: LimitStore;

  /** `store` defaults to this process's memory; `now` (tests) sets that memory store's clock. */
  constructor(
    settings: Pick<Settings, 'RATE_LIMIT_USER' | 'RATE_LIMIT_CHANNEL'>,
    now?: () => number,
    store?: LimitStore,
  ) {
    this.user = parseLimit(settings.RATE_LIMIT_USER)!;
    this.channel = parseLimit(settings.RATE_LIMIT_CHANNEL)!;
    this.store = store ?? new MemoryLimitStore(now);
  }

  /** A private "slow down" when the user or the channel is over its limit; undefined to go ahead. */
  async check(
    input: InteractionInput,
    userId: string,
    channelId: string | null,
  ): Promise<Reaction | undefined> {
    // Autocomplete fires on every keystroke and costs little. Clicks, questions (/ask, mentions, DMs) and
    // the picture commands, which cost a drawing each, are what one user can repeat cheaply; Discord does
    // not rate-limit slash commands per user.
    if (!limited(input)) return undefined;
    const [userWait, channelWait] = await Promise.all([
      this.store.take(`u:${userId}`, this.user),
      channelId ? this.store.take(`c:${channelId}`, this.channel) : Promise.resolve(0),
    ]);
    const wait = Math.max(userWait, channelWait);
    if (wait === 0) return undefined;
    metrics.refused(userWait >= channelWait ? 'user' : 'channel');
    return {
      type: 'reply',
      message: renderNotice(catalog(langOf(input.locale)).render.slowDown(Math.ceil(wait / 1000))),
    };
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
