import { companyAnswer } from '../src/answers/company.js';
import { autocompleteNames, type Command, companyOption, hideOption } from '../src/commands/command.js';

export const company: Command = {
  data: {
    name: 'company',
    description: 'A company profile: valuation, backers, investments, suppliers and customers',
    options: [companyOption('name', 'The company', true), hideOption()],
  },
  execute: ({ engine, options }) => companyAnswer(engine, options.getString('name') ?? ''),
  autocomplete: autocompleteNames,
};
