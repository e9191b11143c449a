/**
 * The bot end to end: the deploy script and the real discord.js client, started as `npm start` starts it,
 * talking to a local stand-in for Discord that enforces Discord's rules on everything it receives.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredCommands } from '../../commands/index.js';
import { type DiscordStandIn, startDiscordStandIn } from './standin/index.js';
import { allComponents, footerOf, linkUrls, messageText, plainText, titleOf } from './v2.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const STRING = 3;
const BOOLEAN = 5;

let discord: DiscordStandIn;
let bot: ChildProcess;
let botLog = '';

function env(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId,
    DISCORD_API_BASE: discord.apiBase,
    LOG_LEVEL: 'info',
    KNOWLEDGE_DIR: '',
    METRICS_PORT: '0',
  };
}

const text = (name: string, value: string) => ({ name, type: STRING, value });

beforeAll(async () => {
  discord = await startDiscordStandIn({ heartbeatIntervalMs: 1000 });
  // Asynchronously: the stand-in runs in this process and must keep answering while the script runs.
  const deploy = await promisify(execFile)(TSX, ['scripts/deploy-commands.ts'], {
    cwd: ROOT,
    env: env(),
    timeout: 30_000,
  });
  expect(deploy.stderr).toBe('');
  expect(deploy.stdout).toContain(`Registered ${registeredCommands.length} commands for guild`);
  bot = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  bot.stdout?.on('data', (chunk) => {
    botLog += chunk;
  });
  bot.stderr?.on('data', (chunk) => {
    botLog += chunk;
  });
  await discord.waitForReady(20_000);
}, 60_000);

afterAll(async () => {
  if (bot && bot.exitCode === null) {
    const exited = new Promise((resolve) => bot.once('exit', resolve));
    bot.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (bot.exitCode === null) bot.kill('SIGKILL');
  }
  await discord?.close();
});

describe('the bot against a local Discord', () => {
  it('registered every command in the guild with one bulk overwrite, and asked only for non-privileged intents', () => {
    const names = discord.guildCommands(discord.guildId).map((c) => c.name);
    expect(names).toEqual(registeredCommands.map((c) => c.name));
    expect(names).toEqual(
      expect.arrayContaining(['deal', 'backers', 'investments', 'company', 'sources', 'top', 'help']),
    );
    expect(discord.globalCommands).toEqual([]);
    // Guilds, GuildMessages, DirectMessages: mentions and DMs carry their content without MessageContent.
    expect(discord.lastIdentify?.intents).toBe(1 | (1 << 9) | (1 << 12));
  });

  it('answers /deal headline first with a source button per deal, pinging nobody, then pages and opens sources', async () => {
    const handle = discord.sendCommand('deal', [text('company', 'amazon'), text('with', 'Open AI')]);
    const reply = await handle.callback();
    expect(reply.type).toBe(4);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    expect(reply.data.flags).toBe(MessageFlags.IsComponentsV2);
    expect(titleOf(reply.data)).toBe('Deals between Amazon and OpenAI');
    expect(plainText(reply.data).split('\n').slice(0, 5).join('\n')).toContain(
      'Amazon → OpenAI: announced: $50 billion',
    );
    expect(linkUrls(reply.data)).toContain(
      'https://www.tomshardware.com/tech-industry/amazon-invests-50-billion-in-openai',
    );
    expect(footerOf(reply.data)).toMatch(/^Knowledge base as of 2026-07-05$/);

    // A company with many deals has pages; a page button updates the message in place.
    const many = discord.sendCommand('deal', [text('company', 'OpenAI')]);
    await many.callback();
    const message = await many.waitForOriginal();
    const next = discord.sendComponent(message, 'p:deal:1:openai');
    const page = await next.callback();
    expect(page.type).toBe(7);
    expect(footerOf(page.data)).toMatch(/page 2\//);

    // Its Sources button now belongs to page 2: it lists the pages behind page 2's deals.
    const sources = await discord.sendComponent(message, 's:deal:1:openai').callback();
    expect(sources.type).toBe(4);
    expect(sources.data.flags & 64).toBe(64);
    const shown = linkUrls(page.data)[0];
    expect(shown).toBeDefined();
    expect(messageText(sources.data)).toContain(shown!.replace(/\(/g, '%28').replace(/\)/g, '%29'));
  });

  it('autocompletes company names with typos and aliases, 25 at most, ids as values', async () => {
    const typed = async (value: string) => {
      const reply = await discord
        .sendAutocomplete('backers', [{ name: 'company', type: STRING, value, focused: true }])
        .callback();
      expect(reply.type).toBe(8);
      return reply.data.choices as { name: string; value: string }[];
    };
    expect((await typed('nvdia'))[0]).toMatchObject({ value: 'nvidia' });
    expect((await typed('Amazon Web Services'))[0]).toEqual({
      name: 'AWS · alias Amazon Web Services · cloud',
      value: 'aws',
    });
    expect(await typed('')).toHaveLength(25);
  });

  it('resolves free text that was not picked from the list, and the picked id alike', async () => {
    const typedByHand = await discord.sendCommand('backers', [text('company', 'Antrhopic')]).callback();
    const picked = await discord.sendCommand('backers', [text('company', 'anthropic')]).callback();
    expect(titleOf(typedByHand.data)).toBe('Backers of Anthropic');
    expect(messageText(picked.data)).toBe(messageText(typedByHand.data));
  });

  it('turns an ambiguous name into a private did-you-mean menu, and answers the pick', async () => {
    const handle = discord.sendCommand('deal', [text('company', 'Groc'), text('with', 'NVIDIA')]);
    const reply = await handle.callback();
    expect(reply.data.flags & 64).toBe(64);
    const menu = allComponents(reply.data).find((c) => c.type === 3)!;
    expect(menu.custom_id).toMatch(/^m:deal:company:/);
    const message = await handle.waitForOriginal();
    const pick = discord.sendComponent(message, menu.custom_id!, { values: ['groq'], componentType: 3 });
    expect((await pick.callback()).type).toBe(7);
    await expect.poll(() => pick.followUps().length, { timeout: 5000 }).toBe(1);
    expect(titleOf(pick.followUps()[0]!)).toBe('Deals between Groq and NVIDIA');
  });

  it('answers privately with hide', async () => {
    const reply = await discord
      .sendCommand('company', [text('name', 'Cerebras'), { name: 'hide', type: BOOLEAN, value: true }])
      .callback();
    expect(reply.data.flags & 64).toBe(64);
    expect(titleOf(reply.data)).toBe('Cerebras');
  });

  it('takes hostile input as text: long strings, mentions and markdown', async () => {
    for (const value of ['@everyone', '<@&123456789012345678> **hi** `x`', 'x'.repeat(100), '‮🙂\u200b']) {
      const reply = await discord.sendCommand('deal', [text('company', value)]).callback();
      expect(reply.data.allowed_mentions).toEqual({ parse: [] });
      expect(JSON.stringify(reply.data)).not.toMatch(/(?<!\\)@everyone|<@&123/);
    }
  });

  it('answers a message that mentions it, and a direct message, pinging nobody', async () => {
    const mention = discord.sendMessage('who invested in Anthropic?', { mentionsBot: true });
    const reply = await mention.waitForReply(5000);
    expect(titleOf(reply)).toBe('Backers of Anthropic');
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const dm = discord.sendMessage('did nvidia buy groq?', { guildId: null });
    const dmReply = await dm.waitForReply(5000);
    expect(titleOf(dmReply)).toBe('Deals between NVIDIA and Groq');
  });

  it("answers /ask in the user's language, and a mention in the language it was written in", async () => {
    const reply = await discord
      .sendCommand('ask', [text('question', 'who invested in Cerebras?')], { locale: 'it' })
      .callback();
    expect(titleOf(reply.data)).toBe('Investitori di Cerebras');
    expect(messageText(reply.data)).toMatch(/miliardi di dollari|milioni di dollari/);
    const mention = discord.sendMessage('¿quién financia a Anthropic?', { mentionsBot: true });
    expect(titleOf(await mention.waitForReply(5000))).toBe('Inversores de Anthropic');
  });

  it('ignores guild messages that do not mention it', async () => {
    await discord.sendMessage('who invested in Anthropic?').noReplyWithin(1000);
  });

  it('survives a dropped gateway: it resumes and keeps answering', async () => {
    const before = discord.resumeCount;
    discord.dropConnection(4000);
    await discord.waitForResume(before + 1, 20_000);
    const reply = await discord.sendCommand('help').callback();
    expect(titleOf(reply.data)).toBe('AI deals bot — help');
  });

  it('broke no Discord rule and never logged the token', () => {
    expect(discord.violations).toEqual([]);
    expect(botLog).not.toContain(discord.token);
    expect(botLog).toContain('connected to the Discord gateway');
  });
});
