/**
 * A gateway close Discord will never accept a reconnect after (4004 authentication failed: the token was
 * reset; 4010–4014: bad shard or intents) must end the process with a non-zero status, so that a supervisor
 * (systemd, Docker's restart policy, Kubernetes) restarts it or raises the alarm, instead of leaving a
 * process that runs and is connected to nothing.
 */
import { afterEach, expect, it } from 'vitest';
import { type DiscordStandIn, startDiscordStandIn } from './standin/index.js';
import { type BotProcess, botEnv, spawnNpm, within } from './standin/processes.js';

let discord: DiscordStandIn | undefined;
let bot: BotProcess | undefined;

afterEach(async () => {
  try {
    await bot?.stop(10_000);
  } finally {
    await discord?.close();
    bot = undefined;
    discord = undefined;
  }
}, 20_000);

it.each([4004, 4014])(
  'exits non-zero when the gateway closes with %i',
  async (code) => {
    discord = await startDiscordStandIn({ heartbeatIntervalMs: 1000 });
    bot = spawnNpm('start', botEnv(discord));
    await discord.waitForReady(20_000);
    await bot.waitForLog((e) => e.msg === 'connected to the Discord gateway', 20_000, 'bot ready');
    discord.dropConnection(code);
    const exit = await within(bot.exited, 10_000, `exit after close ${code}`);
    expect(exit.code).toBe(1);
    expect(bot.entries().find((e) => e.level === 60)).toMatchObject({ code });
  },
  40_000,
);
