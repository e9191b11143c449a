import { latestAnswer } from '../src/answers/latest.js';
import {
  ApplicationCommandOptionType,
  type Command,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';

export const latest: Command = {
  data: slashCommand('latest', [
    {
      type: ApplicationCommandOptionType.String,
      name: 'since',
      description: 'since',
      required: false,
      min_length: 7,
      max_length: 10,
    },
    hideOption(),
  ]),
  execute: ({ engine, options, lang }) =>
    latestAnswer(engine, { since: options.getString('since') ?? undefined }, lang),
};
