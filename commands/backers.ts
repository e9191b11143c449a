import { backersAnswer } from '../src/answers/money.js';
import {
  autocompleteNames,
  type Command,
  companyOption,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';

export const backers: Command = {
  data: slashCommand('backers', [companyOption('company', true), hideOption()]),
  execute: ({ engine, options, lang }) => backersAnswer(engine, options.getString('company') ?? '', lang),
  autocomplete: autocompleteNames,
};
