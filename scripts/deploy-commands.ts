/**
 * `npm run deploy-commands`: registers every slash command with one bulk overwrite — to DISCORD_GUILD_ID
 * when set (instant, for development), otherwise globally. Run it when definitions change, not on start.
 */
import 'dotenv/config';
import { REST, Routes } from 'discord.js';
import { registeredCommands } from '../commands/index.js';
import { readSettings, requireDiscord, restOptions, SettingsError } from '../src/config/settings.js';

try {
  const settings = requireDiscord(readSettings());
  const rest = new REST(restOptions(settings)).setToken(settings.DISCORD_TOKEN);
  const body = registeredCommands;
  const route = settings.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(settings.DISCORD_APPLICATION_ID, settings.DISCORD_GUILD_ID)
    : Routes.applicationCommands(settings.DISCORD_APPLICATION_ID);
  const saved = (await rest.put(route, { body })) as unknown[];
  const where = settings.DISCORD_GUILD_ID ? `guild ${settings.DISCORD_GUILD_ID}` : 'all servers (global)';
  console.log(
    `Registered ${saved.length} commands for ${where}: ${registeredCommands.map((c) => `/${c.name}`).join(' ')}`,
  );
} catch (error) {
  if (error instanceof SettingsError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(`Registration failed: ${(error as Error).message}`);
  process.exit(1);
}
