/** `npm start`: the Discord bot when a token is configured, otherwise the interactive console. */
import 'dotenv/config';
import { bootEngine } from './boot.js';
import { startConsole } from './console/repl.js';

const engine = bootEngine();
if (process.env.DISCORD_TOKEN) {
  process.stderr.write(
    'DISCORD_TOKEN is set, but the Discord transport is not part of this build yet; starting the console.\n',
  );
}
await startConsole(engine);
