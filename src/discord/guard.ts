/**
 * Per-user and per-channel limits on clicks, taken before any work is done. Transport-neutral: the
 * gateway and the HTTP endpoint both ask it, with ids read from the interaction.
 */
import type { Settings } from '../config/settings.js';
import { catalog, langOf } from '../i18n/index.js';
import { parseLimit, RateLimiter } from '../rateLimit.js';
import { renderNotice } from '../render/discord.js';
import type { InteractionInput, Reaction } from './react.js';

export class Guard {
  private readonly users: RateLimiter;
  private readonly channels: RateLimiter;

  constructor(settings: Pick<Settings, 'RATE_LIMIT_USER' | 'RATE_LIMIT_CHANNEL'>, now?: () => number) {
    this.users = new RateLimiter(parseLimit(settings.RATE_LIMIT_USER)!, undefined, now);
    this.channels = new RateLimiter(parseLimit(settings.RATE_LIMIT_CHANNEL)!, undefined, now);
  }

  /** A private "slow down" when the user or the channel is over its limit; undefined to go ahead. */
  check(input: InteractionInput, userId: string, channelId: string | null): Reaction | undefined {
    // Autocomplete fires on every keystroke and costs little; slash commands are limited by Discord itself.
    // Clicks and questions (/ask, mentions, DMs) are what one user can repeat cheaply.
    if (input.kind !== 'component' && input.kind !== 'question') return undefined;
    const wait = Math.max(
      this.users.take(`u:${userId}`),
      channelId ? this.channels.take(`c:${channelId}`) : 0,
    );
    if (wait === 0) return undefined;
    return {
      type: 'reply',
      message: renderNotice(catalog(langOf(input.locale)).render.slowDown(Math.ceil(wait / 1000))),
    };
  }
}
