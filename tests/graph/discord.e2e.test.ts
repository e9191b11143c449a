/**
 * The picture through the local Discord stand-in, with the real discord.js client: the reply carries the
 * PNG as a multipart upload, its embed shows it, and it arrives within Discord's 3-second window (deferring
 * first when drawing is slow). The handler does what the gateway transport does, pictures on the pool.
 *
 * Not flaky under a loaded machine: each test has its own stand-in (so its own violations), and the
 * 3-second rule is checked on the bot's own handling time — from the interaction reaching the client to
 * Discord's answer to the first callback — rather than on wall time from a send in the test, which
 * includes gateway delivery and whatever else the machine runs. The stand-in's own deadline is widened so
 * that load alone cannot fail a test; a handler that really takes 3 s still does.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type InteractionReplyOptions,
  REST,
  Routes,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graph } from '../../commands/graph.js';
import { loops } from '../../commands/loops.js';
import { timeline } from '../../commands/timeline.js';
import { type Command, type OptionValue, optionReader } from '../../src/commands/command.js';
import { graphAnswer } from '../../src/graph/answers.js';
import { attachImage, replyWithFiles, restFiles } from '../../src/graph/attach.js';
import { PicturePool } from '../../src/graph/pool.js';
import { catalog } from '../../src/i18n/index.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/paths.js';
import { type DiscordMessage, renderAnswer } from '../../src/render/discord.js';
import { type DiscordStandIn, startDiscordStandIn } from '../discord/standin/index.js';
import { pictureUrl, plainText, titleOf } from '../discord/v2.js';
import { realEngine } from '../helpers.js';

const STRING = 3;
const INTEGER = 4;
const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Discord's window for the first callback. */
const WINDOW_MS = 3000;

let standIn: DiscordStandIn;
let client: Client;
let pictures: PicturePool;
/** Per interaction id: how long the handler took from receipt to Discord's answer to its first callback. */
const handling = new Map<string, number>();
/** How long drawing may take before the reply is deferred; a test sets it to 0 to force the deferral. */
let deferAfterMs = 1500;

const commands = new Map<string, Command>([
  ['graph', graph],
  ['loops', loops],
  ['timeline', timeline],
]);

function replyOptions(message: DiscordMessage): InteractionReplyOptions {
  return {
    components: message.components,
    allowedMentions: message.allowed_mentions,
    flags: message.flags as InteractionReplyOptions['flags'],
  };
}

async function handle(interaction: Interaction): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  const command = commands.get(interaction.commandName);
  if (!command) return;
  const options = new Map<string, OptionValue>();
  for (const o of interaction.options.data) {
    if (typeof o.value === 'string' || typeof o.value === 'number' || typeof o.value === 'boolean')
      options.set(o.name, o.value);
  }
  const received = performance.now();
  const engine = realEngine();
  const answer = command.execute({ engine, options: optionReader(options), lang: 'en' });
  const none = () => undefined;
  const job = { command: command.data.name, options: { ...answer.canonical }, lang: 'en' as const };
  const message = attachImage(
    renderAnswer(answer, {
      page: 0,
      ephemeral: options.get('hide') === true,
      ids: { page: none, sources: none },
      t: catalog('en'),
      image: answer.image,
    }),
    answer.image,
    answer.image && (() => pictures.forUser(interaction.user.id)(job, engine)),
  );
  // The first of reply / deferReply to be answered by Discord ends the handling time.
  const first = () => {
    if (!handling.has(interaction.id)) handling.set(interaction.id, performance.now() - received);
  };
  for (const method of ['reply', 'deferReply'] as const) {
    const original = interaction[method].bind(interaction) as (...args: unknown[]) => Promise<unknown>;
    Object.assign(interaction, {
      [method]: async (...args: unknown[]) => {
        const result = await original(...args);
        first();
        return result;
      },
    });
  }
  await replyWithFiles(interaction, replyOptions(message), message, deferAfterMs);
}

/** The handler answered within Discord's window, by its own clock (its callback may resolve just after
 * the stand-in has recorded the callback). */
async function expectAnsweredInTime(id: string): Promise<void> {
  await expect.poll(() => handling.get(id), { timeout: 10_000 }).toBeDefined();
  expect(handling.get(id)!).toBeLessThan(WINDOW_MS);
}

beforeAll(async () => {
  realEngine();
  pictures = new PicturePool({ dir: DEFAULT_KNOWLEDGE_DIR, size: 1 });
  // The worker's engine and fonts are loaded once, before any timed answer.
  await pictures.forUser('warm-up')({ command: 'loops', options: {}, lang: 'en' }, realEngine());
}, 60_000);

afterAll(async () => {
  await pictures?.close();
});

beforeEach(async () => {
  // Widened so that a loaded machine alone records no violation; handling time is checked on its own.
  standIn = await startDiscordStandIn({ heartbeatIntervalMs: 1000, ackDeadlineMs: 30_000 });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiBase } });
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).catch((error: unknown) => {
      console.error(error);
    });
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(standIn.token);
  await ready;
}, 30_000);

afterEach(async () => {
  await client?.destroy();
  await standIn?.close();
});

describe('pictures through the local Discord stand-in', () => {
  it('/graph replies within the 3-second window with the PNG attached and shown in the embed', async () => {
    const handle = standIn.sendCommand('graph', [
      { name: 'company', type: STRING, value: 'OpenAI' },
      { name: 'depth', type: INTEGER, value: 2 },
    ]);
    const reply = await handle.callback();
    await expectAnsweredInTime(handle.id);
    expect(reply.type).toBe(4);
    expect(reply.files?.map((f) => f.name)).toEqual(['money-openai-2.png']);
    const png = reply.files![0]!.data;
    expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    // The phone-sized canvas (800 × 1000) drawn at 1.5×.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 1500]);
    expect(pictureUrl(reply.data)).toBe('attachment://money-openai-2.png');
    expect(titleOf(reply.data)).toBe('Money around OpenAI');
    const original = await handle.waitForOriginal();
    expect(original.attachments[0]?.filename).toBe('money-openai-2.png');
    expect(original.attachments[0]?.description).toMatch(/^Money graph around OpenAI/);
    expect(standIn.violations).toEqual([]);
  });

  it('defers first when drawing takes longer than allowed, then fills the reply with the picture', async () => {
    deferAfterMs = 0;
    try {
      const handle = standIn.sendCommand('loops', [{ name: 'company', type: STRING, value: 'Amazon' }]);
      const reply = await handle.callback();
      await expectAnsweredInTime(handle.id);
      expect(reply.type).toBe(5);
      const original = await handle.waitForOriginal(5000);
      expect(original.attachments.map((a) => a.filename)).toEqual(['loops-amazon.png']);
      expect(pictureUrl(original)).toBe('attachment://loops-amazon.png');
      expect(handle.refused()).toEqual([]);
      expect(standIn.violations).toEqual([]);
    } finally {
      deferAfterMs = 1500;
    }
  });

  it('over HTTP interactions: a deferred response, then the message and its file by editing the original', async () => {
    // A command the gateway handler ignores, so this test answers it the way the HTTP transport would.
    const handle = standIn.sendCommand('graph-over-http', [
      { name: 'company', type: STRING, value: 'Anthropic' },
    ]);
    const deferred = await fetch(
      `${standIn.apiBase}/v10/interactions/${handle.id}/${handle.token}/callback`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 5 }),
      },
    );
    expect(deferred.status).toBeLessThan(300);
    const answer = graphAnswer(realEngine(), 'Anthropic', 1);
    const none = () => undefined;
    const message = attachImage(
      renderAnswer(answer, {
        page: 0,
        ephemeral: false,
        ids: { page: none, sources: none },
        t: catalog('en'),
        image: answer.image,
      }),
      answer.image,
    );
    const { files: _files, ...body } = message;
    const { files, attachments } = await restFiles(message);
    const rest = new REST({ api: standIn.apiBase });
    await rest.patch(Routes.webhookMessage(standIn.applicationId, handle.token), {
      body: { ...body, attachments },
      files,
      auth: false,
    });
    const original = await handle.waitForOriginal(5000);
    expect(original.attachments.map((a) => a.filename)).toEqual(['money-anthropic-1.png']);
    expect(original.attachments[0]?.description).toMatch(/^Money graph around Anthropic/);
    expect(pictureUrl(original)).toBe('attachment://money-anthropic-1.png');
    expect(handle.refused()).toEqual([]);
    expect(standIn.violations).toEqual([]);
  });

  it('answers a company with no deals with a plain message and no file', async () => {
    const handle = standIn.sendCommand('timeline', [
      { name: 'company', type: STRING, value: 'Bedrock Robotics' },
    ]);
    const reply = await handle.callback();
    expect(reply.type).toBe(4);
    expect(reply.files ?? []).toEqual([]);
    expect(plainText(reply.data)).toContain('Bedrock Robotics has no deals in the knowledge base');
    expect(pictureUrl(reply.data)).toBeUndefined();
    expect(standIn.violations).toEqual([]);
  });
});
