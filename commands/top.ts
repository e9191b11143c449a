import { KIND_WORDS } from '../src/answers/format.js';
import { topAnswer } from '../src/answers/top.js';
import { ApplicationCommandOptionType, type Command, hideOption } from '../src/commands/command.js';

export const top: Command = {
  data: {
    name: 'top',
    description: 'The largest deals, with their qualifiers',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'kind',
        description: 'Only deals of this kind',
        required: false,
        choices: Object.entries(KIND_WORDS).map(([value, name]) => ({ name, value })),
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'year',
        description: 'Only deals announced in this year',
        required: false,
        min_value: 2000,
        max_value: 2100,
      },
      hideOption(),
    ],
  },
  execute: ({ engine, options }) =>
    topAnswer(engine, {
      kind: options.getString('kind') ?? undefined,
      year: options.getInteger('year') ?? undefined,
    }),
};
