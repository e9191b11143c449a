/**
 * The bot as an operator runs it: `npm start` (gateway mode, against the local Discord stand-in) and
 * `npm run start:http` (signed POSTs on loopback), each a fresh process tree running the built bundle with
 * the start scripts' own node flags and environment. Measured: when node was ready (the uptime the bot logs
 * with its ready line), and the node process's resident memory, read from /proc, after 1,001
 * interactions (commands, autocomplete keystrokes and a button).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIMessage } from 'discord-api-types/v10';
import { startDiscordStandIn } from '../tests/discord/standin/index.js';
import { type BotProcess, botEnv, spawnNpm } from '../tests/discord/standin/processes.js';
import { allComponents } from '../tests/discord/v2.js';
import { postSigned, signingKey } from './http.js';

export interface BotProcessJob {
  type: 'bot-process';
  mode: 'gateway' | 'http';
}

export interface BotProcessSample {
  mode: BotProcessJob['mode'];
  /** Process uptime when it was ready: connected to the gateway, or listening for interactions. */
  readyMs: number;
  rssAtReadyMb: number;
  rssMb: number;
  interactions: number;
}

const ROUNDS = 143;

/** Resident memory of a process, from the kernel: what the operator's `ps` and cgroup limits see. */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

/** The node process npm ended up running: `npm run` starts sh, which execs node in its place. */
function nodeChild(npmPid: number): number {
  for (const task of readFileSync(`/proc/${npmPid}/task/${npmPid}/children`, 'utf8').trim().split(' ')) {
    const pid = Number(task);
    if (pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').at(-2)?.startsWith('dist/'))
      return pid;
  }
  throw new Error(`npm (${npmPid}) runs no node dist/… process`);
}

const option = (name: string, value: string, focused?: boolean) => ({
  name,
  type: 3,
  value,
  ...(focused ? { focused } : {}),
});

const COMMANDS: [string, ReturnType<typeof option>[]][] = [
  ['deal', [option('company', 'Amazon'), option('with', 'OpenAI')]],
  ['backers', [option('company', 'Anthropic')]],
  ['company', [option('name', 'NVIDIA')]],
  ['top', []],
];
const KEYSTROKES = ['op', 'nvdia'];

/** One user sends every interaction here: limits high enough that each gets a real answer. */
const UNLIMITED = { RATE_LIMIT_USER: '1000000/1s', RATE_LIMIT_CHANNEL: '1000000/1s' };

async function gateway(): Promise<BotProcessSample> {
  const discord = await startDiscordStandIn({ heartbeatIntervalMs: 30_000 });
  let bot: BotProcess | undefined;
  try {
    bot = spawnNpm('start', botEnv(discord, { LOG_LEVEL: 'info', ...UNLIMITED }));
    const ready = await bot.waitForLog((e) => e.msg === 'connected to the Discord gateway', 60_000, 'ready');
    const pid = nodeChild(bot.pid);
    const rssAtReadyMb = rssMb(pid);
    let interactions = 0;
    let button: { message: APIMessage; id: string } | undefined;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, options] of COMMANDS) {
        const handle = discord.sendCommand(name, options);
        await handle.callback();
        interactions++;
        if (!button && name === 'deal') {
          const message = await handle.waitForOriginal();
          // A button (type 2) the user can press: the Sources or next-page button.
          const id = allComponents(message).find(
            (c) => c.type === 2 && c.custom_id && !c.disabled,
          )?.custom_id;
          if (id) button = { message, id };
        }
      }
      for (const value of KEYSTROKES) {
        await discord.sendAutocomplete('deal', [option('company', value, true)]).callback();
        interactions++;
      }
      if (!button) throw new Error('the /deal answer has no button to press');
      await discord.sendComponent(button.message, button.id).callback();
      interactions++;
    }
    return {
      mode: 'gateway',
      readyMs: Number(ready.uptimeMs),
      rssAtReadyMb,
      rssMb: rssMb(pid),
      interactions,
    };
  } finally {
    await bot?.stop(15_000);
    await discord.close();
  }
}

async function http(): Promise<BotProcessSample> {
  const key = signingKey();
  // Follow-ups (a picture after a deferred reply) go to a loopback sink that accepts them, not to Discord.
  const rest = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1"}'));
  });
  await new Promise<void>((resolve) => rest.listen(0, '127.0.0.1', resolve));
  const bot = spawnNpm('start:http', {
    ...process.env,
    ...UNLIMITED,
    DISCORD_API_BASE: `http://127.0.0.1:${(rest.address() as AddressInfo).port}/api`,
    DISCORD_PUBLIC_KEY: key.publicKeyHex,
    DISCORD_APPLICATION_ID: '1234567890123456789',
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: '0',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    KNOWLEDGE_DIR: '',
  });
  try {
    const ready = await bot.waitForLog((e) => e.msg === 'listening', 60_000, 'listening');
    const port = Number(ready.port);
    const pid = nodeChild(bot.pid);
    const rssAtReadyMb = rssMb(pid);
    let interactions = 0;
    const post = async (payload: Record<string, unknown>) => {
      const envelope = { id: String(interactions), application_id: '1', token: 'token', version: 1 };
      const { status } = await postSigned(port, key, { ...envelope, ...payload });
      if (status !== 200) throw new Error(`HTTP ${status}`);
      interactions++;
    };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, options] of COMMANDS) await post({ type: 2, data: { name, options } });
      for (const value of KEYSTROKES)
        await post({ type: 4, data: { name: 'deal', options: [option('company', value, true)] } });
      await post({ type: 3, data: { custom_id: 'p:deal:1:amazon,openai', component_type: 2 } });
    }
    return { mode: 'http', readyMs: Number(ready.uptimeMs), rssAtReadyMb, rssMb: rssMb(pid), interactions };
  } finally {
    await bot.stop(15_000);
    rest.close();
  }
}

export function measureBotProcess(job: BotProcessJob): Promise<BotProcessSample> {
  return job.mode === 'gateway' ? gateway() : http();
}
