/**
 * Black-box fuzz of both transports: `node --import tsx bench/fuzz.ts [count]` (default 5,000 each).
 * Gateway: the built bot (`npm start`) against the Discord stand-in; HTTP: `npm run start:http` with
 * signed requests, its follow-ups going to a REST stand-in that refuses some. Hostile input: lone
 * surrogates, control characters, 0–300-character strings, forged and truncated button ids, autocomplete
 * without a focused option, unknown commands and interaction types. Counts "Something went wrong"
 * answers, missing answers and token-shaped strings in every log line.
 */
import { createServer } from 'node:http';
import { startDiscordStandIn } from '../tests/discord/standin/index.js';
import { type BotProcess, spawnNpm } from '../tests/discord/standin/processes.js';
import { postSigned, signingKey } from './http.js';
import { mulberry32 } from './prng.js';

const COUNT = Number(process.argv[2] ?? 5000);
/** Every bot started, stopped at the end even when a run throws, so that none is left running. */
const bots: BotProcess[] = [];
const random = mulberry32(15);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
const TOKEN_SHAPES =
  /aW50ZXJhY3Rpb24[\w-]{8,}|\/webhooks\/\d+\/(?!\[redacted\])[\w-]{20,}|[\w-]{20,}\.[\w-]{4,8}\.[\w-]{20,}/g;
const FAILED = /Something went wrong/;

function hostileString(): string {
  const parts = [
    () => String.fromCharCode(0xd800 + int(0, 0x7ff)),
    () => String.fromCharCode(int(0, 31)),
    () =>
      pick([
        'amazon',
        'Open AI',
        'nvdia',
        'Groq',
        '@everyone',
        '<@123>',
        '`',
        '*',
        '_',
        '||',
        '\\',
        '%',
        '%E0%A4%A',
        ',',
        ':',
      ]),
    () => String.fromCodePoint(int(0x20, 0x10ffff)),
    () => 'x'.repeat(int(0, 120)),
  ];
  let out = '';
  const n = int(0, 12);
  for (let i = 0; i < n; i++) out += pick(parts)();
  return out.slice(0, int(0, 300));
}

const COMMANDS = [
  'deal',
  'backers',
  'investments',
  'company',
  'sources',
  'top',
  'help',
  'ask',
  'nope',
  'graph',
  'loops',
  'timeline',
];
const OPTIONS = ['company', 'with', 'deal', 'name', 'kind', 'year', 'question', 'hide', 'depth', 'zzz'];

function hostileOption(focusedAllowed: boolean) {
  const name = pick(OPTIONS);
  const value = random() < 0.8 ? hostileString() : random() < 0.5 ? int(-1e9, 1e9) : random() < 0.5;
  return {
    name,
    type: typeof value === 'string' ? 3 : typeof value === 'number' ? 4 : 5,
    value,
    ...(focusedAllowed && random() < 0.5 && { focused: true }),
  };
}

function hostileCustomId(): string {
  return pick([
    () => hostileString().slice(0, 100),
    () =>
      `${pick(['p', 's', 'm', 'h', 'x'])}:${pick(COMMANDS)}:${hostileString().slice(0, 10)}:${hostileString().slice(0, 60)}`,
    () => `p:deal:${int(-5, 99)}:amazon,openai`,
    () => `m:deal:company:,nvidia`,
  ])();
}

function summary(
  name: string,
  sent: number,
  failed: number,
  missing: number,
  tokens: number,
  seconds: number,
) {
  console.log(
    `${name}: ${sent} hostile interactions in ${seconds.toFixed(0)} s: ${failed} "something went wrong", ${missing} unanswered, ${tokens} token-shaped strings in logs`,
  );
}

async function gateway(): Promise<void> {
  const started = Date.now();
  const discord = await startDiscordStandIn({ heartbeatIntervalMs: 1000, ackDeadlineMs: 30_000 });
  const bot = spawnNpm('start', {
    ...process.env,
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE: discord.apiBase,
    LOG_LEVEL: 'debug',
    LOG_FORMAT: 'json',
    KNOWLEDGE_DIR: '',
    RATE_LIMIT_USER: '1000000/1s',
    RATE_LIMIT_CHANNEL: '1000000/1s',
    PICTURES_PER_USER: '100',
    PICTURE_QUEUE: '1000',
  });
  bots.push(bot);
  await discord.waitForReady(30_000);
  await bot.waitForLog((e) => e.msg === 'connected to the Discord gateway', 30_000, 'ready');
  const seed = discord.sendCommand('deal', [{ name: 'company', type: 3, value: 'amazon' }]);
  await seed.callback();
  const message = await seed.waitForOriginal(10_000);
  // The stand-in only lets a user click what the message shows (as Discord does): forged ids go over HTTP.
  const ids = (message.components ?? []).flatMap((row) =>
    'components' in row
      ? row.components.flatMap((c) =>
          'custom_id' in c && c.custom_id && !('disabled' in c && c.disabled) ? [c.custom_id] : [],
        )
      : [],
  );
  let failed = 0;
  let missing = 0;
  for (let done = 0; done < COUNT; ) {
    const batch = Math.min(50, COUNT - done);
    const handles = Array.from({ length: batch }, (_, i) => {
      const ctx = { userId: String(100_000_000_000_000_000n + BigInt(done + i)) };
      const kind = int(0, 2);
      if (kind === 0)
        return discord.sendCommand(
          pick(COMMANDS),
          Array.from({ length: int(0, 4) }, () => hostileOption(false)),
          ctx,
        );
      if (kind === 1)
        // The stand-in, like Discord, sends exactly one focused option; none at all is fuzzed over HTTP.
        return discord.sendAutocomplete(
          pick(COMMANDS),
          [
            { ...hostileOption(false), type: 3, value: hostileString(), focused: true },
            ...Array.from({ length: int(0, 2) }, () => hostileOption(false)),
          ],
          ctx,
        );
      // Sources buttons only: a page click updates the message, and the ids on it, under later clicks.
      return discord.sendComponent(message, pick(ids.filter((id) => id.startsWith('s:'))), {
        ...ctx,
        values: [hostileString()],
      });
    });
    done += batch;
    await Promise.all(
      handles.map(async (h) => {
        try {
          const reply = await h.callback();
          const text = JSON.stringify(reply.data ?? {});
          const later = h
            .followUps()
            .map((m) => JSON.stringify(m))
            .join('');
          if (FAILED.test(text) || FAILED.test(later)) failed++;
        } catch {
          missing++;
        }
      }),
    );
  }
  await new Promise((r) => setTimeout(r, 1000));
  const tokens = bot.output().match(TOKEN_SHAPES)?.length ?? 0;
  if (FAILED.test(bot.output())) failed += 0; // counted from answers; the log says why
  await bot.stop(10_000);
  await discord.close();
  summary('gateway', COUNT, failed, missing, tokens, (Date.now() - started) / 1000);
}

async function http(): Promise<void> {
  const started = Date.now();
  const key = signingKey();
  let restCalls = 0;
  // Follow-ups: every third refused as Discord does when the token is unknown (its URL then gets logged).
  const rest = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      restCalls++;
      const refuse = restCalls % 3 === 0;
      res.writeHead(refuse ? 404 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(refuse ? { message: 'Unknown Webhook', code: 10015 } : { id: '1' }));
    });
  });
  await new Promise<void>((resolve) => rest.listen(0, '127.0.0.1', () => resolve()));
  const restPort = (rest.address() as { port: number }).port;
  const bot = spawnNpm('start:http', {
    ...process.env,
    DISCORD_PUBLIC_KEY: key.publicKeyHex,
    DISCORD_APPLICATION_ID: '1234567890123456789',
    DISCORD_API_BASE: `http://127.0.0.1:${restPort}/api`,
    HTTP_PORT: '0',
    LOG_LEVEL: 'debug',
    LOG_FORMAT: 'json',
    KNOWLEDGE_DIR: '',
    RATE_LIMIT_USER: '1000000/1s',
    RATE_LIMIT_CHANNEL: '1000000/1s',
    PICTURES_PER_USER: '100',
    PICTURE_QUEUE: '1000',
  });
  bots.push(bot);
  const port = (await bot.waitForLog((e) => e.msg === 'listening', 30_000, 'listening')).port as number;
  let failed = 0;
  let missing = 0;
  for (let done = 0; done < COUNT; ) {
    const batch = Math.min(50, COUNT - done);
    await Promise.all(
      Array.from({ length: batch }, async (_, i) => {
        const n = done + i;
        const type = pick([2, 2, 4, 4, 3, 3, 5, 9]);
        const data =
          type === 3
            ? { custom_id: hostileCustomId(), component_type: 3, values: [hostileString()] }
            : {
                name: pick(COMMANDS),
                options: Array.from({ length: int(0, 4) }, () => hostileOption(type === 4)),
              };
        const payload = {
          id: String(4_000_000_000_000_000n + BigInt(n)),
          type,
          token: `aW50ZXJhY3Rpb246${n}${'Q'.repeat(60)}`,
          application_id: '1234567890123456789',
          channel_id: '300000000000000001',
          member: { user: { id: String(500_000_000_000_000_000n + BigInt(n)) } },
          locale: pick(['en-US', 'es-ES', 'it', 'xx']),
          data,
        };
        try {
          const { status, text } = await postSigned(port, key, payload);
          if (status >= 500 || FAILED.test(text)) failed++;
        } catch {
          missing++;
        }
      }),
    );
    done += batch;
  }
  await new Promise((r) => setTimeout(r, 2000));
  const tokens = bot.output().match(TOKEN_SHAPES)?.length ?? 0;
  await bot.stop(15_000);
  rest.close();
  summary('http', COUNT, failed, missing, tokens, (Date.now() - started) / 1000);
}

try {
  await gateway();
  await http();
} finally {
  await Promise.all(bots.map((bot) => bot.stop(15_000)));
}
