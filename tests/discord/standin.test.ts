/**
 * The Discord stand-in, exercised with the real discord.js client (not the bot): login, command registration,
 * interactions and their answers, Discord's rules, reconnects, and the raw gateway protocol.
 */
import zlib from 'node:zlib';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  Routes,
  StringSelectMenuBuilder,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type DiscordStandIn, type StandInOptions, startDiscordStandIn } from './standin/index.js';

let standIn: DiscordStandIn | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await standIn?.close();
  client = undefined;
  standIn = undefined;
});

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what}: not true within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function boot(
  options: StandInOptions = {},
  clientOptions: Partial<ClientOptions> = {},
): Promise<{ standIn: DiscordStandIn; client: Client }> {
  const s = await startDiscordStandIn({ heartbeatIntervalMs: 500, ...options });
  standIn = s;
  const c = new Client({ intents: [GatewayIntentBits.Guilds], ...clientOptions, rest: { api: s.apiBase } });
  client = c;
  const ready = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
  await within(c.login(s.token), 10_000, 'login');
  await within(ready, 10_000, 'clientReady');
  return { standIn: s, client: c };
}

/** Runs `fn` on the next interaction the client receives; resolves with its result. */
function handleNext<T>(c: Client, fn: (interaction: Interaction) => Promise<T>, ms = 8000): Promise<T> {
  return within(
    new Promise<T>((resolve, reject) => {
      c.once(Events.InteractionCreate, (interaction) => {
        fn(interaction).then(resolve, reject);
      });
    }),
    ms,
    'interaction handler',
  );
}

async function apiError(promise: Promise<unknown>): Promise<DiscordAPIError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DiscordAPIError);
  return error as DiscordAPIError;
}

const COMMANDS = [
  {
    name: 'deal',
    description: 'Look up an AI deal',
    options: [
      { type: 3, name: 'company', description: 'Company name', required: true, autocomplete: true },
      { type: 4, name: 'year', description: 'Year', choices: [{ name: '2024', value: 2024 }] },
    ],
  },
  { name: 'ping', description: 'Ping the bot' },
];

describe('login and registration', () => {
  it('logs the real client in over REST + gateway and heartbeats', async () => {
    const { standIn, client } = await boot();
    expect(client.user?.id).toBe(standIn.applicationId);
    expect(client.application?.id).toBe(standIn.applicationId);
    const guild = client.guilds.cache.get(standIn.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(standIn.channelId)?.isTextBased()).toBe(true);
    expect(guild?.members.me?.id).toBe(standIn.applicationId);
    expect(standIn.identifyCount).toBe(1);
    expect(standIn.lastIdentify).toMatchObject({
      intents: GatewayIntentBits.Guilds,
      shard: [0, 1],
      compress: false,
    });
    await standIn.waitForReady(1000);
    await until(() => standIn.heartbeatCount >= 2, 3000, 'two heartbeats');
    expect(standIn.violations).toEqual([]);
  });

  it('rejects a wrong token like Discord (401 → TokenInvalid)', async () => {
    standIn = await startDiscordStandIn();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiBase } });
    const error = await within(
      client.login('MTIz.bad.token').then(
        () => undefined,
        (e: unknown) => e,
      ),
      5000,
      'login',
    );
    expect((error as { code?: string }).code).toBe('TokenInvalid');
    expect(standIn.identifyCount).toBe(0);
    expect(standIn.violations.join('\n')).toMatch(
      /GET \/gateway\/bot: 401 0 401: Unauthorized — a wrong bot token/,
    );
  });

  it('registers commands with bulk overwrite and refuses invalid ones with 50035', async () => {
    const { standIn, client } = await boot();
    const app = client.application!;
    const set = await app.commands.set(COMMANDS);
    expect(set.size).toBe(2);
    expect(standIn.globalCommands.map((c) => c.name)).toEqual(['deal', 'ping']);
    const dealId = standIn.globalCommands[0]?.id;
    // Overwriting keeps the id of a command with the same name, like Discord.
    await app.commands.set(COMMANDS);
    expect(standIn.globalCommands[0]?.id).toBe(dealId);
    await app.commands.set([{ name: 'help', description: 'Help' }], standIn.guildId);
    expect(standIn.guildCommands(standIn.guildId).map((c) => c.name)).toEqual(['help']);
    expect((await app.commands.fetch()).size).toBe(2);
    expect(standIn.violations).toEqual([]);

    const upper = await apiError(app.commands.set([{ name: 'Deal', description: 'x' }]));
    expect(upper.status).toBe(400);
    expect(upper.code).toBe(50035);
    expect(upper.message).toContain('0.name[APPLICATION_COMMAND_INVALID_NAME]');

    const bad = await apiError(
      app.commands.set([
        {
          name: 'deal',
          description: 'd'.repeat(101),
          options: [
            { type: 3, name: 'a', description: 'optional first' },
            { type: 3, name: 'b', description: 'required second', required: true },
            { type: 3, name: 'a', description: 'duplicate' },
            // discord.js's types forbid this combination; a raw object gets it through to "Discord".
            {
              type: 3,
              name: 'c',
              description: 'both',
              autocomplete: true,
              choices: [{ name: 'x', value: 'x' }],
            } as never,
          ],
        },
      ]),
    );
    expect(bad.message).toContain('0.description[BASE_TYPE_BAD_LENGTH]');
    expect(bad.message).toContain('0.options[1].required[APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID]');
    expect(bad.message).toContain('0.options[2].name[APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS]');
    expect(bad.message).toContain('0.options[3].autocomplete[AUTOCOMPLETE_AND_CHOICES_MUTUALLY_EXCLUSIVE]');

    const many = Array.from({ length: 101 }, (_, i) => ({ name: `c${i}`, description: 'x' }));
    expect((await apiError(app.commands.set(many))).code).toBe(50035);
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: `v${i}` }));
    const tooManyChoices = await apiError(
      app.commands.set([
        { name: 'x', description: 'x', options: [{ type: 3, name: 'o', description: 'o', choices }] },
      ]),
    );
    expect(tooManyChoices.message).toContain('0.options[0].choices[BASE_TYPE_MAX_LENGTH]');
    const badLocale = await apiError(
      app.commands.set([{ name: 'x', description: 'x', nameLocalizations: { de: 'Großbuchstaben' } }]),
    );
    expect(badLocale.message).toContain('0.name_localizations.de[APPLICATION_COMMAND_INVALID_NAME]');

    // The last good registration is untouched, and every refusal is on record.
    expect(standIn.globalCommands.map((c) => c.name)).toEqual(['deal', 'ping']);
    expect(standIn.violations).toHaveLength(5);
    expect(standIn.violations[0]).toMatch(/^PUT \/applications\/:id\/commands: 400 50035/);
  });
});

describe('interactions', () => {
  it('delivers a slash command that discord.js can read and answer', async () => {
    const { standIn, client } = await boot();
    await client.application!.commands.set(COMMANDS);
    const seen = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a slash command');
      await interaction.reply({
        content: `deal: ${interaction.options.getString('company')}`,
        allowedMentions: { parse: [] },
      });
      return interaction;
    });
    const handle = standIn.sendCommand('deal', [{ name: 'company', type: 3, value: 'OpenAI' }], {
      username: 'alice',
      locale: 'de',
    });
    const callback = await handle.callback();
    expect(callback).toMatchObject({
      type: 4,
      data: { content: 'deal: OpenAI', allowed_mentions: { parse: [] } },
    });
    const interaction = await seen;
    expect(interaction.commandName).toBe('deal');
    expect(interaction.commandId).toBe(standIn.globalCommands[0]?.id);
    expect(interaction.channelId).toBe(standIn.channelId);
    expect(interaction.guildId).toBe(standIn.guildId);
    expect(interaction.user.username).toBe('alice');
    expect(interaction.member).not.toBeNull();
    expect(interaction.locale).toBe('de');
    expect(handle.original()).toMatchObject({
      content: 'deal: OpenAI',
      type: 20,
      author: { id: standIn.applicationId, bot: true },
    });
    expect(standIn.violations).toEqual([]);
  });

  it('answers a second callback with 40060 and records it', async () => {
    const { standIn, client } = await boot();
    const seen = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a slash command');
      await interaction.reply({ content: 'first' });
      // discord.js refuses a second reply itself, so go around it the way a buggy bot would.
      return apiError(
        client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
          body: { type: 4, data: { content: 'second' } },
          auth: false,
        }),
      );
    });
    const handle = standIn.sendCommand('ping');
    expect((await handle.callback()).data.content).toBe('first');
    const error = await seen;
    expect(error.status).toBe(400);
    expect(error.code).toBe(40060);
    expect(standIn.violations).toEqual([
      expect.stringMatching(/^\/ping .*400 40060 Interaction has already been acknowledged/),
    ]);
    expect(handle.refused()).toHaveLength(1);
  });

  it('refuses a reply after the acknowledgement deadline with 10062', async () => {
    const { standIn, client } = await boot({ ackDeadlineMs: 300 });
    const seen = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a slash command');
      await new Promise((r) => setTimeout(r, 500));
      return apiError(interaction.reply({ content: 'too late' }));
    });
    const handle = standIn.sendCommand('ping');
    await expect(handle.callback()).rejects.toThrow(/no callback within the 300 ms deadline/);
    const error = await seen;
    expect(error.status).toBe(404);
    expect(error.code).toBe(10062);
    expect(standIn.violations).toHaveLength(2);
    expect(standIn.violations[0]).toMatch(/\/ping: not acknowledged within 300 ms/);
    expect(standIn.violations[1]).toMatch(/\/ping .*404 10062 Unknown interaction/);
  });

  it('handles deferReply + editReply + followUp, and fetchReply / deleteReply', async () => {
    const { standIn, client } = await boot();
    const seen = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a slash command');
      await interaction.deferReply();
      await new Promise((r) => setTimeout(r, 50));
      const edited = await interaction.editReply({
        content: 'looked it up',
        embeds: [{ title: 'Deal', description: 'x' }],
      });
      const fetched = await interaction.fetchReply();
      const follow = await interaction.followUp({ content: 'one more thing', flags: MessageFlags.Ephemeral });
      return { edited, fetched, follow };
    });
    const handle = standIn.sendCommand('deal', [{ name: 'company', type: 3, value: 'x' }]);
    expect(await handle.callback()).toMatchObject({ type: 5, data: { flags: 0 } });
    const original = await handle.waitForOriginal(3000);
    expect(original).toMatchObject({ content: 'looked it up', embeds: [{ title: 'Deal', type: 'rich' }] });
    const { edited, fetched, follow } = await seen;
    expect(edited.id).toBe(original.id);
    expect(edited.content).toBe('looked it up');
    expect(fetched.embeds[0]?.title).toBe('Deal');
    expect(follow.flags.has(MessageFlags.Ephemeral)).toBe(true);
    expect(handle.followUps().map((m) => m.content)).toEqual(['one more thing']);
    expect(standIn.violations).toEqual([]);

    const deleted = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a slash command');
      await interaction.reply({ content: 'bye' });
      await interaction.deleteReply();
    });
    const second = standIn.sendCommand('ping');
    await deleted;
    expect(second.original()).toBeUndefined();
    expect(standIn.violations).toEqual([]);
  });

  it('lets the first follow-up after a defer fill the "thinking" message (ephemeral kept)', async () => {
    const { standIn, client } = await boot();
    const seen = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a slash command');
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      return interaction.followUp({ content: 'done' });
    });
    const handle = standIn.sendCommand('ping');
    const message = await seen;
    const original = await handle.waitForOriginal(2000);
    expect(message.id).toBe(original.id);
    expect(original.flags).toBe(MessageFlags.Ephemeral);
    expect(handle.followUps()).toEqual([]);
    expect(standIn.violations).toEqual([]);
  });

  it('refuses an embed with a 300-character title and records it', async () => {
    const { standIn, client } = await boot();
    const seen = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a slash command');
      // A plain object: EmbedBuilder would refuse it before it reached Discord.
      const error = await apiError(interaction.reply({ embeds: [{ title: 't'.repeat(300) }] }));
      await interaction.reply({ content: 'fallback' });
      return error;
    });
    const handle = standIn.sendCommand('deal');
    const error = await seen;
    expect(error.status).toBe(400);
    expect(error.code).toBe(50035);
    expect(error.message).toContain(
      'data.embeds[0].title[BASE_TYPE_MAX_LENGTH]: Must be 256 or fewer in length.',
    );
    expect((await handle.callback()).data.content).toBe('fallback');
    expect(standIn.violations).toEqual([
      expect.stringMatching(/^\/deal .*data\.embeds\.0\.title\[BASE_TYPE_MAX_LENGTH\]/),
    ]);
  });

  it('checks autocomplete results: 25 choices at most', async () => {
    const { standIn, client } = await boot();
    await client.application!.commands.set(COMMANDS);
    const seen = handleNext(client, async (interaction) => {
      if (!interaction.isAutocomplete()) throw new Error('not autocomplete');
      const focused = interaction.options.getFocused(true);
      const choices = Array.from({ length: 26 }, (_, i) => ({
        name: `${focused.value} ${i}`,
        value: `id-${i}`,
      }));
      const error = await apiError(interaction.respond(choices));
      await interaction.respond(choices.slice(0, 25));
      return error;
    });
    const handle = standIn.sendAutocomplete('deal', [
      { name: 'company', type: 3, value: 'Open', focused: true },
    ]);
    const error = await seen;
    expect(error.code).toBe(50035);
    expect(error.message).toContain('data.choices[BASE_TYPE_MAX_LENGTH]');
    const callback = await handle.callback();
    expect(callback.type).toBe(8);
    expect(callback.data.choices).toHaveLength(25);
    expect(standIn.violations).toEqual([
      expect.stringMatching(/^autocomplete \/deal \(company\) .*data\.choices/),
    ]);
  });

  it('delivers button clicks and select picks on a message the bot sent', async () => {
    const { standIn, client } = await boot();
    const replied = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a slash command');
      await interaction.reply({
        content: 'page 1',
        components: [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId('deal:next').setLabel('Next').setStyle(ButtonStyle.Primary),
            new ButtonBuilder()
              .setURL('https://example.com/source')
              .setLabel('Source')
              .setStyle(ButtonStyle.Link),
          ),
          new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
            new StringSelectMenuBuilder()
              .setCustomId('deal:pick')
              .addOptions({ label: 'OpenAI', value: 'openai' }, { label: 'Anthropic', value: 'anthropic' }),
          ),
        ],
      });
    });
    const command = standIn.sendCommand('deal');
    await replied;
    const message = await command.waitForOriginal(2000);

    const clicked = handleNext(client, async (interaction) => {
      if (!interaction.isButton()) throw new Error('not a button');
      await interaction.update({ content: 'page 2' });
      return interaction;
    });
    const click = standIn.sendComponent(message, 'deal:next');
    expect((await click.callback()).type).toBe(7);
    const button = await clicked;
    expect(button.customId).toBe('deal:next');
    expect(button.message.id).toBe(message.id);
    expect(button.message.content).toBe('page 1');
    expect(button.message.components).toHaveLength(2);
    expect(button.channelId).toBe(standIn.channelId);
    expect(click.original()?.content).toBe('page 2');
    expect(command.original()?.content).toBe('page 2');

    const picked = handleNext(client, async (interaction) => {
      if (!interaction.isStringSelectMenu()) throw new Error('not a select');
      await interaction.deferUpdate();
      await interaction.editReply({ content: `picked ${interaction.values.join(',')}`, components: [] });
      return interaction.values;
    });
    const pick = standIn.sendComponent(command.original(), 'deal:pick', { values: ['anthropic'] });
    expect(await picked).toEqual(['anthropic']);
    expect((await pick.callback()).type).toBe(6);
    expect(command.original()).toMatchObject({ content: 'picked anthropic', components: [] });
    expect(() => standIn.sendComponent(command.original(), 'deal:next')).toThrow(
      /no component with custom_id/,
    );
    expect(standIn.violations).toEqual([]);
  });

  it('works in a DM (no guild) and with files and withResponse', async () => {
    const { standIn, client } = await boot();
    const seen = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a slash command');
      const response = await interaction.reply({
        content: 'see attached',
        files: [new AttachmentBuilder(Buffer.from('a,b\n1,2\n'), { name: 'deals.csv' })],
        withResponse: true,
      });
      return { interaction, response };
    });
    const handle = standIn.sendCommand('ping', [], { guildId: null, userId: '123456789012345678' });
    const callback = await handle.callback();
    expect(callback.files).toEqual([expect.objectContaining({ name: 'deals.csv', size: 8 })]);
    expect(callback.files?.[0]?.data.toString()).toBe('a,b\n1,2\n');
    const { interaction, response } = await seen;
    expect(interaction.guildId).toBeNull();
    expect(interaction.inGuild()).toBe(false);
    expect(interaction.user.id).toBe('123456789012345678');
    expect(interaction.channelId).toMatch(/^\d+$/);
    // discord.js caches a DM channel only with Partials.Channel; without it `channel` is null, as against Discord.
    expect(interaction.channel).toBeNull();
    expect(response.resource?.message?.attachments.first()?.name).toBe('deals.csv');
    expect(handle.original()?.attachments[0]?.filename).toBe('deals.csv');
    expect(standIn.violations).toEqual([]);
  });

  it('enforces message rules on callbacks, edits and follow-ups', async () => {
    const { standIn } = await boot();
    const handle = standIn.sendCommand('ping');
    const post = (path: string, body: unknown, method = 'POST') =>
      fetch(`${standIn.apiBase}/v10${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({
        status: r.status,
        body: r.status === 204 ? undefined : ((await r.json()) as { code: number; errors?: unknown }),
      }));
    const callback = `/interactions/${handle.id}/${handle.token}/callback`;
    const webhook = `/webhooks/${standIn.applicationId}/${handle.token}`;

    // Before the acknowledgement there is no webhook to follow up or edit with.
    expect((await post(webhook, { content: 'early' })).body?.code).toBe(10015);
    expect((await post(`${webhook}/messages/%40original`, { content: 'early' }, 'PATCH')).body?.code).toBe(
      10015,
    );

    const row = (n: number) => ({
      type: 1,
      components: Array.from({ length: n }, (_, i) => ({
        type: 2,
        style: 1,
        label: `b${i}`,
        custom_id: `b${i}`,
      })),
    });
    const bad: [string, unknown, number][] = [
      ['content over 2000', { type: 4, data: { content: 'x'.repeat(2001) } }, 50035],
      ['empty message', { type: 4, data: { content: '   ' } }, 50006],
      ['11 embeds', { type: 4, data: { embeds: Array.from({ length: 11 }, () => ({ title: 'x' })) } }, 50035],
      ['description over 4096', { type: 4, data: { embeds: [{ description: 'x'.repeat(4097) }] } }, 50035],
      [
        '26 fields',
        {
          type: 4,
          data: { embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] },
        },
        50035,
      ],
      [
        'field value over 1024',
        { type: 4, data: { embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] } },
        50035,
      ],
      ['footer over 2048', { type: 4, data: { embeds: [{ footer: { text: 'f'.repeat(2049) } }] } }, 50035],
      [
        '6000 total',
        { type: 4, data: { embeds: [1, 2].map(() => ({ description: 'd'.repeat(3001) })) } },
        50035,
      ],
      ['6 action rows', { type: 4, data: { components: Array.from({ length: 6 }, () => row(1)) } }, 50035],
      ['6 buttons in a row', { type: 4, data: { components: [row(6)] } }, 50035],
      ['duplicate custom_id', { type: 4, data: { components: [row(1), row(1)] } }, 50035],
      [
        'custom_id over 100',
        {
          type: 4,
          data: {
            components: [
              { type: 1, components: [{ type: 2, style: 1, label: 'x', custom_id: 'c'.repeat(101) }] },
            ],
          },
        },
        50035,
      ],
      [
        'link button with custom_id',
        {
          type: 4,
          data: {
            components: [
              {
                type: 1,
                components: [{ type: 2, style: 5, label: 'x', url: 'https://e.com', custom_id: 'x' }],
              },
            ],
          },
        },
        50035,
      ],
      [
        'button label over 80',
        {
          type: 4,
          data: {
            components: [
              { type: 1, components: [{ type: 2, style: 1, label: 'l'.repeat(81), custom_id: 'x' }] },
            ],
          },
        },
        50035,
      ],
      [
        'select beside a button',
        {
          type: 4,
          data: {
            components: [
              {
                type: 1,
                components: [
                  { type: 3, custom_id: 's', options: [{ label: 'a', value: 'a' }] },
                  { type: 2, style: 1, label: 'b', custom_id: 'b' },
                ],
              },
            ],
          },
        },
        50035,
      ],
      [
        '26 select options',
        {
          type: 4,
          data: {
            components: [
              {
                type: 1,
                components: [
                  {
                    type: 3,
                    custom_id: 's',
                    options: Array.from({ length: 26 }, (_, i) => ({ label: `${i}`, value: `${i}` })),
                  },
                ],
              },
            ],
          },
        },
        50035,
      ],
      [
        'parse + users',
        {
          type: 4,
          data: { content: 'hi', allowed_mentions: { parse: ['users'], users: ['123456789012345678'] } },
        },
        50035,
      ],
      ['bad flags', { type: 4, data: { content: 'hi', flags: 1 } }, 50035],
      ['defer with SUPPRESS_EMBEDS', { type: 5, data: { flags: 4 } }, 50035],
      ['autocomplete result for a command', { type: 8, data: { choices: [] } }, 50035],
      ['update for a command', { type: 7, data: { content: 'x' } }, 50035],
      [
        'v2 flag with content',
        { type: 4, data: { content: 'x', flags: 32768, components: [{ type: 10, content: 'y' }] } },
        50035,
      ],
    ];
    for (const [what, body, code] of bad) {
      const answer = await post(callback, body);
      expect({ what, status: answer.status, code: answer.body?.code }).toEqual({ what, status: 400, code });
    }
    expect(standIn.violations).toHaveLength(2 + bad.length);

    // Refused callbacks do not acknowledge: a good one still goes through, and then edits are checked too.
    expect(
      (await post(`${callback}?with_response=false`, { type: 4, data: { content: 'ok', flags: 64 } })).status,
    ).toBe(204);
    const edit = await post(`${webhook}/messages/%40original`, { content: '', embeds: [] }, 'PATCH');
    expect(edit.body?.code).toBe(50006);
    const v2 = await post(`${webhook}?wait=true`, {
      flags: 32768,
      components: [{ type: 10, content: 't'.repeat(4001) }],
    });
    expect(v2.body?.code).toBe(50035);
    const follow = await post(`${webhook}?wait=true`, { content: 'follow', flags: 64 });
    expect(follow.status).toBe(200);
    expect(handle.followUps()).toHaveLength(1);
    expect(handle.original()?.flags).toBe(64);
    expect(handle.refused()).toHaveLength(2 + bad.length + 2);
    expect(standIn.violations).toHaveLength(2 + bad.length + 2);
  });
});

describe('messages', () => {
  const MESSAGE_INTENTS = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  const USER = '234567890123456789';

  function bootMessages(options: StandInOptions = {}, intents = MESSAGE_INTENTS) {
    return boot(options, { intents, partials: [Partials.Channel] });
  }

  /** The next message from a user (not a bot) the client emits. */
  function nextUserMessage(c: Client, ms = 3000): Promise<Message> {
    return within(
      new Promise<Message>((resolve) => {
        const listener = (message: Message) => {
          if (message.author.bot) return;
          c.off(Events.MessageCreate, listener);
          resolve(message);
        };
        c.on(Events.MessageCreate, listener);
      }),
      ms,
      'messageCreate',
    );
  }

  it('delivers a guild message that mentions the bot with its content, and takes a reply', async () => {
    const { standIn, client } = await bootMessages();
    const seen = nextUserMessage(client);
    const handle = standIn.sendMessage('who invested in Anthropic?', {
      mentionsBot: true,
      userId: USER,
      username: 'ada',
    });
    const message = await seen;
    const tag = `<@${standIn.applicationId}>`;
    expect(message.content).toBe(`${tag} who invested in Anthropic?`);
    expect(message.id).toBe(handle.id);
    expect(message.channelId).toBe(standIn.channelId);
    expect(message.guildId).toBe(standIn.guildId);
    expect(message.author).toMatchObject({ id: USER, username: 'ada', bot: false });
    expect(message.member?.id).toBe(USER);
    expect(message.mentions.users.has(standIn.applicationId)).toBe(true);
    expect(message.mentions.everyone).toBe(false);
    expect(handle.shard).toEqual([0, 1]);
    expect(handle.deliveredContent).toBe(message.content);

    // A reply without allowed_mentions pings the author, like Discord; the bot also gets its own message back.
    const echo = within(
      new Promise<Message>((resolve) =>
        client.on(Events.MessageCreate, (m) => {
          if (m.author.id === standIn.applicationId) resolve(m);
        }),
      ),
      3000,
      'the bot’s own message',
    );
    const sent = await message.reply('Amazon and Google.');
    const reply = await handle.waitForReply(1000);
    expect(reply).toMatchObject({
      id: sent.id,
      content: 'Amazon and Google.',
      type: 19,
      message_reference: { message_id: handle.id, channel_id: standIn.channelId, guild_id: standIn.guildId },
      mentions: [expect.objectContaining({ id: USER })],
    });
    expect(reply.allowed_mentions).toBeUndefined();
    expect(sent.reference?.messageId).toBe(handle.id);
    expect((await echo).content).toBe('Amazon and Google.');
    expect(handle.replies().map((r) => r.id)).toEqual([sent.id]);
    await expect(handle.noReplyWithin(50)).rejects.toThrow(/the bot replied "Amazon and Google\."/);
    expect(standIn.violations).toEqual([]);
  });

  it('delivers a guild message without a mention with empty content (no MessageContent intent)', async () => {
    const { standIn, client } = await bootMessages();
    const seen = nextUserMessage(client);
    const handle = standIn.sendMessage('just chatting about deals', { userId: USER });
    const message = await seen;
    expect(message.id).toBe(handle.id);
    expect(message.content).toBe('');
    expect(message.mentions.users.size).toBe(0);
    expect(handle.deliveredContent).toBe('');
    expect(handle.message.content).toBe('just chatting about deals');
    // REST answers follow the same rule.
    const fetched = await message.channel.messages.fetch({ message: handle.id, force: true });
    expect(fetched.content).toBe('');
    await handle.noReplyWithin(100);
    expect(standIn.violations).toEqual([]);
  });

  it('includes the content of every guild message with the MessageContent intent', async () => {
    const { standIn, client } = await bootMessages({ privilegedIntents: GatewayIntentBits.MessageContent }, [
      ...MESSAGE_INTENTS,
      GatewayIntentBits.MessageContent,
    ]);
    const seen = nextUserMessage(client);
    standIn.sendMessage('no mention here');
    expect((await seen).content).toBe('no mention here');
    expect(standIn.violations).toEqual([]);
  });

  it('delivers a DM with its content and stores the reply with its allowed_mentions', async () => {
    const { standIn, client } = await bootMessages();
    const seen = nextUserMessage(client);
    const handle = standIn.sendMessage('hello bot', { guildId: null, userId: USER });
    const message = await seen;
    expect(message.content).toBe('hello bot');
    expect(message.guildId).toBeNull();
    expect(message.channel.type).toBe(ChannelType.DM);
    expect(message.channelId).toBe(handle.channelId);
    expect(handle.guildId).toBeNull();
    expect(handle.shard).toEqual([0, 1]);
    if (!message.channel.isSendable()) throw new Error('the DM channel is not sendable');
    await message.channel.sendTyping();
    await message.reply({ content: 'Hi!', allowedMentions: { parse: [], repliedUser: false } });
    const reply = await handle.waitForReply(1000);
    expect(reply).toMatchObject({
      content: 'Hi!',
      channel_id: handle.channelId,
      author: { id: standIn.applicationId, bot: true },
      message_reference: { message_id: handle.id },
      mentions: [],
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(reply).not.toHaveProperty('guild_id');
    // The same user keeps the same DM channel, which GET /channels/{id} describes.
    const again = standIn.sendMessage('again', { guildId: null, userId: USER });
    expect(again.channelId).toBe(handle.channelId);
    const channel = await client.channels.fetch(handle.channelId, { force: true });
    expect(channel?.type).toBe(ChannelType.DM);
    expect(channel?.type === ChannelType.DM && channel.recipientId).toBe(USER);
    expect(standIn.violations).toEqual([]);
  });

  it('refuses a 2001-character reply with 50035 and records it', async () => {
    const { standIn, client } = await bootMessages();
    const seen = nextUserMessage(client);
    const handle = standIn.sendMessage('tell me everything', { mentionsBot: true });
    const message = await seen;
    const error = await apiError(message.reply('x'.repeat(2001)));
    expect([error.status, error.code]).toEqual([400, 50035]);
    expect(error.rawError).toMatchObject({
      errors: { content: { _errors: [expect.objectContaining({ code: 'BASE_TYPE_MAX_LENGTH' })] } },
    });
    expect(handle.replies()).toEqual([]);
    expect(handle.refused()).toEqual([
      expect.objectContaining({ method: 'POST', route: '/channels/:id/messages', status: 400 }),
    ]);
    await handle.noReplyWithin(100);
    await expect(handle.waitForReply(50)).rejects.toThrow(/no reply within 50 ms; refused: POST/);
    expect(standIn.violations).toEqual([
      expect.stringMatching(
        /^POST \/channels\/:id\/messages: 400 50035 Invalid Form Body — content\[BASE_TYPE_MAX_LENGTH\]/,
      ),
    ]);
  });

  it('does not send guild messages to a client without the GuildMessages intent', async () => {
    const { standIn, client } = await bootMessages({}, [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.DirectMessages,
    ]);
    const received: Message[] = [];
    client.on(Events.MessageCreate, (m) => received.push(m));
    const guild = standIn.sendMessage('anyone?', { mentionsBot: true });
    expect(guild.delivered).toBe(false);
    expect(guild.shard).toBeUndefined();
    const dm = standIn.sendMessage('but DMs arrive', { guildId: null });
    expect(dm.delivered).toBe(true);
    await until(() => received.length > 0, 3000, 'the DM');
    await new Promise((r) => setTimeout(r, 200));
    expect(received.map((m) => m.content)).toEqual(['but DMs arrive']);
    await expect(guild.waitForReply(50)).rejects.toThrow(/never delivered/);
    expect(standIn.violations).toEqual([]);
  });

  it('checks channel posts like Discord: references, empty messages, unknown channels, edits', async () => {
    const { standIn, client } = await bootMessages();
    const seen = nextUserMessage(client);
    const handle = standIn.sendMessage('ping', { mentionsBot: true, userId: USER });
    const message = await seen;
    const rest = client.rest;
    const route = Routes.channelMessages(standIn.channelId);

    const unknownRef = await apiError(
      rest.post(route, { body: { content: 'hi', message_reference: { message_id: '123456789012345678' } } }),
    );
    expect([unknownRef.status, unknownRef.code]).toEqual([400, 50035]);
    expect(JSON.stringify(unknownRef.rawError)).toContain('MESSAGE_REFERENCE_UNKNOWN_MESSAGE');
    const empty = await apiError(message.reply({ content: '' }));
    expect([empty.status, empty.code]).toEqual([400, 50006]);
    const nowhere = await apiError(
      rest.post(Routes.channelMessages('123456789012345678'), { body: { content: 'x' } }),
    );
    expect([nowhere.status, nowhere.code]).toEqual([404, 10003]);
    const everyone = await apiError(
      rest.post(route, { body: { content: 'x', allowed_mentions: { parse: ['users'], users: [USER] } } }),
    );
    expect(everyone.code).toBe(50035);
    expect(handle.refused()).toHaveLength(1);

    // Edits of its own message work; a user's message cannot be edited or deleted.
    const sent = await message.reply({ content: 'pong', allowedMentions: { repliedUser: false } });
    const edited = await sent.edit('pong!');
    expect(edited.content).toBe('pong!');
    expect(standIn.sendMessage('x').id).toMatch(/^\d+$/);
    const otherEdit = await apiError(
      rest.patch(Routes.channelMessage(standIn.channelId, handle.id), { body: { content: 'hacked' } }),
    );
    expect(otherEdit.code).toBe(50005);
    const fetched = await message.channel.messages.fetch({ message: sent.id, force: true });
    expect(fetched.content).toBe('pong!');
    expect(fetched.reference?.messageId).toBe(handle.id);
    expect((await handle.waitForReply(100)).content).toBe('pong!');
    await sent.delete();
    expect(handle.replies()).toEqual([]);

    expect(standIn.violations).toEqual([
      expect.stringMatching(/^POST \/channels\/:id\/messages: 400 50035 .*MESSAGE_REFERENCE_UNKNOWN_MESSAGE/),
      expect.stringMatching(/^POST \/channels\/:id\/messages: 400 50006 Cannot send an empty message/),
      expect.stringMatching(/^POST \/channels\/:id\/messages: 404 10003 Unknown Channel/),
      expect.stringMatching(
        /^POST \/channels\/:id\/messages: 400 50035 .*MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE/,
      ),
      expect.stringMatching(/^PATCH \/channels\/:id\/messages\/:id: 403 50005/),
    ]);
  });

  it('lets a client without Partials.Channel read a DM once it fetched the channel', async () => {
    const { standIn, client } = await boot({}, { intents: MESSAGE_INTENTS });
    const first = standIn.sendMessage('dropped', { guildId: null, userId: USER });
    const received: Message[] = [];
    client.on(Events.MessageCreate, (m) => received.push(m));
    await new Promise((r) => setTimeout(r, 200));
    // discord.js drops a DM in an uncached channel without Partials.Channel, as against Discord.
    expect(received).toEqual([]);
    const dm = await client.users.createDM(USER);
    expect(dm.id).toBe(first.channelId);
    standIn.sendMessage('now it arrives', { guildId: null, userId: USER });
    await until(() => received.length > 0, 3000, 'the DM');
    expect(received[0]?.content).toBe('now it arrives');
    expect(standIn.violations).toEqual([]);
  });
});

describe('REST surface', () => {
  it('answers harmless calls, and refuses unknown routes, other API versions and missing auth', async () => {
    const { standIn, client } = await boot();
    expect(((await client.rest.get(Routes.user('@me'))) as { id: string }).id).toBe(standIn.applicationId);
    expect(((await client.rest.get(Routes.currentApplication())) as { id: string }).id).toBe(
      standIn.applicationId,
    );
    expect((await client.rest.get(Routes.gateway())) as unknown).toEqual({ url: standIn.gatewayUrl });
    expect(standIn.violations).toEqual([]);

    const unknown = await apiError(client.rest.get(Routes.guildRoles(standIn.guildId)));
    expect([unknown.status, unknown.code]).toEqual([404, 0]);
    expect((await fetch(`${standIn.apiBase}/v9/gateway`)).status).toBe(404);
    expect((await fetch(`${standIn.apiBase}/v10/users/@me`)).status).toBe(401);
    const otherApp = await apiError(
      client.rest.put(Routes.applicationCommands('123456789012345678'), { body: [] }),
    );
    expect(otherApp.status).toBe(403);
    const headers = (await fetch(`${standIn.apiBase}/v10/gateway`)).headers;
    expect(headers.get('x-ratelimit-remaining')).toBe('49');
    expect(headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{32}$/);
    expect(standIn.violations).toEqual([
      expect.stringMatching(/^GET \/guilds\/:id\/roles: 404/),
      expect.stringMatching(/^GET \/api\/v9\/gateway: API v9 instead of v10/),
      expect.stringMatching(/^GET \/users\/@me: 401 .*no Authorization header/),
      expect.stringMatching(/^PUT \/applications\/:id\/commands: 403 50001 Missing Access/),
    ]);
  });

  it('stops taking edits once the interaction token has expired', async () => {
    const { standIn, client } = await boot({ interactionTokenTtlMs: 300 });
    const seen = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a slash command');
      await interaction.reply({ content: 'first' });
      await new Promise((r) => setTimeout(r, 400));
      return apiError(interaction.editReply({ content: 'much later' }));
    });
    standIn.sendCommand('ping');
    const error = await seen;
    expect([error.status, error.code]).toEqual([401, 50027]);
    expect(standIn.violations).toEqual([expect.stringMatching(/^\/ping .*401 50027 Invalid Webhook Token/)]);
  });
});

describe('reconnects', () => {
  it('resumes after a dropped connection and after op 7, replaying what was missed', async () => {
    const { standIn, client } = await boot();
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) void interaction.reply({ content: `pong ${interaction.id}` });
    });

    standIn.dropConnection();
    // Sent while the client is away: it must arrive through the RESUME replay.
    const missed = standIn.sendCommand('ping');
    await standIn.waitForResume(1, 5000);
    expect(standIn.resumeCount).toBe(1);
    expect((await missed.callback()).data.content).toBe(`pong ${missed.id}`);

    standIn.requestReconnect();
    await standIn.waitForResume(2, 5000);
    const after = standIn.sendCommand('ping');
    expect((await after.callback()).data.content).toBe(`pong ${after.id}`);

    // op 9 with d:true: discord.js resumes on the same connection.
    standIn.invalidateSession(true);
    await standIn.waitForResume(3, 5000);
    const last = standIn.sendCommand('ping');
    expect((await last.callback()).data.content).toBe(`pong ${last.id}`);
    expect(standIn.identifyCount).toBe(1);
    expect(standIn.violations).toEqual([]);
  });

  it('re-identifies after a non-resumable INVALID_SESSION', async () => {
    const { standIn, client } = await boot();
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) void interaction.reply({ content: 'pong' });
    });
    standIn.invalidateSession(false);
    // @discordjs/ws waits up to ~6.5 s between two IDENTIFYs (max_concurrency 1).
    await until(() => standIn.identifyCount === 2, 12_000, 'second IDENTIFY');
    const handle = standIn.sendCommand('ping');
    expect((await handle.callback()).data.content).toBe('pong');
    expect(standIn.resumeCount).toBe(0);
    expect(standIn.violations).toEqual([]);
  }, 20_000);
});

describe('raw gateway protocol', () => {
  class Raw {
    readonly frames: { op: number; d: unknown; s: number | null; t: string | null }[] = [];
    readonly closed: Promise<number>;
    private readonly ws: WebSocket;
    private bytes: Buffer[] = [];
    private text = '';

    /** After IDENTIFY `compress: true` every payload is its own zlib stream. */
    perPayload = false;

    constructor(url: string) {
      this.ws = new WebSocket(url);
      this.closed = new Promise((resolve) => this.ws.on('close', (code) => resolve(code)));
      this.ws.on('message', (data, isBinary) => {
        const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
        if (!isBinary) {
          this.frames.push(JSON.parse(chunk.toString('utf8')));
          return;
        }
        if (this.perPayload) {
          this.frames.push(JSON.parse(zlib.inflateSync(chunk).toString('utf8')));
          return;
        }
        // zlib-stream: inflate everything so far and take the new text.
        this.bytes.push(chunk);
        const all = zlib
          .inflateSync(Buffer.concat(this.bytes), { finishFlush: zlib.constants.Z_SYNC_FLUSH })
          .toString('utf8');
        const fresh = all.slice(this.text.length);
        this.text = all;
        this.frames.push(JSON.parse(fresh));
      });
    }

    opened(): Promise<void> {
      return within(new Promise((resolve) => this.ws.once('open', () => resolve())), 3000, 'open');
    }

    send(payload: unknown): void {
      this.ws.send(JSON.stringify(payload));
    }

    async next(match: (f: Raw['frames'][number]) => boolean, what: string) {
      await until(() => this.frames.some(match), 3000, what);
      return this.frames.find(match)!;
    }

    close(): void {
      this.ws.terminate();
    }
  }

  const identify = (token: string) => ({
    op: 2,
    d: { token, intents: 1, properties: { os: 'linux', browser: 'raw', device: 'raw' } },
  });

  it('speaks HELLO / IDENTIFY / READY / heartbeat ACK, and closes on protocol errors', async () => {
    standIn = await startDiscordStandIn({ heartbeatIntervalMs: 1000 });
    const url = `${standIn.gatewayUrl}?v=10&encoding=json`;

    const good = new Raw(url);
    expect((await good.next((f) => f.op === 10, 'HELLO')).d).toEqual(
      expect.objectContaining({ heartbeat_interval: 1000 }),
    );
    good.send(identify(standIn.token));
    const ready = await good.next((f) => f.t === 'READY', 'READY');
    expect(ready).toMatchObject({
      op: 0,
      s: 1,
      d: { v: 10, resume_gateway_url: standIn.gatewayUrl, user: { id: standIn.applicationId, bot: true } },
    });
    expect(await good.next((f) => f.t === 'GUILD_CREATE', 'GUILD_CREATE')).toMatchObject({
      s: 2,
      d: { id: standIn.guildId, unavailable: false },
    });
    good.send({ op: 1, d: 2 });
    await good.next((f) => f.op === 11, 'ACK');
    standIn.requestHeartbeat();
    await good.next((f) => f.op === 1, 'heartbeat request');
    good.send(identify(standIn.token));
    expect(await within(good.closed, 3000, 'close')).toBe(4005);

    const cases: [string, (raw: Raw) => void, number][] = [
      ['?v=9&encoding=json', () => {}, 4012],
      ['?v=10&encoding=json', (raw) => raw.send({ op: 3, d: { status: 'online' } }), 4003],
      ['?v=10&encoding=json', (raw) => raw.send(identify(`Bot ${standIn!.token}`)), 4004],
      ['?v=10&encoding=json', (raw) => raw.send(identify('wrong')), 4004],
      ['?v=10&encoding=json', (raw) => raw.send({ op: 99, d: null }), 4001],
      [
        '?v=10&encoding=json',
        (raw) =>
          raw.send({ ...identify(standIn!.token), d: { ...identify(standIn!.token).d, intents: 1 << 15 } }),
        4014,
      ],
      [
        '?v=10&encoding=json',
        (raw) =>
          raw.send({ ...identify(standIn!.token), d: { ...identify(standIn!.token).d, shard: [1, 1] } }),
        4010,
      ],
    ];
    for (const [query, act, code] of cases) {
      const raw = new Raw(`${standIn.gatewayUrl}${query}`);
      await raw.opened();
      act(raw);
      expect(await within(raw.closed, 3000, `close ${code}`)).toBe(code);
    }
    expect(standIn.violations).toHaveLength(1 + cases.length);
    good.close();
  });

  it('resumes a raw session, answers an unknown one with op 9, and supports zlib-stream', async () => {
    standIn = await startDiscordStandIn({ ackDeadlineMs: 1000 });
    const first = new Raw(`${standIn.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    await first.next((f) => f.op === 10, 'compressed HELLO');
    first.send(identify(standIn.token));
    const ready = await first.next((f) => f.t === 'READY', 'compressed READY');
    await first.next((f) => f.t === 'GUILD_CREATE', 'compressed GUILD_CREATE');
    const sessionId = (ready.d as { session_id: string }).session_id;
    standIn.dropConnection(4000);
    expect(await within(first.closed, 3000, 'drop')).toBe(4000);
    const missed = standIn.sendCommand('ping');

    const second = new Raw(`${standIn.gatewayUrl}?v=10&encoding=json`);
    await second.next((f) => f.op === 10, 'HELLO');
    second.send({ op: 6, d: { token: standIn.token, session_id: sessionId, seq: 2 } });
    const replayed = await second.next((f) => f.t === 'INTERACTION_CREATE', 'replayed INTERACTION_CREATE');
    expect(replayed).toMatchObject({
      s: 3,
      d: { id: missed.id, token: missed.token, type: 2, data: { name: 'ping', type: 1 } },
    });
    await second.next((f) => f.t === 'RESUMED', 'RESUMED');
    expect(standIn.resumeCount).toBe(1);
    second.close();

    const third = new Raw(`${standIn.gatewayUrl}?v=10&encoding=json`);
    await third.next((f) => f.op === 10, 'HELLO');
    third.send({ op: 6, d: { token: standIn.token, session_id: 'nope', seq: 1 } });
    expect((await third.next((f) => f.op === 9, 'INVALID_SESSION')).d).toBe(false);
    third.close();

    const fourth = new Raw(`${standIn.gatewayUrl}?v=10&encoding=json`);
    await fourth.next((f) => f.op === 10, 'HELLO');
    fourth.perPayload = true;
    fourth.send({ ...identify(standIn.token), d: { ...identify(standIn.token).d, compress: true } });
    await fourth.next((f) => f.t === 'READY', 'per-payload compressed READY');
    expect(standIn.lastIdentify).toMatchObject({ compress: true });
    fourth.close();
    // The interaction was never answered (no bot here): that is the only violation.
    await expect(missed.callback()).rejects.toThrow(/no callback/);
    expect(standIn.violations).toEqual([expect.stringMatching(/^\/ping: not acknowledged/)]);
  });
});
