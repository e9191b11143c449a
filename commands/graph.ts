import { autocompleteNames, type Command } from '../src/commands/command.js';
import { graphAnswer } from '../src/graph/answers.js';
import { graphCommandData } from '../src/graph/commandData.js';

export const graph: Command = {
  data: graphCommandData(),
  execute: ({ engine, options }) =>
    graphAnswer(engine, options.getString('company') ?? '', options.getInteger('depth') ?? undefined),
  autocomplete: autocompleteNames,
};
