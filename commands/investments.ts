import { investmentsAnswer } from '../src/answers/money.js';
import {
  autocompleteNames,
  type Command,
  companyOption,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';

export const investments: Command = {
  data: slashCommand('investments', [companyOption('company', true), hideOption()]),
  execute: ({ engine, options, lang }) => investmentsAnswer(engine, options.getString('company') ?? '', lang),
  autocomplete: autocompleteNames,
};
