/**
 * `/watch add|list|remove` (and `/settings`, below): server commands, answered from the database by
 * src/watch/server.ts rather than from the knowledge base alone, so they are not in the console's flat
 * command list. Names stay English everywhere (messages quote them); descriptions are localized.
 */
import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { WatchMessages } from '../src/i18n/catalog.js';
import { catalogs, type Lang } from '../src/i18n/index.js';
import { dealKind, dealStatus } from '../src/knowledge/schema.js';

const DISCORD_LOCALES: Record<Exclude<Lang, 'en'>, string[]> = { es: ['es-ES', 'es-419'], it: ['it'] };

type Described = (m: WatchMessages['commands']) => { description: string };

function localized(pick: (lang: Lang) => string): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(DISCORD_LOCALES) as Exclude<Lang, 'en'>[]).flatMap((lang) =>
      DISCORD_LOCALES[lang].map((locale) => [locale, pick(lang)]),
    ),
  );
}

export function described(pick: Described) {
  return {
    description: pick(catalogs.en.watch.commands).description,
    description_localizations: localized((lang) => pick(catalogs[lang].watch.commands).description),
  };
}

/** Omit applied to each member of a union (plain Omit would merge the option types into one). */
type OptionFields = APIApplicationCommandBasicOption extends infer O
  ? O extends APIApplicationCommandBasicOption
    ? Omit<O, 'name' | 'description'>
    : never
  : never;

function option(
  name: keyof WatchMessages['commands']['options'],
  rest: OptionFields,
): APIApplicationCommandBasicOption {
  return { name, ...described((m) => m.options[name]), ...rest } as APIApplicationCommandBasicOption;
}

function choices(values: readonly string[], label: (lang: Lang, value: string) => string) {
  return values.map((value) => ({
    name: label('en', value),
    value,
    name_localizations: localized((lang) => label(lang, value)),
  }));
}

const watchOptions: APIApplicationCommandOption[] = [
  {
    type: ApplicationCommandOptionType.Subcommand,
    name: 'add',
    ...described((m) => m.add),
    options: [
      option('company', {
        type: ApplicationCommandOptionType.String,
        required: false,
        autocomplete: true,
        max_length: 100,
      }),
      option('kind', {
        type: ApplicationCommandOptionType.String,
        required: false,
        choices: choices(dealKind.options, (lang, v) => catalogs[lang].kind[v as keyof WatchKinds]),
      }),
      option('min', { type: ApplicationCommandOptionType.String, required: false, max_length: 40 }),
      option('status', {
        type: ApplicationCommandOptionType.String,
        required: false,
        choices: choices(dealStatus.options, (lang, v) => catalogs[lang].status[v as keyof WatchStatuses]),
      }),
    ],
  },
  { type: ApplicationCommandOptionType.Subcommand, name: 'list', ...described((m) => m.list) },
  {
    type: ApplicationCommandOptionType.Subcommand,
    name: 'remove',
    ...described((m) => m.remove),
    options: [
      option('watch', {
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
        max_length: 100,
      }),
    ],
  },
];

type WatchKinds = (typeof catalogs)['en']['kind'];
type WatchStatuses = (typeof catalogs)['en']['status'];

/**
 * In servers, DMs with the bot and (user install) anywhere the user is. `default_member_permissions` hides
 * the command from members without Manage Server until a server changes it in Integrations; /watch list
 * is therefore also for them, and the bot checks the permission itself before changing anything.
 */
export const watchCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: 'watch',
  ...described((m) => m.watch),
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
  options: watchOptions,
};
