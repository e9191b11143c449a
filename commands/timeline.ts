import {
  autocompleteNames,
  type Command,
  companyOption,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';
import { timelineAnswer } from '../src/graph/answers.js';

export const timeline: Command = {
  data: slashCommand('timeline', [companyOption('company', true), hideOption()]),
  execute: ({ engine, options, lang }) => timelineAnswer(engine, options.getString('company') ?? '', lang),
  autocomplete: autocompleteNames,
};
