/**
 * Gateway mode's own port for operations: /healthz says whether the bot is connected, /metrics counts
 * what it answered (Prometheus text).
 */
import { afterAll, expect, it } from 'vitest';
import { type DiscordStandIn, startDiscordStandIn } from './standin/index.js';
import { type BotProcess, botEnv, spawnNpm } from './standin/processes.js';

let discord: DiscordStandIn | undefined;
let bot: BotProcess | undefined;

afterAll(async () => {
  try {
    await bot?.stop(10_000);
  } finally {
    await discord?.close();
  }
}, 20_000);

it('serves /healthz and /metrics on METRICS_PORT', async () => {
  discord = await startDiscordStandIn({ heartbeatIntervalMs: 1000 });
  bot = spawnNpm('start', botEnv(discord, { METRICS_PORT: '0' }));
  const serving = await bot.waitForLog((e) => e.msg === 'serving /healthz and /metrics', 20_000, 'ops port');
  const base = `http://127.0.0.1:${serving.port}`;
  await bot.waitForLog((e) => e.msg === 'connected to the Discord gateway', 20_000, 'bot ready');
  const health = await fetch(`${base}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', knowledgeBase: { version: expect.any(String) } });

  await discord.sendCommand('help').callback();
  await discord.sendCommand('nonsense-command').callback();
  await expect
    .poll(async () => (await fetch(`${base}/metrics`)).text(), { timeout: 5000 })
    .toMatch(/bot_interactions_total\{[^}]*command="help",outcome="ok"[^}]*\} 1/);
  const text = await (await fetch(`${base}/metrics`)).text();
  expect(text).toMatch(/bot_interactions_total\{[^}]*command="other"/);
  expect(text).toMatch(/bot_interaction_duration_seconds_bucket\{/);
  expect(text).toMatch(/bot_knowledge_base_info\{[^}]*version="[^"]+"/);
  expect(text).toMatch(/nodejs_eventloop_lag_seconds/);
  expect(text).toContain('bot_deadline_misses_total');
  expect(text).toContain('bot_rate_limit_refusals_total');
  expect(text).toMatch(/bot_pictures\{[^}]*state="queued"/);
}, 60_000);
