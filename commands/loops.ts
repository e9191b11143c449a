import {
  autocompleteNames,
  type Command,
  companyOption,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';
import { loopsAnswer } from '../src/graph/answers.js';

export const loops: Command = {
  data: slashCommand('loops', [companyOption('company', false), hideOption()]),
  execute: ({ engine, options, lang }) =>
    loopsAnswer(engine, options.getString('company') ?? undefined, lang),
  autocomplete: autocompleteNames,
};
