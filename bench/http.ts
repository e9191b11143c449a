/**
 * The HTTP interactions comparison: the bot's own endpoint (createInteractionServer) beside a minimal
 * endpoint built the way Discord's example app builds one — express with the discord-interactions
 * package's verifyKeyMiddleware — both answering with the same react(), so only the HTTP stack differs.
 * Requests are signed here, once, and replayed by a load generator in a second process.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ComponentType, MessageFlags } from 'discord-api-types/v10';
import {
  InteractionResponseType,
  InteractionType,
  verifyKey,
  verifyKeyMiddleware,
} from 'discord-interactions';
import express from 'express';
import type { Engine } from '../src/answers/engine.js';
import type { OptionValue } from '../src/commands/command.js';
import { type InteractionInput, type Reaction, react } from '../src/discord/react.js';
import { createInteractionServer } from '../src/http/server.js';
import { createVerifier } from '../src/http/verify.js';
import { createLogger } from '../src/log.js';
import type { DiscordMessage } from '../src/render/discord.js';
import { createRng } from './prng.js';

export interface SigningKey {
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function signingKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  return { publicKeyHex, privateKey };
}

/** The headers Discord signs an interaction body with: Ed25519 over timestamp + body. */
export function signatureHeaders(key: SigningKey, body: string): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), key.privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}

/** POSTs `payload` signed to an interactions endpoint on loopback; resolves with the status and body. */
export async function postSigned(
  port: number,
  key: SigningKey,
  payload: unknown,
): Promise<{ status: number; text: string }> {
  const body = JSON.stringify(payload);
  const res = await fetch(`http://127.0.0.1:${port}/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signatureHeaders(key, body) },
    body,
  });
  return { status: res.status, text: await res.text() };
}

export interface SignedRequest {
  kind: 'command' | 'autocomplete' | 'component';
  body: string;
  signature: string;
  timestamp: string;
}

/** What Discord sends around the interaction itself: who, where, which app (about 1 KB). */
function envelope(n: number) {
  return {
    id: String(1_300_000_000_000_000_000n + BigInt(n)),
    application_id: '1300000000000000001',
    token: `aW50ZXJhY3Rpb246${'x'.repeat(150)}${n}`,
    version: 1,
    guild_id: '1200000000000000002',
    channel_id: '1200000000000000003',
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: { '0': '1200000000000000002' },
    context: 0,
    member: {
      user: {
        id: '1100000000000000004',
        username: 'bench-user',
        global_name: 'Bench User',
        discriminator: '0',
        avatar: null,
        public_flags: 0,
      },
      roles: ['1200000000000000005'],
      permissions: '2248473465835073',
      joined_at: '2025-01-01T00:00:00.000000+00:00',
      nick: null,
      deaf: false,
      mute: false,
      pending: false,
      flags: 0,
    },
  };
}

/**
 * A mix like real traffic: autocomplete on every keystroke (about 60%), commands (25%), page and Sources
 * buttons (15%), on the real knowledge base's companies.
 */
export function requestPool(
  engine: Engine,
  key: SigningKey,
  mix: Readonly<Record<SignedRequest['kind'], number>> = MIXED,
  size = 120,
): SignedRequest[] {
  const commands: { name: string; options: Record<string, OptionValue> }[] = [
    { name: 'deal', options: { company: 'Amazon', with: 'OpenAI' } },
    { name: 'deal', options: { company: 'NVIDIA' } },
    { name: 'deal', options: { company: 'Microsoft', with: 'OpenAI' } },
    { name: 'backers', options: { company: 'OpenAI' } },
    { name: 'backers', options: { company: 'Anthropic' } },
    { name: 'investments', options: { company: 'NVIDIA' } },
    { name: 'company', options: { name: 'CoreWeave' } },
    { name: 'top', options: {} },
  ];
  const typed = [
    'Amazon',
    'OpenAI',
    'NVIDIA',
    'Microsoft',
    'Anthropic',
    'Oracle',
    'Google',
    'nvdia',
    'Open AI',
  ];
  const keystrokes = typed.flatMap((name) => [...name].map((_, i) => name.slice(0, i + 1)));

  // Button ids as the bot renders them: the next page and the Sources button of each command's answer.
  const buttons: string[] = [];
  for (const c of commands) {
    const reaction = react(engine, {
      kind: 'command',
      command: c.name,
      options: new Map(Object.entries(c.options)),
    });
    if (reaction.type !== 'reply') continue;
    for (const row of reaction.message.components)
      if (row.type === ComponentType.ActionRow)
        for (const component of row.components)
          if ('custom_id' in component && !component.disabled && /^[ps]:/.test(component.custom_id))
            buttons.push(component.custom_id);
  }

  const rng = createRng(7);
  const out: SignedRequest[] = [];
  for (let n = 0; n < size; n++) {
    const kind = rng.weighted(mix);
    let payload: unknown;
    if (kind === 'autocomplete') {
      const value = rng.pick(keystrokes);
      payload = {
        ...envelope(n),
        type: InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE,
        data: {
          id: '1300000000000000010',
          name: 'deal',
          type: 1,
          options: [{ name: 'company', type: 3, value, focused: true }],
        },
      };
    } else if (kind === 'command' || buttons.length === 0) {
      const c = rng.pick(commands);
      payload = {
        ...envelope(n),
        type: InteractionType.APPLICATION_COMMAND,
        data: {
          id: '1300000000000000011',
          name: c.name,
          type: 1,
          options: Object.entries(c.options).map(([name, value]) => ({ name, type: 3, value })),
        },
      };
    } else {
      payload = {
        ...envelope(n),
        type: InteractionType.MESSAGE_COMPONENT,
        message: { id: '1300000000000000012', channel_id: '1200000000000000003', type: 20, flags: 0 },
        data: { custom_id: rng.pick(buttons), component_type: 2 },
      };
    }
    const body = JSON.stringify(payload);
    const headers = signatureHeaders(key, body);
    out.push({
      kind,
      body,
      signature: headers['x-signature-ed25519']!,
      timestamp: headers['x-signature-timestamp']!,
    });
  }
  return out;
}

export const MIXED = { autocomplete: 60, command: 25, component: 15 } as const;
export const KEYSTROKES = { autocomplete: 1, command: 0, component: 0 } as const;

/** What one request of the pool costs in-process, outside any HTTP stack (µs, averages over the pool). */
export async function requestCosts(engine: Engine, key: SigningKey, pool: readonly SignedRequest[]) {
  const inputs = pool.map((r) => inputOf(JSON.parse(r.body)));
  const rounds = 20;
  const timeReact = () => {
    const t = performance.now();
    for (let k = 0; k < rounds; k++) for (const input of inputs) react(engine, input);
    return ((performance.now() - t) * 1000) / (rounds * inputs.length);
  };
  timeReact();
  const reactUs = Math.min(timeReact(), timeReact());
  const reactions = inputs.map((input) => callback(react(engine, input)));
  const timeJson = () => {
    const t = performance.now();
    for (let k = 0; k < rounds; k++) for (const r of reactions) JSON.stringify(r);
    return ((performance.now() - t) * 1000) / (rounds * reactions.length);
  };
  timeJson();
  const jsonUs = Math.min(timeJson(), timeJson());

  const ours = createVerifier(key.publicKeyHex);
  const bodies = pool.map((r) => ({ ...r, raw: Buffer.from(r.body) }));
  for (const r of bodies) await ours({ signature: r.signature, timestamp: r.timestamp, rawBody: r.raw });
  for (const r of bodies) await verifyKey(r.raw, r.signature, r.timestamp, key.publicKeyHex);
  // Both verifications now run on libuv's thread pool: compare wall time and CPU alike.
  let cpu = process.cpuUsage();
  let t = performance.now();
  for (let k = 0; k < 5; k++)
    for (const r of bodies) await ours({ signature: r.signature, timestamp: r.timestamp, rawBody: r.raw });
  const oursVerifyUs = ((performance.now() - t) * 1000) / (5 * bodies.length);
  const oursUsed = process.cpuUsage(cpu);
  const oursVerifyCpuUs = (oursUsed.user + oursUsed.system) / (5 * bodies.length);

  cpu = process.cpuUsage();
  t = performance.now();
  for (let k = 0; k < 5; k++)
    for (const r of bodies) await verifyKey(r.raw, r.signature, r.timestamp, key.publicKeyHex);
  const used = process.cpuUsage(cpu);
  const theirVerifyUs = ((performance.now() - t) * 1000) / (5 * bodies.length);
  const theirVerifyCpuUs = (used.user + used.system) / (5 * bodies.length);
  return {
    reactUs,
    jsonUs,
    reactAndJsonUs: reactUs + jsonUs,
    oursVerifyUs,
    oursVerifyCpuUs,
    theirVerifyUs,
    theirVerifyCpuUs,
  };
}

function inputOf(payload: {
  type: number;
  data: { name: string; options?: RawOption[]; custom_id: string; values?: string[] };
}): InteractionInput {
  const { type, data } = payload;
  if (type === InteractionType.APPLICATION_COMMAND) {
    const options = new Map<string, OptionValue>();
    for (const o of data.options ?? []) if (o.value !== undefined) options.set(o.name, o.value);
    return { kind: 'command', command: data.name, options };
  }
  if (type === InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE) {
    const focused = data.options?.find((o) => o.focused);
    return {
      kind: 'autocomplete',
      command: data.name,
      focused: { name: focused?.name ?? '', value: String(focused?.value ?? '') },
    };
  }
  return { kind: 'component', customId: data.custom_id, ...(data.values && { values: data.values }) };
}

export interface Listening {
  name: string;
  port: number;
  close(): Promise<void>;
}

function listen(name: string, server: Server): Promise<Listening> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        name,
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** The bot's endpoint, as `npm run start:http` runs it. */
export function startOurs(engine: Engine, key: SigningKey): Promise<Listening> {
  const server = createInteractionServer({
    engine: () => engine,
    publicKey: key.publicKeyHex,
    logger: createLogger('error'),
  });
  return listen('ours: createInteractionServer', server);
}

/** The interaction callback for a reaction, as the bot's server builds it. */
function callback(reaction: Reaction) {
  const update = (m: DiscordMessage) => ({
    components: m.components,
    allowed_mentions: m.allowed_mentions,
    flags: MessageFlags.IsComponentsV2,
  });
  switch (reaction.type) {
    case 'reply':
      return { type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE, data: reaction.message };
    case 'update':
      return { type: InteractionResponseType.UPDATE_MESSAGE, data: update(reaction.message) };
    case 'update-then-follow-up':
      return { type: InteractionResponseType.UPDATE_MESSAGE, data: update(reaction.update) };
    case 'autocomplete':
      return {
        type: InteractionResponseType.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT,
        data: { choices: reaction.choices },
      };
  }
}

interface RawOption {
  name: string;
  value?: OptionValue;
  focused?: boolean;
}

/**
 * Discord's example app (discord/discord-example-app, app.js): express, `verifyKeyMiddleware(PUBLIC_KEY)`
 * on the route, then `req.body` by interaction type and `res.send(...)`.
 */
export function startExample(engine: Engine, key: SigningKey): Promise<Listening> {
  const app = express();
  app.post('/interactions', verifyKeyMiddleware(key.publicKeyHex), (req, res) => {
    const { type, data } = req.body as {
      type: number;
      data: { name: string; options?: RawOption[]; custom_id: string; values?: string[] };
    };
    let input: InteractionInput;
    if (type === InteractionType.APPLICATION_COMMAND) {
      const options = new Map<string, OptionValue>();
      for (const o of data.options ?? []) if (o.value !== undefined) options.set(o.name, o.value);
      input = { kind: 'command', command: data.name, options };
    } else if (type === InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE) {
      const focused = data.options?.find((o) => o.focused);
      input = {
        kind: 'autocomplete',
        command: data.name,
        focused: { name: focused?.name ?? '', value: String(focused?.value ?? '') },
      };
    } else if (type === InteractionType.MESSAGE_COMPONENT) {
      input = { kind: 'component', customId: data.custom_id, ...(data.values && { values: data.values }) };
    } else {
      res.status(400).json({ error: 'unknown interaction type' });
      return;
    }
    res.send(callback(react(engine, input)));
  });
  return listen('example app: express + discord-interactions', createServer(app));
}
