/**
 * The sharded bot end to end: `npm run start:sharded` as the README says (discord.js's ShardingManager in
 * `node dist/sharded.js`, one `dist/main.js` process per shard) against the local Discord stand-in, which routes each guild's events to the shard that owns it
 * (`(guild_id >> 22) % shard_count`), like Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordStandIn, type StandInOptions, startDiscordStandIn } from './standin/index.js';
import { type BotProcess, spawnNpm, until } from './standin/processes.js';
import { titleOf } from './v2.js';

// Guilds, GuildMessages and DirectMessages: the non-privileged intents the bot needs.
const BOT_INTENTS = 1 | (1 << 9) | (1 << 12);
const HELP_TITLE = 'AI deals bot — help';
/** Two shards start 5.5 s apart (the manager's spawn delay), each a fresh node process. */
const STARTUP_MS = 60_000;

interface Run {
  discord: DiscordStandIn;
  manager: BotProcess;
}

/** The stand-in, then the manager spawned asynchronously (the stand-in answers from this process). */
async function start(options: StandInOptions, shardCount: string): Promise<Run> {
  const discord = await startDiscordStandIn({ heartbeatIntervalMs: 1000, ...options });
  const manager = spawnNpm('start:sharded', {
    ...process.env,
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE: discord.apiBase,
    // Empty counts as unset, and keeps a value from .env out (dotenv never overrides a set variable).
    SHARD_COUNT: shardCount,
    DISCORD_GUILD_ID: '',
    SHARDS: '',
    SHARDING_MANAGER: '',
    LOG_LEVEL: 'info',
    KNOWLEDGE_DIR: '',
  });
  return { discord, manager };
}

/** Every shard process logged that its client is ready. */
async function allShardsReady(run: Run, shards: number): Promise<void> {
  await run.discord.waitForIdentify(shards, STARTUP_MS);
  const end = Date.now() + 20_000;
  while (run.manager.entries().filter((e) => e.msg === 'connected to the Discord gateway').length < shards) {
    if (Date.now() > end || run.manager.child.exitCode !== null) {
      throw new Error(
        `not every shard logged that it is ready. Output:\n${run.manager.output().slice(-4000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(run: Run | undefined): Promise<{ left: string[] } | undefined> {
  if (!run) return undefined;
  try {
    return { left: await run.manager.stop(15_000) };
  } finally {
    await run.discord.close();
  }
}

/** `/help` in `guildId`: sent on the shard that owns the guild and answered there within the deadline. */
async function helpIn(discord: DiscordStandIn, guildId: string, shards: number): Promise<void> {
  const handle = discord.sendCommand('help', [], { guildId });
  expect(handle.shard).toEqual([discord.shardOf(guildId, shards), shards]);
  const reply = await handle.callback();
  expect(reply.type).toBe(4);
  expect(titleOf(reply.data)).toBe(HELP_TITLE);
  expect(handle.refused()).toEqual([]);
}

describe('SHARD_COUNT=2: two shard processes, each with its own guild', () => {
  let run: Run | undefined;

  beforeAll(async () => {
    run = await start({ extraGuilds: 1 }, '2');
    await allShardsReady(run, 2);
  }, STARTUP_MS + 30_000);

  afterAll(async () => {
    await stop(run);
  }, 30_000);

  it('identified shards [0, 2] and [1, 2] with the Guilds intent only', () => {
    const { discord } = run!;
    expect(discord.identifies).toEqual([
      { shard: [0, 2], intents: BOT_INTENTS },
      { shard: [1, 2], intents: BOT_INTENTS },
    ]);
    expect(discord.resumeCount).toBe(0);
  });

  it('answers a command in each guild, each from the shard that owns it', async () => {
    const { discord } = run!;
    const [first, second] = discord.guildIds as [string, string];
    // The stand-in's guild ids put the two guilds on different shards.
    expect(new Set([discord.shardOf(first, 2), discord.shardOf(second, 2)])).toEqual(new Set([0, 1]));
    await Promise.all([helpIn(discord, first, 2), helpIn(discord, second, 2)]);
  });

  it('resumes shard 1 after its connection drops, and it keeps answering', async () => {
    const { discord } = run!;
    const before = discord.resumeCount;
    discord.dropConnection(4000, 1);
    await discord.waitForResume(before + 1, 20_000);
    expect(discord.identifyCount).toBe(2);
    const onShard1 = discord.guildIds.find((id) => discord.shardOf(id, 2) === 1)!;
    const onShard0 = discord.guildIds.find((id) => discord.shardOf(id, 2) === 0)!;
    await helpIn(discord, onShard1, 2);
    await helpIn(discord, onShard0, 2);
    expect(discord.resumeCount).toBe(before + 1);
  });

  it('broke no Discord rule, never logged the token, and stops every shard on SIGTERM', async () => {
    const { discord, manager } = run!;
    expect(discord.violations).toEqual([]);
    expect(manager.output()).not.toContain(discord.token);
    const started = manager.entries().filter((e) => e.msg === 'shard started');
    expect(started.map((e) => e.shard).sort()).toEqual([0, 1]);

    // SIGHUP to the manager (node's pid: npm does not forward SIGHUP) reaches every shard, and each reloads.
    const pid = manager.entries().find((e) => e.msg?.startsWith('starting shards'))?.pid;
    process.kill(Number(pid), 'SIGHUP');
    await until(
      () => manager.entries().filter((e) => e.msg === 'knowledge base reloaded').length === 2,
      10_000,
      'both shards reloaded',
    );

    const result = await stop(run);
    run = undefined;
    expect(result?.left).toEqual([]);
    expect((await manager.exited).code).toBe(0);
    // Each shard process drained and said so before the manager exited.
    const messages = manager.entries().map((e) => e.msg);
    expect(messages.filter((m) => m === 'stopped taking interactions')).toHaveLength(2);
    expect(messages.lastIndexOf('all shards stopped')).toBeGreaterThan(
      messages.lastIndexOf('stopped taking interactions'),
    );
    expect(manager.entries().filter((e) => e.msg === 'shard process exited; restarting it')).toEqual([]);
  }, 30_000);
});

describe('no SHARD_COUNT: the shard count Discord recommends', () => {
  it('runs one shard when GET /gateway/bot says shards: 1', async () => {
    const run = await start({}, '');
    try {
      await allShardsReady(run, 1);
      expect(run.discord.identifies).toEqual([{ shard: [0, 1], intents: BOT_INTENTS }]);
      await helpIn(run.discord, run.discord.guildId, 1);
      expect(run.manager.entries().find((e) => e.msg === 'shard started')).toMatchObject({
        shard: 0,
        totalShards: 1,
      });
      expect(run.discord.identifyCount).toBe(1);
      expect(run.discord.violations).toEqual([]);
    } finally {
      await stop(run);
    }
  }, 60_000);

  it(
    'runs two shards when GET /gateway/bot says shards: 2',
    async () => {
      const run = await start({ recommendedShards: 2, extraGuilds: 1 }, '');
      try {
        await allShardsReady(run, 2);
        expect(run.discord.identifies).toEqual([
          { shard: [0, 2], intents: BOT_INTENTS },
          { shard: [1, 2], intents: BOT_INTENTS },
        ]);
        await Promise.all(run.discord.guildIds.map((id) => helpIn(run.discord, id, 2)));
        expect(run.discord.violations).toEqual([]);
      } finally {
        await stop(run);
      }
    },
    STARTUP_MS + 30_000,
  );
});
