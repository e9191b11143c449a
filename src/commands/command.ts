/**
 * The shape of a command module in commands/: a Discord-format definition that both the Discord and the
 * console transports read, and an `execute` that turns options into an answer.
 */
import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Engine } from '../answers/engine.js';
import type { Answer } from '../answers/model.js';
import { type Catalog, type CommandName, catalogs, type Lang } from '../i18n/index.js';
import type { DealKind } from '../knowledge/schema.js';
import { type Choice, companyChoices, dealChoices } from '../search/autocomplete.js';

/** The part of discord.js's `interaction.options` a command uses; the console provides the same. */
export interface OptionReader {
  getString(name: string): string | null;
  getInteger(name: string): number | null;
  getBoolean(name: string): boolean | null;
}

export type OptionValue = string | number | boolean;

/** Reads option values the way discord.js's `interaction.options` does. */
export function optionReader(options: ReadonlyMap<string, OptionValue>): OptionReader {
  return {
    getString: (name) => {
      const value = options.get(name);
      return typeof value === 'string' ? value : null;
    },
    getInteger: (name) => {
      const value = options.get(name);
      return typeof value === 'number' ? value : null;
    },
    getBoolean: (name) => {
      const value = options.get(name);
      return typeof value === 'boolean' ? value : null;
    },
  };
}

export interface CommandContext {
  engine: Engine;
  options: OptionReader;
  /** The language to answer in (from the user's Discord locale, or the console's --lang). */
  lang: Lang;
}

export interface AutocompleteContext {
  engine: Engine;
  /** The option being typed and its partial value. */
  focused: { name: string; value: string };
  /** The reader's language, for the labels. */
  t: Catalog;
}

export type CommandData = Omit<RESTPostAPIChatInputApplicationCommandsJSONBody, 'options'> & {
  // Only basic options: commands here have no subcommands, which keeps console parsing one flat list.
  options?: APIApplicationCommandBasicOption[];
};

export interface Command {
  data: CommandData;
  execute(context: CommandContext): Answer;
  autocomplete?(context: AutocompleteContext): Choice[];
}

const DISCORD_LOCALES: Record<Exclude<Lang, 'en'>, string[]> = { es: ['es-ES', 'es-419'], it: ['it'] };

/**
 * A command definition whose names and descriptions come from the message catalogs: English by default,
 * with Spanish and Italian localizations (Discord shows each user their own language).
 */
export function slashCommand(
  name: CommandName,
  options: APIApplicationCommandBasicOption[] = [],
): CommandData {
  const text = (lang: Lang) => catalogs[lang].commands[name];
  const localized = (pick: (lang: Lang) => string) =>
    Object.fromEntries(
      (Object.keys(DISCORD_LOCALES) as Exclude<Lang, 'en'>[]).flatMap((lang) =>
        DISCORD_LOCALES[lang].map((locale) => [locale, pick(lang)]),
      ),
    );
  for (const option of options) {
    const optionText = (lang: Lang) => {
      const found = text(lang).options[option.name];
      if (!found) throw new Error(`catalog ${lang} has no text for option ${name}.${option.name}`);
      return found;
    };
    option.description = optionText('en').description;
    option.name_localizations = localized((lang) => optionText(lang).name);
    option.description_localizations = localized((lang) => optionText(lang).description);
    if ('choices' in option && option.choices) {
      for (const choice of option.choices) {
        const kind = String(choice.value) as DealKind;
        if (kind in catalogs.en.kind)
          choice.name_localizations = localized((lang) => catalogs[lang].kind[kind]);
      }
    }
  }
  return {
    name,
    description: text('en').description,
    name_localizations: localized((lang) => text(lang).name),
    description_localizations: localized((lang) => text(lang).description),
    // Lookups work wherever a user is: in servers that added the bot, and (user install) in DMs, group
    // DMs and servers that have not.
    integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
    contexts: [
      InteractionContextType.Guild,
      InteractionContextType.BotDM,
      InteractionContextType.PrivateChannel,
    ],
    ...(options.length > 0 && { options }),
  };
}

/** A company name option; autocomplete offers ranked names and its value may also be free text. */
export function companyOption(name: string, required: boolean): APIApplicationCommandBasicOption {
  const option: APIApplicationCommandBasicOption = {
    type: ApplicationCommandOptionType.String,
    name,
    description: name,
    required,
    autocomplete: true,
    max_length: 100,
  };
  companyOptions.add(option);
  return option;
}

const companyOptions = new WeakSet<APIApplicationCommandBasicOption>();

export function isCompanyOption(option: APIApplicationCommandBasicOption): boolean {
  return companyOptions.has(option);
}

/** Every lookup takes `hide`: the answer is then shown only to the person who asked. */
export function hideOption(): APIApplicationCommandBasicOption {
  return { type: ApplicationCommandOptionType.Boolean, name: 'hide', description: 'hide', required: false };
}

/** Autocomplete for commands whose options are companies (and, for /sources, a deal id). */
export function autocompleteNames({ engine, focused, t }: AutocompleteContext): Choice[] {
  return focused.name === 'deal'
    ? dealChoices(engine, focused.value)
    : companyChoices(engine, focused.value, t);
}

export { ApplicationCommandOptionType };

/** The language's name of a command and of its options, as Discord shows them to its users. */
export function localName(
  names: { name: string; name_localizations?: Partial<Record<string, string | null>> | null },
  t: Catalog,
) {
  const locale = t.lang === 'es' ? 'es-ES' : t.lang === 'it' ? 'it' : undefined;
  return (locale && names.name_localizations?.[locale]) || names.name;
}

/** "/deal company:<company> [with:<with>] [hide:<hide>]", in the reader's language when one is given. */
export function usage(command: Command, t?: Catalog, leaveOut: readonly string[] = []): string {
  const name = (o: { name: string; name_localizations?: Partial<Record<string, string | null>> | null }) =>
    t ? localName(o, t) : o.name;
  const opts = (command.data.options ?? [])
    .filter((o) => !leaveOut.includes(o.name))
    .map((o) => (o.required ? `${name(o)}:<${name(o)}>` : `[${name(o)}:<${name(o)}>]`));
  return [`/${name(command.data)}`, ...opts].join(' ');
}
