import { companyAnswer } from '../src/answers/company.js';
import {
  autocompleteNames,
  type Command,
  companyOption,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';

export const company: Command = {
  data: slashCommand('company', [companyOption('name', true), hideOption()]),
  execute: ({ engine, options, lang }) => companyAnswer(engine, options.getString('name') ?? '', lang),
  autocomplete: autocompleteNames,
};
