/**
 * Stopping the bot end to end: `npm start`, exactly as the README says (npm execs `node dist/main.js`),
 * against the local Discord stand-in. On SIGTERM / SIGINT, whether sent to npm, to the whole process group
 * (a terminal's Ctrl-C, a container runtime) or to node itself (systemd's main pid), the bot stops taking
 * interactions, lets those in flight finish (at most SHUTDOWN_GRACE_MS), logs out of the gateway and exits 0,
 * and so does npm. SIGHUP to node reloads the knowledge base and keeps serving.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type DiscordStandIn, type StandInOptions, startDiscordStandIn } from './standin/index.js';
import { type BotProcess, groupMembers, spawnNpm, within } from './standin/processes.js';
import { titleOf } from './v2.js';

const GRACE_MS = 5000;
/** Process exit after the drain: client.destroy() and npm passing the exit code on. */
const EXIT_MARGIN_MS = 3000;
const CALLBACK_DELAY_MS = 800;
const HELP_TITLE = 'AI deals bot — help';

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

async function start(
  options: StandInOptions,
  graceMs = GRACE_MS,
): Promise<{ discord: DiscordStandIn; bot: BotProcess }> {
  const d = await startDiscordStandIn({ heartbeatIntervalMs: 1000, ...options });
  discord = d;
  const b = spawnNpm('start', {
    ...process.env,
    DISCORD_TOKEN: d.token,
    DISCORD_APPLICATION_ID: d.applicationId,
    DISCORD_GUILD_ID: d.guildId,
    DISCORD_API_BASE: d.apiBase,
    SHUTDOWN_GRACE_MS: String(graceMs),
    LOG_LEVEL: 'info',
    KNOWLEDGE_DIR: '',
  });
  bot = b;
  await d.waitForReady(20_000);
  await b.waitForLog((e) => e.msg === 'connected to the Discord gateway', 20_000, 'bot ready');
  return { discord: d, bot: b };
}

type Target = 'npm' | 'group' | 'node';

/** Sends `signal` where an operator might: to npm, to npm's whole process group, or to node's pid. */
function signal(bot: BotProcess, target: Target, name: NodeJS.Signals): void {
  if (target === 'npm') bot.child.kill(name);
  else if (target === 'group') process.kill(-bot.pid, name);
  else process.kill(nodePid(bot), name);
}

/** node's pid, which the bot logs at start: npm execs node in place of its shell. */
function nodePid(bot: BotProcess): number {
  const pid = bot.entries().find((e) => e.msg?.startsWith('starting'))?.pid;
  if (typeof pid !== 'number') throw new Error(`no pid logged:\n${bot.output()}`);
  return pid;
}

describe.each<Target>(['npm', 'group', 'node'])('shutting down with a signal to %s', (target) => {
  it('on SIGTERM finishes the interaction in flight, takes no new one, and exits 0', async () => {
    const { discord, bot } = await start({ callbackDelayMs: CALLBACK_DELAY_MS });

    const help = discord.sendCommand('help');
    // The bot's callback POST has reached Discord; its answer is held back, so the reply is in flight.
    await help.callbackReceived();
    const receivedAt = Date.now();
    signal(bot, target, 'SIGTERM');

    const shuttingDown = await bot.waitForLog((e) => e.msg === 'shutting down', 3000, 'shutting down');
    expect(shuttingDown.signal).toBe('SIGTERM');
    // The bot is draining but still connected: an interaction sent now reaches it and must be left alone.
    const late = discord.sendCommand('help');

    const reply = await help.callback();
    expect(reply.type).toBe(4);
    expect(titleOf(reply.data)).toBe(HELP_TITLE);
    expect(help.refused()).toEqual([]);

    const exit = await within(bot.exited, GRACE_MS + EXIT_MARGIN_MS, 'bot exit after SIGTERM');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - receivedAt).toBeLessThan(GRACE_MS + EXIT_MARGIN_MS);
    // It waited for Discord's answer to the callback before exiting.
    expect(exit.at - receivedAt).toBeGreaterThanOrEqual(CALLBACK_DELAY_MS - 100);
    const drained = bot.entries().find((e) => e.msg === 'stopped taking interactions');
    expect(drained).toMatchObject({ outcome: 'done', left: 0 });
    expect(drained?.pending).toBeGreaterThanOrEqual(1);

    // The interaction that arrived after SIGTERM got no answer at all.
    await expect(late.callback()).rejects.toThrow(/no callback/);
    await expect(late.callbackReceived(0)).rejects.toThrow(/no callback POST/);
    expect(discord.violations).toEqual([expect.stringMatching(/^\/help: not acknowledged within 3000 ms/)]);
    expect(bot.output()).not.toContain(discord.token);
    // Nothing of the group is left running: no orphaned bot.
    expect(groupMembers(bot.pid)).toEqual([]);
  }, 40_000);
});

describe('other signals', () => {
  it('SIGTERM to the group while a picture is drawn: the picture is delivered, then the bot exits 0', async () => {
    // A grace period long enough for a picture drawn on a loaded machine.
    const grace = 20_000;
    const { discord, bot } = await start({}, grace);
    const graph = discord.sendCommand('graph', [{ name: 'company', type: 3, value: 'openai' }]);
    // Drawing has begun (a worker's first picture takes the longest: it loads the knowledge base first).
    await new Promise((resolve) => setTimeout(resolve, 100));
    signal(bot, 'group', 'SIGTERM');
    const reply = await graph.callback();
    const files =
      reply.type === 5
        ? (await graph.waitForOriginal(GRACE_MS)).attachments.length
        : (reply.files?.length ?? 0);
    expect(files).toBe(1);
    const exit = await within(bot.exited, GRACE_MS + EXIT_MARGIN_MS, 'bot exit after SIGTERM');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(groupMembers(bot.pid)).toEqual([]);
  }, 60_000);

  it('on SIGINT when idle exits 0 at once', async () => {
    const { discord, bot } = await start({});
    const signalledAt = Date.now();
    signal(bot, 'npm', 'SIGINT');
    const exit = await within(bot.exited, 3000, 'bot exit after SIGINT');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(3000);
    expect(bot.entries().find((e) => e.msg === 'shutting down')).toMatchObject({ signal: 'SIGINT' });
    expect(bot.entries().find((e) => e.msg === 'stopped taking interactions')).toMatchObject({
      pending: 0,
      outcome: 'done',
      left: 0,
    });
    expect(discord.violations).toEqual([]);
  }, 40_000);

  it('on SIGHUP to node reloads the knowledge base and keeps answering', async () => {
    const { discord, bot } = await start({});
    signal(bot, 'node', 'SIGHUP');
    await bot.waitForLog((e) => e.msg === 'knowledge base reloaded', 5000, 'reload');
    const reply = await discord.sendCommand('help').callback();
    expect(titleOf(reply.data)).toBe(HELP_TITLE);
    expect(bot.child.exitCode).toBeNull();
  }, 40_000);

  it('when npm dies of SIGHUP (which it does not forward), node drains and exits instead of serving orphaned', async () => {
    const { bot } = await start({});
    const node = nodePid(bot);
    signal(bot, 'npm', 'SIGHUP');
    await bot.waitForLog((e) => e.msg === 'shutting down', 5000, 'shutting down after npm exited');
    const end = Date.now() + GRACE_MS + EXIT_MARGIN_MS;
    while (Date.now() < end && groupMembers(bot.pid).some((p) => p.startsWith(`${node} `))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(groupMembers(bot.pid)).toEqual([]);
  }, 40_000);
});
