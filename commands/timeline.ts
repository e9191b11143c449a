import { autocompleteNames, type Command } from '../src/commands/command.js';
import { timelineAnswer } from '../src/graph/answers.js';
import { timelineCommandData } from '../src/graph/commandData.js';

export const timeline: Command = {
  data: timelineCommandData(),
  execute: ({ engine, options }) => timelineAnswer(engine, options.getString('company') ?? ''),
  autocomplete: autocompleteNames,
};
