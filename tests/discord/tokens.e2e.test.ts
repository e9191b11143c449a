/**
 * No token in any log line of a run in which every interaction fails at Discord: `npm start` against a
 * stand-in that refuses every callback (its deadline is 1 ms, so Discord answers 10062 Unknown interaction
 * and discord.js's error carries the callback URL, token included). All output is grepped for the shapes
 * of interaction, webhook and bot tokens.
 */
import { afterAll, expect, it } from 'vitest';
import { type DiscordStandIn, startDiscordStandIn } from './standin/index.js';
import { type BotProcess, botEnv, spawnNpm, until } from './standin/processes.js';

let discord: DiscordStandIn | undefined;
let bot: BotProcess | undefined;

afterAll(async () => {
  try {
    await bot?.stop(10_000);
  } finally {
    await discord?.close();
  }
}, 20_000);

it('logs failed interactions without their tokens', async () => {
  discord = await startDiscordStandIn({ heartbeatIntervalMs: 1000, ackDeadlineMs: 1 });
  bot = spawnNpm('start', botEnv(discord, { LOG_LEVEL: 'debug' }));
  await discord.waitForReady(20_000);
  await bot.waitForLog((e) => e.msg === 'connected to the Discord gateway', 20_000, 'bot ready');
  const failed = () => bot!.entries().filter((e) => e.msg === 'interaction could not be answered in time');
  for (let i = 0; i < 5; i++) {
    discord.sendCommand('help');
    discord.sendCommand('deal', [{ name: 'company', type: 3, value: 'amazon' }]);
  }
  await until(() => failed().length >= 10, 15_000, 'ten failures logged');
  const output = bot.output();
  // The failures were logged with the request URL, which is where a token would have been.
  expect(output).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback/);
  expect(output).not.toMatch(/aW50ZXJhY3Rpb24[\w-]{8,}/);
  expect(output).not.toContain(discord.token);
  expect(output).not.toMatch(/[\w-]{20,}\.[\w-]{4,8}\.[\w-]{20,}/);
}, 60_000);
