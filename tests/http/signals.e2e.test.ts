/**
 * `npm run start:http` exactly as the README says: SIGTERM or SIGINT to npm, to the process group or to
 * node stops the endpoint, exits 0 and leaves no process behind; SIGHUP to node reloads.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postSigned, signingKey } from '../../bench/http.js';
import { type BotProcess, groupMembers, spawnNpm, within } from '../discord/standin/processes.js';

let bot: BotProcess | undefined;

afterEach(async () => {
  await bot?.stop(10_000);
  bot = undefined;
}, 20_000);

async function start(): Promise<{ bot: BotProcess; port: number; pid: number }> {
  bot = spawnNpm('start:http', {
    ...process.env,
    DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: '0',
    LOG_LEVEL: 'info',
    KNOWLEDGE_DIR: '',
    SHUTDOWN_GRACE_MS: '3000',
  });
  const listening = await bot.waitForLog((e) => e.msg === 'listening', 20_000, 'listening');
  return { bot, port: Number(listening.port), pid: Number(listening.pid) };
}

describe.each(['npm', 'group', 'node'] as const)('npm run start:http, signal to %s', (target) => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s exits 0 and leaves nothing running',
    async (name) => {
      const { bot, port, pid } = await start();
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      if (target === 'npm') bot.child.kill(name);
      else if (target === 'group') process.kill(-bot.pid, name);
      else process.kill(pid, name);
      const exit = await within(bot.exited, 6000, `exit after ${name}`);
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(bot.entries().find((e) => e.msg === 'shutting down')).toMatchObject({ signal: name });
      const end = Date.now() + 3000;
      while (groupMembers(bot.pid).length > 0 && Date.now() < end)
        await new Promise((r) => setTimeout(r, 50));
      expect(groupMembers(bot.pid)).toEqual([]);
    },
    30_000,
  );
});

it('SIGHUP to node reloads and keeps serving', async () => {
  const { bot, port, pid } = await start();
  process.kill(pid, 'SIGHUP');
  await bot.waitForLog((e) => e.msg === 'knowledge base reloaded', 5000, 'reload');
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
}, 30_000);

it('loads discord.js when a picture needs a follow-up, and edits the deferred reply with it', async () => {
  // The built bundle gives a dynamic import of discord.js only a default export: this is the path that
  // once failed there with "REST is not a constructor" while the sources worked.
  const requests: { method?: string; url?: string }[] = [];
  let arrived = () => {};
  const edited = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  // Discord's REST API, for the follow-up: accepts whatever comes and records it.
  const api = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1"}');
      arrived();
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  try {
    const key = signingKey();
    bot = spawnNpm('start:http', {
      ...process.env,
      DISCORD_API_BASE: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api`,
      DISCORD_PUBLIC_KEY: key.publicKeyHex,
      DISCORD_APPLICATION_ID: '1234567890123456789',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      LOG_LEVEL: 'info',
      KNOWLEDGE_DIR: '',
    });
    const listening = await bot.waitForLog((e) => e.msg === 'listening', 20_000, 'listening');
    const graph = { name: 'graph', options: [{ name: 'company', type: 3, value: 'OpenAI' }] };
    const envelope = {
      id: '1',
      application_id: '1234567890123456789',
      token: 'interaction-token',
      version: 1,
    };
    const { status, text } = await postSigned(Number(listening.port), key, {
      ...envelope,
      type: 2,
      data: graph,
    });
    expect(status).toBe(200);
    // Deferred: the picture comes in an edit of the original response.
    expect(JSON.parse(text)).toMatchObject({ type: 5 });
    await within(edited, 20_000, 'the follow-up edit');
    expect(requests[0]).toEqual({
      method: 'PATCH',
      url: '/api/v10/webhooks/1234567890123456789/interaction-token/messages/@original',
    });
    expect(bot.entries().filter((e) => Number(e.level) >= 50)).toEqual([]);
  } finally {
    api.close();
  }
}, 40_000);
