/**
 * Where watch posts go: a channel message, or a DM (the DM channel is opened first, like Discord wants).
 * A 403 or 404 from Discord means the bot can no longer post there (channel deleted, access or permission
 * removed, DMs closed): that is `TargetGone`, after which the watcher pauses the target's watches instead
 * of trying again on every update.
 */

import type { REST } from 'discord.js';
import { MessageFlags, Routes } from 'discord-api-types/v10';
import type { DiscordMessage } from '../render/discord.js';

export class TargetGone extends Error {
  override name = 'TargetGone';
  constructor(
    readonly status: number,
    readonly code: number | undefined,
  ) {
    super(`Discord answered ${status}${code === undefined ? '' : ` (code ${code})`}`);
  }
}

export interface Poster {
  /** `target` is a channel id, or `user:<id>` for a DM. Throws TargetGone when it cannot be posted in. */
  post(target: string, message: DiscordMessage): Promise<void>;
}

function gone(error: unknown): TargetGone | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  const code = (error as { code?: unknown } | null)?.code;
  if (status === 403 || status === 404)
    return new TargetGone(status, typeof code === 'number' ? code : undefined);
  return undefined;
}

/**
 * Posts through a discord.js REST client, asked for at the first post: HTTP mode then loads discord.js
 * only once a watch has something to post, not at start-up.
 */
export function restPoster(restClient: () => Promise<REST>): Poster {
  const dmChannels = new Map<string, string>();
  const channelOf = async (target: string): Promise<string> => {
    if (!target.startsWith('user:')) return target;
    const userId = target.slice('user:'.length);
    const known = dmChannels.get(userId);
    if (known) return known;
    const rest = await restClient();
    const channel = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
      id: string;
    };
    dmChannels.set(userId, channel.id);
    return channel.id;
  };
  return {
    async post(target, message) {
      try {
        const channelId = await channelOf(target);
        const rest = await restClient();
        await rest.post(Routes.channelMessages(channelId), {
          body: {
            components: message.components,
            allowed_mentions: message.allowed_mentions,
            // A channel post cannot be private: only the Components V2 bit.
            flags: MessageFlags.IsComponentsV2,
          },
        });
      } catch (error) {
        throw gone(error) ?? error;
      }
    },
  };
}
