/** The watcher on a real SQLite database with a recording poster: what is posted, where, once. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { DiscordMessage } from '../../src/render/discord.js';
import { Store, type StoreConfig } from '../../src/store/store.js';
import { type Poster, TargetGone } from '../../src/watch/poster.js';
import { readMin } from '../../src/watch/server.js';
import { Watcher } from '../../src/watch/watcher.js';
import { plainText, titleOf } from '../discord/v2.js';
import { watchKnowledge } from './kb.js';

const limits = { perServer: 25, perChannel: 10, perUser: 10 };
const GUILD = '100000000000000001';
const CHANNEL = '200000000000000001';
const OTHER = '200000000000000002';
const USER = '300000000000000001';

function recorder(refuse = new Set<string>()) {
  const posts: { target: string; message: DiscordMessage }[] = [];
  const refused: string[] = [];
  const poster: Poster = {
    async post(target, message) {
      if (refuse.has(target)) {
        refused.push(target);
        throw new TargetGone(404, 10003);
      }
      posts.push({ target, message });
    },
  };
  return { posts, poster, refused };
}

async function setUp() {
  const config: StoreConfig = { dataDir: mkdtempSync(join(tmpdir(), 'watcher-')) };
  const store = await Store.open(config);
  const kb = watchKnowledge();
  return { config, store, kb };
}

const titles = (posts: { message: DiscordMessage }[]) => posts.map((p) => titleOf(p.message));

describe('the watcher', () => {
  it('records the knowledge base on its first run without posting, then posts a matching new deal once', async () => {
    const { store, kb } = await setUp();
    const { posts, poster } = recorder();
    const watcher = new Watcher(store, poster);
    await store.addWatch(
      { guildId: GUILD, channelId: CHANNEL, userId: USER },
      { company: 'beta-ai' },
      limits,
    );
    await store.addWatch({ guildId: GUILD, channelId: OTHER, userId: USER }, { company: 'gamma' }, limits);
    expect(await watcher.process(kb.engine())).toMatchObject({ baseline: true, posted: 0 });
    expect(posts).toEqual([]);

    kb.addDeals({ id: 'alpha-buys-beta', usd: 2e9 });
    const engine = kb.engine();
    expect(await watcher.process(engine)).toMatchObject({ fresh: 1, posted: 1 });
    expect(posts.map((p) => p.target)).toEqual([CHANNEL]);
    expect(titles(posts)).toEqual(['New deal: alpha buys beta deal']);
    // The post is an answer like any other: not private, with its Sources button.
    // A channel post is public: only the Components V2 bit.
    expect(posts[0]!.message.flags).toBe(MessageFlags.IsComponentsV2);
    expect(JSON.stringify(posts[0]!.message.components)).toContain('s:sources:0:');

    // The same knowledge base again, and a restart (new store and watcher on the same file): nothing more.
    expect(await watcher.process(engine)).toMatchObject({ fresh: 0, posted: 0 });
    expect(posts).toHaveLength(1);
  });

  it('does not repost after a restart on the same database, and posts what changed while it was down', async () => {
    const { config, store, kb } = await setUp();
    const first = recorder();
    await store.addWatch({ guildId: GUILD, channelId: CHANNEL, userId: USER }, {}, limits);
    await new Watcher(store, first.poster).process(kb.engine());
    kb.addDeals({ id: 'deal-one' });
    await new Watcher(store, first.poster).process(kb.engine());
    await store.close();

    kb.addStep('deal-one', 'closed', '2026-02-25');
    const reopened = await Store.open(config);
    const second = recorder();
    const summary = await new Watcher(reopened, second.poster).process(kb.engine());
    expect(summary).toMatchObject({ baseline: false, fresh: 1, posted: 1 });
    expect(titles(first.posts)).toEqual(['New deal: deal one deal']);
    expect(titles(second.posts)).toEqual(['deal one deal: now closed']);
  });

  it('filters by kind, minimum amount and status', async () => {
    const { store, kb } = await setUp();
    const { posts, poster } = recorder();
    const watcher = new Watcher(store, poster);
    await store.addWatch(
      { guildId: GUILD, channelId: CHANNEL, userId: USER },
      { kind: 'acquisition', minUsd: readMin('$1B') },
      limits,
    );
    await store.addWatch({ guildId: GUILD, channelId: OTHER, userId: USER }, { status: 'closed' }, limits);
    await watcher.process(kb.engine());
    kb.addDeals({ id: 'small', usd: 5e8 }, { id: 'big', usd: 3e9 }, { id: 'unknown-size' });
    await watcher.process(kb.engine());
    expect(posts.map((p) => [p.target, titleOf(p.message)])).toEqual([[CHANNEL, 'New deal: big deal']]);
    kb.addStep('small', 'closed', '2026-02-27');
    await watcher.process(kb.engine());
    expect(posts.slice(1).map((p) => [p.target, titleOf(p.message)])).toEqual([
      [OTHER, 'small deal: now closed'],
    ]);
  });

  it('writes in the server language set in /settings, else in the language of who made the watch', async () => {
    const { store, kb } = await setUp();
    const { posts, poster } = recorder();
    const watcher = new Watcher(store, poster);
    await store.addWatch({ guildId: GUILD, channelId: CHANNEL, userId: USER, lang: 'en' }, {}, limits);
    await store.addWatch({ guildId: null, channelId: null, userId: USER, lang: 'it' }, {}, limits);
    await store.saveSettings({ guildId: GUILD, lang: 'es', privateAnswers: false, pictures: true });
    await watcher.process(kb.engine());
    kb.addDeals({ id: 'news' });
    await watcher.process(kb.engine());
    // Targets are posted to independently: their order is not part of the contract.
    expect(posts.map((p) => [p.target, titleOf(p.message)]).sort()).toEqual([
      [CHANNEL, 'Acuerdo nuevo: news deal'],
      [`user:${USER}`, 'Nuovo accordo: news deal'],
    ]);
  });

  it('turns a burst into one digest per channel', async () => {
    const { store, kb } = await setUp();
    const { posts, poster } = recorder();
    const watcher = new Watcher(store, poster, undefined, { digestAfter: 3 });
    await store.addWatch({ guildId: GUILD, channelId: CHANNEL, userId: USER }, {}, limits);
    await watcher.process(kb.engine());
    kb.addDeals(
      ...Array.from({ length: 20 }, (_, i) => ({ id: `burst-${i}`, date: `2026-02-${10 + (i % 9)}` })),
    );
    const summary = await watcher.process(kb.engine());
    expect(summary).toMatchObject({ posted: 20, digests: 1 });
    expect(titles(posts)).toEqual(['20 new deals and status changes']);
    const text = plainText(posts[0]!.message);
    expect(text).toContain('burst 8 deal');
    expect(text).toContain('5 more');
    expect((await store.deliveries(CHANNEL)).every((d) => d.state === 'posted')).toBe(true);
  });

  it('pauses the watches of a channel Discord refuses, and posts nothing more there', async () => {
    const { store, kb } = await setUp();
    const refuse = new Set([CHANNEL]);
    const { posts, poster, refused } = recorder(refuse);
    const watcher = new Watcher(store, poster);
    await store.addWatch({ guildId: GUILD, channelId: CHANNEL, userId: USER }, {}, limits);
    await store.addWatch({ guildId: GUILD, channelId: OTHER, userId: USER }, {}, limits);
    await watcher.process(kb.engine());
    kb.addDeals({ id: 'first' }, { id: 'first-b' });
    expect(await watcher.process(kb.engine())).toMatchObject({ paused: [CHANNEL], posted: 2 });
    expect(posts.map((p) => p.target)).toEqual([OTHER, OTHER]);
    // Refused once: the second post there is not tried.
    expect(refused).toEqual([CHANNEL]);
    const watches = await store.watchesOf({ guildId: GUILD });
    expect(watches.find((w) => w.target === CHANNEL)?.pausedAt).toBeDefined();
    expect(await store.deliveries(CHANNEL)).toEqual([
      { key: 'first-b@new', state: 'failed' },
      { key: 'first@new', state: 'failed' },
    ]);

    refuse.clear();
    kb.addDeals({ id: 'second' });
    await watcher.process(kb.engine());
    expect(posts.map((p) => p.target)).toEqual([OTHER, OTHER, OTHER]);
    expect(refused).toEqual([CHANNEL]);
  });
});

describe('readMin', () => {
  it('reads money the way /ask does, in US dollars', () => {
    expect(readMin('$1B')).toBe(1e9);
    expect(readMin('500 million')).toBe(5e8);
    expect(readMin('2,5 miliardi')).toBe(2.5e9);
    expect(readMin('€1bn')).toBe(1.1e9);
    expect(readMin('1000')).toBeUndefined();
    expect(readMin('lots')).toBeUndefined();
  });
});
