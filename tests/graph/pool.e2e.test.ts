/**
 * Pictures through the built bot (`npm start`, dist/ with its worker file) against the Discord stand-in:
 * drawn on the worker pool, uploaded with the reply; a user past their share of pictures is told to try
 * again privately instead of "something went wrong".
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DiscordStandIn, startDiscordStandIn } from '../discord/standin/index.js';
import { type BotProcess, botEnv, spawnNpm } from '../discord/standin/processes.js';
import { plainText } from '../discord/v2.js';

let discord: DiscordStandIn;
let bot: BotProcess;

beforeAll(async () => {
  discord = await startDiscordStandIn({ heartbeatIntervalMs: 1000 });
  bot = spawnNpm('start', botEnv(discord, { PICTURES_PER_USER: '1', RATE_LIMIT_USER: '100/30s' }));
  await discord.waitForReady(20_000);
  await bot.waitForLog((e) => e.msg === 'connected to the Discord gateway', 20_000, 'bot ready');
}, 40_000);

afterAll(async () => {
  try {
    await bot?.stop(10_000);
  } finally {
    await discord?.close();
  }
}, 20_000);

const company = (value: string) => [{ name: 'company', type: 3, value }];

it('draws a picture on a worker and uploads the PNG; of two at once from one user, one is refused politely', async () => {
  const user = { userId: '100000000000000001' };
  const handles = [
    discord.sendCommand('graph', company('openai'), user),
    discord.sendCommand('timeline', company('openai'), user),
  ];
  const replies = await Promise.all(handles.map((h) => h.callback()));
  // Whichever the bot took first is drawn; the other finds the user's share (1) taken.
  const refused = replies.findIndex((r) => r.type === 4 && /Try again in \d+ s/.test(plainText(r.data)));
  expect(refused).toBeGreaterThanOrEqual(0);
  expect(replies[refused]!.data.flags & 64).toBe(64);
  const drawn = 1 - refused;
  const reply = replies[drawn]!;
  if (reply.type === 5) {
    // Drawing took longer than the deferral threshold (a loaded machine): the picture comes by an edit.
    const original = await handles[drawn]!.waitForOriginal(20_000);
    expect(original.attachments[0]?.filename).toMatch(/openai.*\.png$/);
  } else {
    expect(reply.files?.[0]?.data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  }
  expect(bot.output()).not.toMatch(/Something went wrong/);
}, 40_000);
