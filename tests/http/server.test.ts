/**
 * The HTTP interactions endpoint, over real HTTP on 127.0.0.1: requests signed as Discord signs them, the
 * real knowledge base, and a local stand-in for the REST API that receives the follow-ups.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ComponentType, InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answers/engine.js';
import { SettingsError } from '../../src/config/settings.js';
import { Guard } from '../../src/discord/guard.js';
import { createInteractionServer, type InteractionServer } from '../../src/http/server.js';
import { readHttpSettings } from '../../src/http/settings.js';
import { createVerifier } from '../../src/http/verify.js';
import type { Logger } from '../../src/log.js';
import { footerOf, plainText, titleOf } from '../discord/v2.js';
import { realEngine } from '../helpers.js';

const APP_ID = '1234567890123456789';
const TIMEOUT_MS = 5_000;

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicKeyHex: der.subarray(der.length - 32).toString('hex') };
}

const discordKey = keyPair();
const strangerKey = keyPair();

const now = () => String(Math.floor(Date.now() / 1000));

function signature(body: string | Buffer, timestamp: string, key: KeyObject = discordKey.privateKey): string {
  return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), key).toString('hex');
}

function signedHeaders(body: string | Buffer, key?: KeyObject, timestamp = now()): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signature(body, timestamp, key),
    'x-signature-timestamp': timestamp,
  };
}

let sequence = 0;
function interaction(type: InteractionType, data?: unknown) {
  sequence += 1;
  return {
    id: String(1_400_000_000_000_000_000n + BigInt(sequence)),
    application_id: APP_ID,
    type,
    token: `aW50ZXJhY3Rpb246${sequence}_tOkEn-${'x'.repeat(40)}`,
    version: 1,
    ...(data !== undefined && { data }),
  };
}

const ping = () => interaction(InteractionType.Ping);
const slash = (name: string, options: Record<string, string | number | boolean>) =>
  interaction(InteractionType.ApplicationCommand, {
    id: '1400000000000000001',
    name,
    type: 1,
    options: Object.entries(options).map(([n, value]) => ({
      name: n,
      type: typeof value === 'string' ? 3 : typeof value === 'number' ? 4 : 5,
      value,
    })),
  });
const button = (customId: string) =>
  interaction(InteractionType.MessageComponent, {
    custom_id: customId,
    component_type: ComponentType.Button,
  });
const pick = (customId: string, values: string[]) =>
  interaction(InteractionType.MessageComponent, {
    custom_id: customId,
    component_type: ComponentType.StringSelect,
    values,
  });

interface Answer {
  status: number;
  contentType: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: responses are asserted field by field.
  json: any;
}

async function call(
  base: string,
  path: string,
  init: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'POST',
    ...(init.body !== undefined && { body: init.body }),
    headers: init.headers ?? {},
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    json: text ? JSON.parse(text) : undefined,
  };
}

/** Posts an interaction signed with Discord's key (or `key`). */
function post(base: string, payload: unknown, key?: KeyObject) {
  const body = JSON.stringify(payload);
  return call(base, '/interactions', { body, headers: signedHeaders(body, key) });
}

/** A chunked upload with no content-length, so the server only learns the size while reading. */
function postChunked(base: string, chunks: Buffer[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/interactions`, {
      method: 'POST',
      headers: { 'x-signature-ed25519': 'ab'.repeat(64), 'x-signature-timestamp': now() },
      timeout: TIMEOUT_MS,
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Log lines kept in memory, to assert on what the server logs. */
function memoryLogger() {
  // biome-ignore lint/suspicious/noExplicitAny: log lines are arbitrary JSON.
  const lines: any[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger: logger as unknown as Logger, lines };
}

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: the follow-up body is asserted field by field.
  body: any;
}

/**
 * The REST API stand-in: records each request; tokens starting with `fail` get a 404 (10015) every time,
 * `race` a 10015 on the first request only (the follow-up arrived before Discord took in the response),
 * and `limited` a 429 asking to wait a minute.
 */
function restStandIn() {
  const received: Received[] = [];
  const raced = new Set<string>();
  const waiters: Array<() => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body: text ? JSON.parse(text) : undefined,
      });
      for (const wake of waiters.splice(0)) wake();
      const url = req.url ?? '';
      if (/\/webhooks\/\d+\/limited/.test(url)) {
        res.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': '60',
          'x-ratelimit-scope': 'user',
        });
        res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: 60, global: false }));
        return;
      }
      const racing = /\/webhooks\/\d+\/race/.test(url) && !raced.has(url);
      if (racing) raced.add(url);
      const failing = racing || /\/webhooks\/\d+\/fail/.test(url);
      res.writeHead(failing ? 404 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(failing ? { message: 'Unknown Webhook', code: 10015 } : { id: '1' }));
    });
  });
  /** Resolves with the first request to `path`, or fails after TIMEOUT_MS. */
  async function next(path: string): Promise<Received> {
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      const found = received.find((r) => r.url === path);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no request to ${path} within ${TIMEOUT_MS} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
  return { server, received, next };
}

describe('HTTP interactions endpoint', () => {
  const engine = realEngine();
  const rest = restStandIn();
  const logs = memoryLogger();
  let restBase = '';
  let base = '';
  let server: InteractionServer;

  beforeAll(async () => {
    restBase = await listen(rest.server);
    server = createInteractionServer({
      engine: () => engine,
      publicKey: discordKey.publicKeyHex,
      logger: logs.logger,
      rest: { api: `${restBase}/api`, applicationId: APP_ID },
    });
    base = await listen(server);
  });

  afterAll(async () => {
    await Promise.all([close(server), close(rest.server)]);
  });

  it('answers a signed PING with PONG', async () => {
    const answer = await post(base, ping());
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/json');
    expect(answer.json).toEqual({ type: 1 });
  });

  it('passes Discord endpoint validation: a valid PING, then a PING with a bad signature', async () => {
    const body = JSON.stringify(ping());
    const good = signedHeaders(body);
    expect((await call(base, '/interactions', { body, headers: good })).status).toBe(200);
    const sig = good['x-signature-ed25519']!;
    const flipped = `${sig.slice(0, 10)}${sig[10] === '0' ? '1' : '0'}${sig.slice(11)}`;
    const bad = await call(base, '/interactions', {
      body,
      headers: { ...good, 'x-signature-ed25519': flipped },
    });
    expect(bad.status).toBe(401);
    expect(bad.contentType).toBe('application/json');
    expect(bad.json).toEqual({ error: 'invalid request signature' });
  });

  it('answers /deal inline with the answer embed, pinging nobody', async () => {
    const answer = await post(base, slash('deal', { company: 'Amazon', with: 'OpenAI' }));
    expect(answer.status).toBe(200);
    expect(answer.json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(titleOf(answer.json.data)).toBe('Deals between Amazon and OpenAI');
    expect(answer.json.data.allowed_mentions).toEqual({ parse: [] });
    expect(answer.json.data.flags).toBe(MessageFlags.IsComponentsV2);
  });

  it('keeps an answer private with hide:true', async () => {
    const answer = await post(base, slash('deal', { company: 'Amazon', with: 'OpenAI', hide: true }));
    expect(answer.json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(answer.json.data.flags).toBe(MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral);
  });

  it('answers an unknown command with a private notice', async () => {
    const answer = await post(base, slash('nope', {}));
    expect(answer.status).toBe(200);
    expect(plainText(answer.json.data)).toMatch(/Unknown command/);
    expect(answer.json.data.flags).toBe(MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral);
  });

  it('answers autocomplete with at most 25 choices for the focused option', async () => {
    const answer = await post(
      base,
      interaction(InteractionType.ApplicationCommandAutocomplete, {
        id: '1400000000000000001',
        name: 'deal',
        type: 1,
        options: [
          { name: 'company', type: 3, value: 'Amazon' },
          { name: 'with', type: 3, value: 'a', focused: true },
        ],
      }),
    );
    expect(answer.status).toBe(200);
    expect(answer.json.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = answer.json.data.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) expect(typeof choice.value).toBe('string');
  });

  it('turns a page button into an update of the message', async () => {
    const answer = await post(base, button('p:deal:1:openai'));
    expect(answer.status).toBe(200);
    expect(answer.json.type).toBe(InteractionResponseType.UpdateMessage);
    expect(titleOf(answer.json.data)).toBe('Deals of OpenAI');
    expect(footerOf(answer.json.data)).toMatch(/page 2\/\d+/);
    expect(answer.json.data.flags).toBe(MessageFlags.IsComponentsV2);
  });

  it('answers a did-you-mean pick with an update, then posts the answer as a follow-up', async () => {
    const first = await post(base, slash('deal', { company: 'Groc', with: 'NVIDIA' }));
    expect(first.json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(first.json.data.flags).toBe(MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral);
    const select = first.json.data.components
      .flatMap((row: { components: Array<{ type: number; custom_id?: string }> }) => row.components)
      .find((c: { type: number }) => c.type === ComponentType.StringSelect);
    expect(select?.custom_id).toMatch(/^m:deal:company:/);

    const picked = pick(select.custom_id, ['groq']);
    const answer = await post(base, picked);
    expect(answer.status).toBe(200);
    expect(answer.json.type).toBe(InteractionResponseType.UpdateMessage);
    expect(plainText(answer.json.data)).toBe('Showing Groq.');

    const followUp = await rest.next(`/api/v10/webhooks/${APP_ID}/${picked.token}`);
    expect(followUp.method).toBe('POST');
    expect(followUp.authorization).toBeUndefined();
    expect(titleOf(followUp.body)).toBe('Deals between Groq and NVIDIA');
    expect(followUp.body.allowed_mentions).toEqual({ parse: [] });
    expect(followUp.body.flags).toBe(MessageFlags.IsComponentsV2);
  });

  it('logs a follow-up that fails, with the interaction id', async () => {
    const picked = { ...pick('m:deal:company:,nvidia', ['groq']), token: 'fail-token' };
    const answer = await post(base, picked);
    expect(answer.json.type).toBe(InteractionResponseType.UpdateMessage);
    await rest.next(`/api/v10/webhooks/${APP_ID}/fail-token`);
    await server.followUpsSettled();
    const line = logs.lines.find((l) => l.msg === 'follow-up failed' && l.interactionId === picked.id);
    expect(line).toBeDefined();
    expect(line.command).toBe('m:deal:company:,nvidia');
    expect(line.err).toMatchObject({ status: 404, code: 10015 });
    expect(JSON.stringify(line)).not.toContain('fail-token');
  });

  it('sends a follow-up again when it raced the response (10015 first, then accepted)', async () => {
    const picked = { ...pick('m:deal:company:,nvidia', ['groq']), token: 'race-token' };
    const answer = await post(base, picked);
    expect(answer.json.type).toBe(InteractionResponseType.UpdateMessage);
    await server.followUpsSettled();
    const sent = rest.received.filter((r) => r.url === `/api/v10/webhooks/${APP_ID}/race-token`);
    expect(sent).toHaveLength(2);
    expect(titleOf(sent[1]!.body)).toBe('Deals between Groq and NVIDIA');
    expect(
      logs.lines.find((l) => l.msg === 'follow-up failed' && l.interactionId === picked.id),
    ).toBeUndefined();
  });

  it('gives up a follow-up at once when Discord asks to wait longer than the deadline', async () => {
    const picked = { ...pick('m:deal:company:,nvidia', ['groq']), token: 'limited-token' };
    await post(base, picked);
    const started = Date.now();
    await server.followUpsSettled();
    expect(Date.now() - started).toBeLessThan(5000);
    const line = logs.lines.find((l) => l.msg === 'follow-up failed' && l.interactionId === picked.id);
    expect(line?.err.stack).toMatch(/^RateLimitError/);
    expect(line?.err.retryAfter).toBeGreaterThanOrEqual(60_000);
    expect(JSON.stringify(line)).not.toContain('limited-token');
  });

  describe('rejects what Discord did not sign with 401', () => {
    const body = JSON.stringify(ping());

    it('a tampered body', async () => {
      const headers = signedHeaders(body);
      const tampered = body.replace('"type":1', '"type":2');
      expect(tampered).not.toBe(body);
      const answer = await call(base, '/interactions', { body: tampered, headers });
      expect(answer.status).toBe(401);
      expect(answer.contentType).toBe('application/json');
    });

    it('a signature made with another key', async () => {
      expect((await post(base, ping(), strangerKey.privateKey)).status).toBe(401);
    });

    it('missing signature headers', async () => {
      const { 'x-signature-timestamp': timestamp, 'x-signature-ed25519': sig } = signedHeaders(body);
      const partial: Record<string, string>[] = [
        {},
        { 'x-signature-timestamp': timestamp! },
        { 'x-signature-ed25519': sig! },
      ];
      for (const headers of partial) {
        expect((await call(base, '/interactions', { body, headers })).status).toBe(401);
      }
    });

    it('a stale timestamp (ten minutes old), even when correctly signed', async () => {
      const old = String(Math.floor(Date.now() / 1000) - 600);
      const answer = await call(base, '/interactions', {
        body,
        headers: signedHeaders(body, undefined, old),
      });
      expect(answer.status).toBe(401);
    });

    it('a non-hex or wrongly sized signature', async () => {
      const headers = signedHeaders(body);
      for (const sig of ['zz'.repeat(64), headers['x-signature-ed25519']!.slice(2), '']) {
        const answer = await call(base, '/interactions', {
          body,
          headers: { ...headers, 'x-signature-ed25519': sig },
        });
        expect(answer.status).toBe(401);
      }
    });

    it('a timestamp that is not an integer', async () => {
      const timestamp = `${now()}.5`;
      const answer = await call(base, '/interactions', {
        body,
        headers: signedHeaders(body, undefined, timestamp),
      });
      expect(answer.status).toBe(401);
    });
  });

  it('refuses a body over the cap with 413 and keeps serving', async () => {
    const big = Buffer.alloc(100 * 1024, 'a');
    const answer = await call(base, '/interactions', { body: big, headers: signedHeaders(big) });
    expect(answer.status).toBe(413);
    expect(answer.contentType).toBe('application/json');
    expect(await postChunked(base, [Buffer.alloc(40_000), Buffer.alloc(40_000), Buffer.alloc(40_000)])).toBe(
      413,
    );
    expect((await post(base, ping())).json).toEqual({ type: 1 });
  });

  it('answers malformed JSON with a valid signature with 400', async () => {
    const body = '{"type":1,';
    const answer = await call(base, '/interactions', { body, headers: signedHeaders(body) });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toBe('application/json');
  });

  it('answers valid JSON that is not an interaction, or an unknown type, with 400', async () => {
    for (const payload of [[1], { type: 'x' }, { ...slash('deal', {}), data: undefined }]) {
      expect((await post(base, payload)).status).toBe(400);
    }
    expect((await post(base, interaction(99 as InteractionType, {}))).status).toBe(400);
  });

  it('reports the knowledge base on GET /healthz', async () => {
    const answer = await call(base, '/healthz', { method: 'GET' });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/json');
    expect(answer.json).toEqual({
      status: 'ok',
      knowledgeBase: {
        version: engine.kb.meta.version,
        asOf: engine.kb.meta.asOf,
        deals: engine.kb.deals.size,
        companies: engine.kb.companies.size,
      },
    });
  });

  it('serves Prometheus metrics on GET /metrics, counting the interactions answered', async () => {
    await post(base, slash('deal', { company: 'Amazon', with: 'OpenAI' }));
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(
      /bot_interactions_total\{[^}]*transport="http",kind="command",command="deal",outcome="ok"/,
    );
    expect(text).toMatch(/bot_interaction_duration_seconds_count\{[^}]*transport="http"/);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('answers an unknown route with 404 and a wrong method with 405', async () => {
    expect((await call(base, '/nope', { method: 'GET' })).status).toBe(404);
    expect((await call(base, '/interactions/extra', { method: 'POST', body: '{}' })).status).toBe(404);
    const wrong = await call(base, '/interactions', { method: 'GET' });
    expect(wrong.status).toBe(405);
    expect(wrong.contentType).toBe('application/json');
    expect((await call(base, '/healthz', { method: 'POST', body: '{}' })).status).toBe(405);
  });
});

describe('HTTP interactions endpoint with click limits', () => {
  let base = '';
  let server: InteractionServer;

  beforeAll(async () => {
    server = createInteractionServer({
      engine: () => realEngine(),
      publicKey: discordKey.publicKeyHex,
      logger: memoryLogger().logger,
      guard: new Guard({ RATE_LIMIT_USER: '2/60s', RATE_LIMIT_CHANNEL: '100/60s' }),
    });
    base = await listen(server);
  });

  afterAll(() => close(server));

  it('tells a user who clicks too fast to slow down, privately, and keeps answering others', async () => {
    const click = (user: string) => ({
      ...button('p:deal:1:amazon,openai'),
      channel_id: '1300000000000000001',
      member: { user: { id: user } },
    });
    expect((await post(base, click('111'))).json.type).toBe(InteractionResponseType.UpdateMessage);
    expect((await post(base, click('111'))).json.type).toBe(InteractionResponseType.UpdateMessage);
    const slow = await post(base, click('111'));
    expect(slow.json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(plainText(slow.json.data)).toMatch(
      /^Slow down: too many requests in a short time\. Try again in \d+ s\.$/,
    );
    expect(slow.json.data.flags & 64).toBe(64);
    expect((await post(base, click('222'))).json.type).toBe(InteractionResponseType.UpdateMessage);
  });
});

describe('HTTP interactions endpoint when answering fails', () => {
  const logs = memoryLogger();
  let base = '';
  let server: InteractionServer;

  beforeAll(async () => {
    const broken = (): Engine => {
      throw new Error('knowledge base unavailable');
    };
    server = createInteractionServer({
      engine: broken,
      publicKey: discordKey.publicKeyHex,
      logger: logs.logger,
    });
    base = await listen(server);
  });

  afterAll(() => close(server));

  it('answers a valid command with a private notice and logs id, command and stack', async () => {
    const command = slash('deal', { company: 'Amazon' });
    const answer = await post(base, command);
    expect(answer.status).toBe(200);
    expect(answer.json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(plainText(answer.json.data)).toMatch(/Something went wrong/);
    expect(answer.json.data.flags).toBe(MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral);
    const line = logs.lines.find((l) => l.msg === 'interaction failed');
    expect(line).toMatchObject({ interactionId: command.id, command: 'deal' });
    expect(line.err.stack).toContain('knowledge base unavailable');
  });

  it('reports an unhealthy GET /healthz with 500 and keeps answering', async () => {
    const health = await call(base, '/healthz', { method: 'GET' });
    expect(health.status).toBe(500);
    expect(health.contentType).toBe('application/json');
    expect((await post(base, ping())).json).toEqual({ type: 1 });
  });

  it('answers failing autocomplete with no choices', async () => {
    const answer = await post(
      base,
      interaction(InteractionType.ApplicationCommandAutocomplete, {
        name: 'deal',
        type: 1,
        options: [{ name: 'company', type: 3, value: 'Am', focused: true }],
      }),
    );
    expect(answer.json).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });
});

describe('signature verification', () => {
  it('accepts the timestamp window either way and nothing past it', async () => {
    const clock = 1_800_000_000_000;
    const verify = createVerifier(discordKey.publicKeyHex, () => clock);
    const rawBody = Buffer.from('{"type":1}');
    const at = (seconds: number) => {
      const timestamp = String(clock / 1000 + seconds);
      return verify({ signature: signature(rawBody, timestamp), timestamp, rawBody });
    };
    expect(await at(0)).toEqual({ ok: true });
    expect(await at(-300)).toEqual({ ok: true });
    expect(await at(300)).toEqual({ ok: true });
    expect(await at(-301)).toEqual({ ok: false, reason: 'stale-timestamp' });
    expect(await at(301)).toEqual({ ok: false, reason: 'stale-timestamp' });
  });

  it('refuses a public key that is not 32 bytes of hex', () => {
    expect(() => createVerifier('abc')).toThrow(/64 hex/);
    expect(() => createVerifier('g'.repeat(64))).toThrow(/64 hex/);
  });
});

describe('HTTP settings', () => {
  const key = 'a'.repeat(64);

  it('defaults the host and port and keeps the shared settings', () => {
    const settings = readHttpSettings({ DISCORD_PUBLIC_KEY: key, HTTP_PORT: '', LOG_LEVEL: 'warn' });
    expect(settings).toMatchObject({
      DISCORD_PUBLIC_KEY: key,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: 8080,
      LOG_LEVEL: 'warn',
    });
    expect(readHttpSettings({ DISCORD_PUBLIC_KEY: key, HTTP_PORT: '0' }).HTTP_PORT).toBe(0);
  });

  it('lists every missing or malformed setting in one message', () => {
    let message = '';
    try {
      readHttpSettings({ HTTP_PORT: '70000', LOG_LEVEL: 'loud', DISCORD_APPLICATION_ID: 'app' });
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/DISCORD_PUBLIC_KEY: is required/);
    expect(message).toMatch(/HTTP_PORT: a port number from 0 to 65535/);
    expect(message).toMatch(/LOG_LEVEL:/);
    expect(message).toMatch(/DISCORD_APPLICATION_ID:/);
    expect(() => readHttpSettings({ DISCORD_PUBLIC_KEY: 'xyz' })).toThrow(/DISCORD_PUBLIC_KEY: .*64 hex/);
  });
});
