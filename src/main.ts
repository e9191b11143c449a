/** `npm start`: the Discord bot when a token is configured, otherwise the interactive console. */
import 'dotenv/config';
import { bootEngine } from './boot.js';
import { readSettings, requireDiscord, SettingsError } from './config/settings.js';
import { startConsole } from './console/repl.js';
import { createGatewayClient } from './discord/gateway.js';
import { createLogger } from './log.js';

let settings: ReturnType<typeof readSettings>;
try {
  settings = readSettings();
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const engine = bootEngine(settings.KNOWLEDGE_DIR);

if (!settings.DISCORD_TOKEN) {
  await startConsole(engine);
} else {
  const logger = createLogger(settings.LOG_LEVEL);
  let discord: ReturnType<typeof requireDiscord>;
  try {
    discord = requireDiscord(settings);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const client = createGatewayClient(() => engine, discord, logger);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void client.destroy().finally(() => process.exit(0));
    });
  }
  await client.login(discord.DISCORD_TOKEN);
}
