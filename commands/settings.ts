/** `/settings`: a server's answer language, private-by-default answers and pictures (see commands/watch.ts). */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { LANGUAGE_NAMES } from '../src/answers/watch.js';
import { catalogs } from '../src/i18n/index.js';
import { described } from './watch.js';

export const settingsCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: 'settings',
  ...described((m) => m.settings),
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'language',
      ...described((m) => m.options.language),
      required: false,
      choices: [
        {
          name: catalogs.en.watch.commands.userLanguage,
          value: 'user',
          name_localizations: {
            'es-ES': catalogs.es.watch.commands.userLanguage,
            'es-419': catalogs.es.watch.commands.userLanguage,
            it: catalogs.it.watch.commands.userLanguage,
          },
        },
        ...Object.entries(LANGUAGE_NAMES).map(([value, name]) => ({ name, value })),
      ],
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      ...described((m) => m.options.private),
      required: false,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'pictures',
      ...described((m) => m.options.pictures),
      required: false,
    },
  ],
};
