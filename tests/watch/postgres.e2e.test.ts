/**
 * Two instances of the bot on one PostgreSQL database (DATABASE_URL), both connected to the stand-in and
 * both processing every knowledge update: each change is posted once, whichever instance wins the claim.
 * Skips, printing why, when PostgreSQL's server binaries are not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordStandIn, startDiscordStandIn } from '../discord/standin/index.js';
import type { BotProcess } from '../discord/standin/processes.js';
import { titleOf } from '../discord/v2.js';
import { type Cluster, startCluster } from '../store/pgCluster.js';
import { MANAGER, postedTitles, processed, startBot, sub, text } from './e2e.js';
import { watchKnowledge } from './kb.js';

let discord: DiscordStandIn;
let cluster: Cluster | undefined;
let skip: string | undefined;
const bots: BotProcess[] = [];
const kb = watchKnowledge();

beforeAll(async () => {
  const started = await startCluster();
  if (typeof started === 'string') {
    skip = started;
    console.warn(`skipping the two-instance PostgreSQL test: ${started}`);
    return;
  }
  cluster = started;
  const url = await cluster.createDatabase('watches');
  discord = await startDiscordStandIn({ heartbeatIntervalMs: 1000 });
  // The first one alone makes the baseline; then the second joins the same database.
  for (let i = 0; i < 2; i++) {
    const bot = startBot(discord, { KNOWLEDGE_DIR: kb.dir, DATABASE_URL: url });
    bots.push(bot);
    await processed(bot, 'fixture', 30_000);
  }
  await discord.waitForReady(20_000);
}, 90_000);

afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop()));
  await discord?.close();
  await cluster?.stop();
});

describe('two instances on one PostgreSQL', () => {
  it('post each change once', async (context) => {
    if (skip) context.skip();
    const added = await discord
      .sendCommand('watch', [sub('add', [text('company', 'Beta')])], { permissions: MANAGER })
      .callback();
    expect(titleOf(added.data)).toBe('Watch added');
    // Both instances see both updates (each watches the directory), and both race to post.
    kb.addDeals({ id: 'first-news' });
    await Promise.all(bots.map((b) => processed(b, 'test-1')));
    kb.addDeals(...Array.from({ length: 2 }, (_, i) => ({ id: `more-news-${i}` })));
    await Promise.all(bots.map((b) => processed(b, 'test-2')));
    const titles = postedTitles(discord, discord.channelId);
    expect(titles.slice(0, 1)).toEqual(['New deal: first news deal']);
    expect(titles.slice(1).sort()).toEqual(['New deal: more news 0 deal', 'New deal: more news 1 deal']);
    const posted = bots.map((b) =>
      b
        .entries()
        .filter((e) => e.msg === 'watches: knowledge changes processed')
        .reduce((n, e) => n + Number(e.posted ?? 0), 0),
    );
    expect(posted[0]! + posted[1]!).toBe(3);
    expect(discord.violations).toEqual([]);
  });
});
