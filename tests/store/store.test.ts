/** The same database suite on SQLite and on PostgreSQL: migrations, watches, settings, and posted-once. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/store/migrate.js';
import { dmTarget, Store } from '../../src/store/store.js';
import { backends, openFresh } from './backends.js';

const limits = { perServer: 3, perChannel: 2, perUser: 2 };
const guild = {
  guildId: '100000000000000001',
  channelId: '200000000000000001',
  userId: '300000000000000001',
};

for (const backend of backends()) {
  describe(backend.name, () => {
    const it_ = (name: string, fn: () => Promise<void>) =>
      it(name, async (context) => {
        if (backend.skip) {
          console.warn(`skipped (${backend.name}): ${backend.skip}`);
          context.skip();
        }
        await fn();
      });

    it_('applies every migration once, and none again on the next start', async () => {
      const { store, config } = await openFresh(backend);
      const rows = await store.sql.all('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => Number(r.version))).toEqual(readMigrations().map((m) => m.version));
      await store.close();
      const again = await Store.open(config);
      const after = await again.sql.all('SELECT version FROM schema_migrations');
      expect(after).toHaveLength(rows.length);
      await again.close();
    });

    it_('adds, lists and removes watches per server, channel and DM user, refusing duplicates', async () => {
      const { store } = await openFresh(backend);
      const added = await store.addWatch(guild, { company: 'openai', minUsd: 1e9 }, limits);
      expect(added.ok).toBe(true);
      const same = await store.addWatch(guild, { company: 'openai', minUsd: 1e9 }, limits);
      expect(same).toMatchObject({ ok: false, reason: 'duplicate' });
      const dm = await store.addWatch(
        { guildId: null, channelId: 'x', userId: guild.userId },
        { kind: 'acquisition' },
        limits,
      );
      expect(dm.ok && dm.watch.target).toBe(dmTarget(guild.userId));
      expect(dm.ok && dm.watch.channelId).toBeNull();

      const listed = await store.watchesOf({ guildId: guild.guildId });
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ company: 'openai', minUsd: 1e9, target: guild.channelId });
      expect(await store.watchesOf({ userId: guild.userId })).toHaveLength(1);

      const id = listed[0]!.id;
      // Another server cannot remove it.
      expect(await store.removeWatch(id, { guildId: '100000000000000009' })).toBe(false);
      expect(await store.removeWatch(id, { guildId: guild.guildId })).toBe(true);
      expect(await store.watchesOf({ guildId: guild.guildId })).toEqual([]);
      await store.close();
    });

    it_('stops at the channel, server and user limits', async () => {
      const { store } = await openFresh(backend);
      await store.addWatch(guild, { kind: 'a' }, limits);
      await store.addWatch(guild, { kind: 'b' }, limits);
      expect(await store.addWatch(guild, { kind: 'c' }, limits)).toEqual({
        ok: false,
        reason: 'channel-limit',
        limit: 2,
      });
      const other = { ...guild, channelId: '200000000000000002' };
      expect((await store.addWatch(other, { kind: 'c' }, limits)).ok).toBe(true);
      expect(await store.addWatch(other, { kind: 'd' }, limits)).toEqual({
        ok: false,
        reason: 'server-limit',
        limit: 3,
      });
      const dm = { guildId: null, channelId: null, userId: guild.userId };
      await store.addWatch(dm, { kind: 'a' }, limits);
      await store.addWatch(dm, { kind: 'b' }, limits);
      expect(await store.addWatch(dm, { kind: 'c' }, limits)).toMatchObject({ reason: 'user-limit' });
      await store.close();
    });

    it_('keeps server settings, and changes them in place', async () => {
      const { store } = await openFresh(backend);
      expect(await store.settings(guild.guildId)).toBeUndefined();
      await store.saveSettings({ guildId: guild.guildId, lang: 'es', privateAnswers: true, pictures: false });
      expect(await store.settings(guild.guildId)).toEqual({
        guildId: guild.guildId,
        lang: 'es',
        privateAnswers: true,
        pictures: false,
      });
      await store.saveSettings({ guildId: guild.guildId, lang: null, privateAnswers: false, pictures: true });
      expect(await store.settings(guild.guildId)).toMatchObject({ lang: null, privateAnswers: false });
      await store.close();
    });

    it_('lets exactly one of two connections claim a change for a target', async () => {
      const { store, config } = await openFresh(backend);
      const second = await Store.open(config);
      const keys = Array.from({ length: 20 }, (_, i) => `deal-${i}@new`);
      const results = await Promise.all(
        keys.flatMap((key) => [store.claim('chan', key), second.claim('chan', key)]),
      );
      for (let i = 0; i < keys.length; i++)
        expect([results[2 * i], results[2 * i + 1]].sort()).toEqual([false, true]);
      await store.markDeliveries('chan', [keys[0]!], 'posted');
      const states = await second.deliveries('chan');
      expect(states.find((d) => d.key === keys[0])?.state).toBe('posted');
      expect(states.filter((d) => d.state === 'claimed')).toHaveLength(keys.length - 1);
      await second.close();
      await store.close();
    });

    it_('records processed changes once, whoever records them', async () => {
      const { store, config } = await openFresh(backend);
      const second = await Store.open(config);
      // One after the other: two SQLite connections in one thread cannot both hold a transaction open (two
      // processes can, and wait for each other); the point is the key, not the timing.
      await store.recordChanges(['a', 'b'], 'v1');
      await second.recordChanges(['b', 'c'], 'v2');
      expect([...(await store.knownChanges())].sort()).toEqual(['a', 'b', 'c']);
      await store.setMeta('baseline', 'v1');
      expect(await second.meta('baseline')).toBe('v1');
      await second.close();
      await store.close();
    });

    it_(
      'backs up while open (the README command for SQLite, pg_dump for PostgreSQL is not run here)',
      async () => {
        if (backend.name !== 'sqlite') return;
        const { store } = await openFresh(backend);
        await store.addWatch(guild, { company: 'openai' }, limits);
        const copy = await backend.fresh();
        await store.sql.exec(`VACUUM INTO '${join(copy.dataDir, 'bot.sqlite')}'`);
        await store.addWatch(guild, { company: 'nvidia' }, limits);
        const restored = await Store.open(copy);
        expect((await restored.watchesOf({ guildId: guild.guildId })).map((w) => w.company)).toEqual([
          'openai',
        ]);
        await restored.close();
        await store.close();
      },
    );

    it_('pauses and resumes the watches of one target only', async () => {
      const { store } = await openFresh(backend);
      await store.addWatch(guild, { kind: 'a' }, limits);
      await store.addWatch({ ...guild, channelId: '200000000000000002' }, { kind: 'a' }, limits);
      expect(await store.pauseTarget(guild.channelId, 'gone')).toBe(1);
      const active = await store.activeWatches();
      expect(active.map((w) => w.target)).toEqual(['200000000000000002']);
      const all = await store.watchesOf({ guildId: guild.guildId });
      expect(all.find((w) => w.target === guild.channelId)).toMatchObject({ pausedReason: 'gone' });
      expect(await store.resumeTarget(guild.channelId)).toBe(1);
      expect(await store.activeWatches()).toHaveLength(2);
      await store.close();
    });
  });
}
