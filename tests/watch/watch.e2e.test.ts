/**
 * Watches end to end on SQLite: the real bot (node dist/main.js) against the Discord stand-in, its knowledge
 * directory edited while it runs (hot reload), stopped and started again on the same data directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordStandIn, startDiscordStandIn } from '../discord/standin/index.js';
import type { BotProcess } from '../discord/standin/processes.js';
import { plainText, titleOf } from '../discord/v2.js';
import { flag, MANAGER, postedTitles, processed, startBot, sub, text } from './e2e.js';
import { watchKnowledge } from './kb.js';

let discord: DiscordStandIn;
let bot: BotProcess | undefined;
const kb = watchKnowledge();
const dataDir = mkdtempSync(join(tmpdir(), 'watch-e2e-'));
const DM_USER = '400000000000000001';

const env = () => ({ KNOWLEDGE_DIR: kb.dir, DATA_DIR: dataDir });

async function restart(): Promise<BotProcess> {
  await bot?.stop();
  bot = startBot(discord, env());
  return bot;
}

beforeAll(async () => {
  discord = await startDiscordStandIn({ heartbeatIntervalMs: 1000, extraGuilds: 1 });
  bot = startBot(discord, env());
  await processed(bot, 'fixture', 30_000);
  await discord.waitForReady(20_000);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('watches through the Discord stand-in (SQLite)', () => {
  const guild = () => discord.guilds[0]!;
  const otherGuild = () => discord.guilds[1]!;

  it('refuses /watch add and a /settings change from a member without Manage Server', async () => {
    const add = await discord.sendCommand('watch', [sub('add', [text('company', 'Beta')])]).callback();
    expect(plainText(add.data)).toContain('Manage Server');
    expect(add.data.flags & 64).toBe(64);
    const settings = await discord.sendCommand('settings', [text('language', 'es')]).callback();
    expect(plainText(settings.data)).toContain('Manage Server');
    // Looking is allowed: /settings without options shows them.
    const shown = await discord.sendCommand('settings').callback();
    expect(titleOf(shown.data)).toBe('Server settings');
  });

  it('sets the server language, adds watches in two servers and by DM', async () => {
    const manager = { permissions: MANAGER };
    const set = await discord.sendCommand('settings', [text('language', 'es')], manager).callback();
    expect(titleOf(set.data)).toBe('Ajustes del servidor guardados');
    const added = await discord
      .sendCommand('watch', [sub('add', [text('company', 'Beta'), text('min', '$1B')])], manager)
      .callback();
    expect(titleOf(added.data)).toBe('Seguimiento añadido');
    const elsewhere = await discord
      .sendCommand('watch', [sub('add', [text('company', 'Gamma')])], {
        ...manager,
        guildId: otherGuild().id,
      })
      .callback();
    expect(titleOf(elsewhere.data)).toBe('Watch added');
    const dm = await discord
      .sendCommand('watch', [sub('add')], { guildId: null, userId: DM_USER })
      .callback();
    expect(plainText(dm.data)).toContain('direct message');
    const list = await discord.sendCommand('watch', [sub('list')]).callback();
    expect(plainText(list.data)).toContain('Beta');
  });

  it('posts a matching new deal once, in the right channel and language, after a hot reload', async () => {
    kb.addDeals({ id: 'alpha-buys-beta', usd: 2e9 }, { id: 'too-small', usd: 1e8 });
    await processed(bot!, 'test-1');
    expect(postedTitles(discord, guild().channelId)).toEqual(['Acuerdo nuevo: alpha buys beta deal']);
    expect(postedTitles(discord, otherGuild().channelId)).toEqual([]);
    // The DM watch has no filter: both deals (same date, in no set order), in the language of who made it.
    expect(postedTitles(discord, discord.dmChannelOf(DM_USER)).sort()).toEqual([
      'New deal: alpha buys beta deal',
      'New deal: too small deal',
    ]);
    expect(discord.violations).toEqual([]);
  });

  it('does not repost after a restart, and posts what changed while it was down', async () => {
    kb.addStep('alpha-buys-beta', 'closed', '2026-02-26');
    const restarted = await restart();
    await processed(restarted, 'test-2', 30_000);
    expect(postedTitles(discord, guild().channelId)).toEqual([
      'Acuerdo nuevo: alpha buys beta deal',
      'alpha buys beta deal: ahora cerrado',
    ]);
    await restart();
    await processed(bot!, 'test-2', 30_000);
    expect(postedTitles(discord, guild().channelId)).toHaveLength(2);
  });

  it('turns a burst into one digest', async () => {
    kb.addDeals(
      ...Array.from({ length: 5 }, (_, i) => ({ id: `beta-burst-${i}`, target: 'beta-ai', usd: 5e9 })),
    );
    await processed(bot!, 'test-3');
    const titles = postedTitles(discord, guild().channelId);
    expect(titles).toHaveLength(3);
    expect(titles[2]).toBe('5 acuerdos nuevos y cambios de estado');
  });

  it('pauses the watches of a deleted channel instead of retrying, and lists them as paused', async () => {
    discord.closeChannel(guild().channelId, 'deleted');
    kb.addDeals({ id: 'after-delete', usd: 9e9 });
    await processed(bot!, 'test-4');
    await bot!.waitForLog(
      (e) => e.msg === 'watches: cannot post there any more; its watches are paused',
      5000,
      'pause',
    );
    kb.addDeals({ id: 'after-pause', usd: 9e9 });
    await processed(bot!, 'test-5');
    const attempts = bot!
      .entries()
      .filter((e) => e.msg === 'watches: cannot post there any more; its watches are paused');
    expect(attempts).toHaveLength(1);
    const list = await discord.sendCommand('watch', [sub('list')]).callback();
    expect(plainText(list.data)).toContain('en pausa');
    // Pictures off and private by default apply to every other answer.
    const manager = { permissions: MANAGER };
    await discord.sendCommand('settings', [flag('private', true)], manager).callback();
    const answer = await discord.sendCommand('latest').callback();
    expect(answer.data.flags & 64).toBe(64);
  });
});
