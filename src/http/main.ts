/** `npm run start:http`: answers Discord interactions on an HTTP endpoint instead of the gateway. */
import 'dotenv/config';
import type { AddressInfo } from 'node:net';
import type { REST } from 'discord.js';
import { bootEngine } from '../boot.js';
import { pictureOptions, restOptions, settingsOrExit } from '../config/settings.js';
import { Guard } from '../discord/guard.js';
import { PicturePool } from '../graph/pool.js';
import { knowledgeDir } from '../knowledge/paths.js';
import { onShutdown } from '../lifecycle.js';
import { limitStore } from '../limitStore.js';
import { createLogger } from '../log.js';
import { EngineHolder } from '../reload.js';
import { startWatches } from '../watch/start.js';
import { importDiscordJs } from '../whenUsed.js';
import { createInteractionServer } from './server.js';
import { readHttpSettings } from './settings.js';

const settings = settingsOrExit(() => readHttpSettings());

const logger = createLogger(settings.LOG_LEVEL);
const dir = settings.KNOWLEDGE_DIR ?? knowledgeDir();
// Reloaded on SIGHUP or on any change under the directory, as in gateway mode; each request reads it once.
const knowledge = new EngineHolder(dir, bootEngine(dir), logger);
const stopWatching = knowledge.watch();
if (!settings.DISCORD_APPLICATION_ID) {
  logger.warn('DISCORD_APPLICATION_ID is not set; follow-ups use the application id of each interaction');
}

// With REDIS_URL, every instance behind the load balancer counts against the same limits.
const guard = new Guard(settings, undefined, limitStore(settings.REDIS_URL, logger));
const pictures = new PicturePool({ dir, logger, ...pictureOptions(settings) });
// Watches post as the bot, which needs its token; without one they are kept but not posted (logged).
// discord.js is loaded by the first post, not at start-up (most of an HTTP bot's memory would be it).
let rest: Promise<REST> | undefined;
const watches = await startWatches({
  knowledge,
  rest: () =>
    (rest ??= importDiscordJs().then(({ REST }) =>
      new REST(restOptions(settings)).setToken(settings.DISCORD_TOKEN ?? ''),
    )),
  logger,
  post: settings.DISCORD_TOKEN !== undefined,
});
const server = createInteractionServer({
  server: watches.rawHook,
  pictures,
  engine: knowledge.current,
  publicKey: settings.DISCORD_PUBLIC_KEY,
  logger,
  rest: { ...restOptions(settings), applicationId: settings.DISCORD_APPLICATION_ID },
  guard,
});

process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

server.once('error', (error) => {
  logger.fatal({ err: error, host: settings.HTTP_HOST, port: settings.HTTP_PORT }, 'could not listen');
  process.exit(1);
});

server.listen(settings.HTTP_PORT, settings.HTTP_HOST, () => {
  const address = server.address() as AddressInfo;
  logger.info(
    {
      host: address.address,
      port: address.port,
      knowledgeBase: knowledge.current().kb.meta.version,
      path: '/interactions',
      pid: process.pid,
      uptimeMs: Math.round(process.uptime() * 1000),
    },
    'listening',
  );
});

onShutdown(logger, async () => {
  stopWatching();
  const force = setTimeout(() => {
    logger.warn('requests still open after the grace period; closing them');
    server.closeAllConnections();
  }, settings.SHUTDOWN_GRACE_MS);
  force.unref();
  // close() stops accepting and drops idle keep-alive connections; open requests finish first.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  await server.followUpsSettled();
  await Promise.all([pictures.close(), guard.close(), watches.stop()]);
});
