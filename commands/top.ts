import { topAnswer } from '../src/answers/top.js';
import {
  ApplicationCommandOptionType,
  type Command,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';
import { catalogs } from '../src/i18n/index.js';

export const top: Command = {
  data: slashCommand('top', [
    {
      type: ApplicationCommandOptionType.String,
      name: 'kind',
      description: 'kind',
      required: false,
      choices: Object.entries(catalogs.en.kind).map(([value, name]) => ({ name, value })),
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'year',
      description: 'year',
      required: false,
      min_value: 2000,
      max_value: 2100,
    },
    hideOption(),
  ]),
  execute: ({ engine, options, lang }) =>
    topAnswer(
      engine,
      { kind: options.getString('kind') ?? undefined, year: options.getInteger('year') ?? undefined },
      lang,
    ),
};
