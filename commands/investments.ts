import { investmentsAnswer } from '../src/answers/money.js';
import { autocompleteNames, type Command, companyOption, hideOption } from '../src/commands/command.js';

export const investments: Command = {
  data: {
    name: 'investments',
    description: 'Where a company put its money',
    options: [companyOption('company', 'The investing company', true), hideOption()],
  },
  execute: ({ engine, options }) => investmentsAnswer(engine, options.getString('company') ?? ''),
  autocomplete: autocompleteNames,
};
