import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';

describe('where the commands can be used', () => {
  it('every lookup works with the bot added to a server or installed by a user, in servers and DMs', () => {
    for (const command of commands) {
      expect(command.data.integration_types, command.data.name).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(command.data.contexts, command.data.name).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
    }
  });
});
