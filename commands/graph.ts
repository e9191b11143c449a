import {
  ApplicationCommandOptionType,
  autocompleteNames,
  type Command,
  companyOption,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';
import { graphAnswer, MAX_DEPTH, MIN_DEPTH } from '../src/graph/answers.js';

export const graph: Command = {
  data: slashCommand('graph', [
    companyOption('company', true),
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'depth',
      description: 'depth',
      required: false,
      min_value: MIN_DEPTH,
      max_value: MAX_DEPTH,
    },
    hideOption(),
  ]),
  execute: ({ engine, options, lang }) =>
    graphAnswer(engine, options.getString('company') ?? '', options.getInteger('depth') ?? undefined, lang),
  autocomplete: autocompleteNames,
};
