/** `npm start`: the Discord bot when a token is configured, otherwise the interactive console. */
import 'dotenv/config';
import type { AddressInfo } from 'node:net';
import { bootEngine } from './boot.js';
import { pictureOptions, readSettings, requireDiscord, settingsOrExit } from './config/settings.js';
import { readArgs } from './console/args.js';
import { startConsole } from './console/repl.js';
import { Guard } from './discord/guard.js';
import { PicturePool } from './graph/pool.js';
import { catalog } from './i18n/index.js';
import { knowledgeDir } from './knowledge/paths.js';
import { onShutdown } from './lifecycle.js';
import { limitStore } from './limitStore.js';
import { createLogger } from './log.js';
import { createOpsServer, opsPort } from './opsServer.js';
import { EngineHolder } from './reload.js';
import type { Watches } from './watch/start.js';

const args = readArgs(process.argv.slice(2));
// Before the settings are read: help is for someone who has not configured anything yet.
if (args.rest.includes('--help') || args.rest.includes('-h')) {
  process.stdout.write(`${catalog(args.lang ?? 'en').consoleInput.startUsage}\n`);
  process.exit(0);
}
const settings = settingsOrExit(() => readSettings());

const dir = settings.KNOWLEDGE_DIR ?? knowledgeDir();
const engine = bootEngine(dir);

if (!settings.DISCORD_TOKEN) {
  if (args.error) {
    process.stderr.write(`${args.error}\n`);
    process.exit(2);
  }
  await startConsole(engine, args.lang);
} else {
  const logger = createLogger(settings.LOG_LEVEL);
  const discord = settingsOrExit(() => requireDiscord(settings));
  const knowledge = new EngineHolder(dir, engine, logger);
  const stopWatching = knowledge.watch();
  const pictures = new PicturePool({ dir, logger, ...pictureOptions(settings) });
  const guard = new Guard(settings, undefined, limitStore(settings.REDIS_URL, logger));
  // Loaded here, not at the top: the console (no token) never needs discord.js.
  const [{ createGatewayClient }, { startWatches }] = await Promise.all([
    import('./discord/gateway.js'),
    import('./watch/start.js'),
  ]);
  // Watches and server settings (issue 17) open their database while the client logs in (below), so the
  // gateway handshake's round trips and the database's start-up overlap; an interaction that comes first
  // waits for them in `decide`.
  let watches: Promise<Watches> | undefined;
  const openWatches = () =>
    (watches ??= startWatches({
      knowledge,
      // Watch posts go through the gateway client's REST client (logged in with the token by `login`), so
      // they share its rate-limit buckets with the answers instead of keeping a second, unaware set.
      rest: async () => client.rest,
      logger,
      channelName: (id) => {
        const channel = client.channels.cache.get(id);
        return channel && 'name' in channel && channel.name ? channel.name : undefined;
      },
    }));
  const { client, drain } = createGatewayClient(knowledge.current, discord, logger, {
    pictures,
    guard,
    server: { decide: async (...args) => (await openWatches()).hook.decide(...args) },
    // Exit non-zero so that a supervisor restarts the bot (or alerts), after finishing what is in flight.
    onUnrecoverableClose: () => {
      stopWatching();
      void drain(discord.SHUTDOWN_GRACE_MS)
        .then(() => client.destroy())
        .finally(() => process.exit(1));
    },
  });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  const ops = createOpsServer({ engine: knowledge.current, ready: () => client.isReady() });
  ops.once('error', (error) => logger.error({ err: error }, 'cannot serve /healthz and /metrics'));
  ops.listen(opsPort(settings.METRICS_PORT), settings.METRICS_HOST, () => {
    const address = ops.address() as AddressInfo;
    logger.info({ host: address.address, port: address.port }, 'serving /healthz and /metrics');
  });
  onShutdown(logger, async () => {
    stopWatching();
    ops.close();
    await drain(discord.SHUTDOWN_GRACE_MS);
    await Promise.all([
      client.destroy(),
      pictures.close(),
      guard.close(),
      watches?.then((opened) => opened.stop()),
    ]);
  });
  logger.info({ pid: process.pid }, 'starting; SIGHUP to this pid reloads the knowledge base');
  try {
    const loggingIn = client.login(discord.DISCORD_TOKEN);
    await openWatches();
    await loggingIn;
  } catch (error) {
    logger.fatal({ err: error }, 'could not log in to Discord; check DISCORD_TOKEN and DISCORD_API_BASE');
    await client.destroy();
    process.exit(1);
  }
}
