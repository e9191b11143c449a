/** Shared pieces of the watch end-to-end tests: the bot started as `npm start` runs it, and slash inputs. */
import type { DiscordStandIn } from '../discord/standin/index.js';
import { type BotProcess, botEnv, type LogEntry, spawnProcess } from '../discord/standin/processes.js';
import { plainText, titleOf } from '../discord/v2.js';

export const STRING = 3;
export const BOOLEAN = 5;
/** Manage Server, as a member's permissions in an interaction. */
export const MANAGER = String(1 << 5);

export const text = (name: string, value: string) => ({ name, type: STRING, value });
export const flag = (name: string, value: boolean) => ({ name, type: BOOLEAN, value });
export const sub = (name: string, options: { name: string; type: number; value: unknown }[] = []) => ({
  name,
  type: 1,
  options,
});

/** `node dist/main.js` (what `npm start` execs; the vitest global setup built dist/). */
export function startBot(discord: DiscordStandIn, extra: NodeJS.ProcessEnv): BotProcess {
  return spawnProcess(
    process.execPath,
    ['dist/main.js'],
    botEnv(discord, { WATCH_DIGEST_AFTER: '3', ...extra }),
  );
}

/** Waits until the watcher processed knowledge version `version` (or made its first-run baseline). */
export function processed(bot: BotProcess, version: string, timeoutMs = 20_000): Promise<LogEntry> {
  return bot.waitForLog(
    (e) =>
      e.version === version &&
      (e.msg === 'watches: knowledge changes processed' ||
        e.msg === 'watches: first run, knowledge changes recorded'),
    timeoutMs,
    `watches processed ${version}`,
  );
}

/** The titles of what the bot posted in a channel. */
export function postedTitles(discord: DiscordStandIn, channelId: string | undefined): string[] {
  if (!channelId) return [];
  return discord.channelMessages(channelId).map((m) => titleOf(m) ?? plainText(m));
}
