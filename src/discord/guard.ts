/**
 * Per-user and per-channel limits on clicks, taken before any work is done. Transport-neutral: the
 * gateway and the HTTP endpoint both ask it, with ids read from the interaction.
 */
import type { Settings } from '../config/settings.js';
import { catalog, langOf } from '../i18n/index.js';
import { metrics } from '../metrics.js';
import { parseLimit, RateLimiter } from '../rateLimit.js';
import { renderNotice } from '../render/discord.js';
import type { InteractionInput, Reaction } from './react.js';

/** Commands that cost more than a lookup: /ask reads free text, the others draw a picture. */
export const LIMITED_COMMANDS: ReadonlySet<string> = new Set(['ask', 'graph', 'loops', 'timeline']);

function limited(input: InteractionInput): boolean {
  if (input.kind === 'component' || input.kind === 'question') return true;
  return input.kind === 'command' && LIMITED_COMMANDS.has(input.command);
}

export class Guard {
  private readonly users: RateLimiter;
  private readonly channels: RateLimiter;

  constructor(settings: Pick<Settings, 'RATE_LIMIT_USER' | 'RATE_LIMIT_CHANNEL'>, now?: () => number) {
    this.users = new RateLimiter(parseLimit(settings.RATE_LIMIT_USER)!, undefined, now);
    this.channels = new RateLimiter(parseLimit(settings.RATE_LIMIT_CHANNEL)!, undefined, now);
  }

  /** A private "slow down" when the user or the channel is over its limit; undefined to go ahead. */
  check(input: InteractionInput, userId: string, channelId: string | null): Reaction | undefined {
    // Autocomplete fires on every keystroke and costs little. Clicks, questions (/ask, mentions, DMs) and
    // the picture commands, which cost a drawing each, are what one user can repeat cheaply; Discord does
    // not rate-limit slash commands per user.
    if (!limited(input)) return undefined;
    const userWait = this.users.take(`u:${userId}`);
    const channelWait = channelId ? this.channels.take(`c:${channelId}`) : 0;
    const wait = Math.max(userWait, channelWait);
    if (wait === 0) return undefined;
    metrics.refused(userWait >= channelWait ? 'user' : 'channel');
    return {
      type: 'reply',
      message: renderNotice(catalog(langOf(input.locale)).render.slowDown(Math.ceil(wait / 1000))),
    };
  }
}
