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

/** The part of discord.js's `interaction.options` a command uses; the console provides the same. */
export interface OptionReader {
  getString(name: string): string | null;
  getInteger(name: string): number | null;
}

export interface CommandContext {
  engine: Engine;
  options: OptionReader;
}

export interface Command {
  // Only basic options: commands here have no subcommands, which keeps console parsing one flat list.
  data: Omit<RESTPostAPIChatInputApplicationCommandsJSONBody, 'options'> & {
    options?: APIApplicationCommandBasicOption[];
  };
  execute(context: CommandContext): Answer;
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

export function isCompanyOption(option: APIApplicationCommandBasicOption): boolean {
  return (
    option.type === ApplicationCommandOptionType.String &&
    'autocomplete' in option &&
    option.autocomplete === true
  );
}

export { ApplicationCommandOptionType };
