/**
 * The shape of a command module in commands/: a Discord-format definition that both the Discord and the
 * console transports read, and an `execute` that turns options into an answer.
 */
import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Engine } from '../answers/engine.js';
import type { Answer } from '../answers/model.js';
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
}

export interface AutocompleteContext {
  engine: Engine;
  /** The option being typed and its partial value. */
  focused: { name: string; value: string };
}

export interface Command {
  // Only basic options: commands here have no subcommands, which keeps console parsing one flat list.
  data: Omit<RESTPostAPIChatInputApplicationCommandsJSONBody, 'options'> & {
    options?: APIApplicationCommandBasicOption[];
  };
  execute(context: CommandContext): Answer;
  autocomplete?(context: AutocompleteContext): Choice[];
}

/** A company name option; autocomplete offers ranked names and its value may also be free text. */
export function companyOption(
  name: string,
  description: string,
  required: boolean,
): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    name,
    description,
    required,
    autocomplete: true,
    max_length: 100,
  };
}

/** Every lookup takes `hide`: the answer is then shown only to the person who asked. */
export function hideOption(): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.Boolean,
    name: 'hide',
    description: 'Show the answer only to you',
    required: false,
  };
}

/** Autocomplete for commands whose options are companies (and, for /sources, a deal id). */
export function autocompleteNames({ engine, focused }: AutocompleteContext): Choice[] {
  return focused.name === 'deal' ? dealChoices(engine, focused.value) : companyChoices(engine, focused.value);
}

export function isCompanyOption(option: APIApplicationCommandBasicOption): boolean {
  return (
    option.type === ApplicationCommandOptionType.String &&
    'autocomplete' in option &&
    option.autocomplete === true
  );
}

export { ApplicationCommandOptionType };
