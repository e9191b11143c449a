import { autocompleteNames, type Command } from '../src/commands/command.js';
import { loopsAnswer } from '../src/graph/answers.js';
import { loopsCommandData } from '../src/graph/commandData.js';

export const loops: Command = {
  data: loopsCommandData(),
  execute: ({ engine, options }) => loopsAnswer(engine, options.getString('company') ?? undefined),
  autocomplete: autocompleteNames,
};
