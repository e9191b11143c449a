/**
 * `npm run start:sharded`: discord.js's ShardingManager runs one `src/main.ts` process per shard. The
 * shard count is SHARD_COUNT, or Discord's recommendation asked through DISCORD_API_BASE (the manager's
 * own lookup would always go to discord.com).
 */
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { type APIGatewayBotInfo, REST, Routes, ShardingManager } from 'discord.js';
import { readSettings, requireDiscord, restOptions, settingsOrExit } from './config/settings.js';
import { onShutdown } from './lifecycle.js';
import { createLogger } from './log.js';

const settings = settingsOrExit(() => requireDiscord(readSettings()));
const logger = createLogger(settings.LOG_LEVEL);

async function shardCount(): Promise<number> {
  if (settings.SHARD_COUNT) return settings.SHARD_COUNT;
  const rest = new REST(restOptions(settings)).setToken(settings.DISCORD_TOKEN);
  const info = (await rest.get(Routes.gatewayBot())) as APIGatewayBotInfo;
  return Math.max(1, info.shards);
}

const totalShards = await shardCount();
// Built (dist/sharded.js) each shard runs dist/main.js with plain node; from source (`tsx src/sharded.ts`)
// each shard is src/main.ts under the tsx loader. Built, shards run with this process's own node flags (the
// memory settings of `npm run start:sharded`), as its environment (the MALLOC_ settings) reaches them too.
const fromSource = import.meta.url.endsWith('.ts');
const manager = new ShardingManager(
  fileURLToPath(new URL(fromSource ? './main.ts' : './main.js', import.meta.url)),
  {
    token: settings.DISCORD_TOKEN,
    totalShards,
    execArgv: fromSource ? ['--import', 'tsx'] : process.execArgv,
    respawn: true,
  },
);
manager.on('shardCreate', (shard) => {
  logger.info({ shard: shard.id, totalShards }, 'shard started');
  shard.on('death', () => {
    if (!lifecycle.stopping) logger.warn({ shard: shard.id }, 'shard process exited; restarting it');
  });
});
// Each shard drains its own interactions on SIGTERM; the manager waits for them (bounded) before it exits,
// so a supervisor that stops the manager does not cut the shards short. onShutdown also stops the shards
// when npm, which started the manager, goes away.
const lifecycle = onShutdown(logger, async () => {
  manager.respawn = false;
  logger.info('stopping shards');
  const exits = [...manager.shards.values()].map(
    (shard) =>
      new Promise<void>((resolve) => {
        const child = shard.process;
        if (!child || child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, settings.SHUTDOWN_GRACE_MS + 2000);
  });
  await Promise.race([Promise.all(exits), bound]);
  clearTimeout(timer);
  logger.info('all shards stopped');
});
// SIGHUP reloads every shard's knowledge base: npm and supervisors signal the manager, whose shards are
// separate processes that would otherwise never hear it (and the default action would kill the manager).
logger.info({ pid: process.pid, totalShards }, 'starting shards; SIGHUP to this pid reloads every shard');
process.on('SIGHUP', () => {
  logger.info('reloading every shard');
  for (const shard of manager.shards.values()) shard.process?.kill('SIGHUP');
});
await manager.spawn({ timeout: 60_000 });
