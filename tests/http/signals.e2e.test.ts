/**
 * `npm run start:http` exactly as the README says: SIGTERM or SIGINT to npm, to the process group or to
 * node stops the endpoint, exits 0 and leaves no process behind; SIGHUP to node reloads.
 */
import { afterEach, describe, expect, it } from 'vitest';
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
