import { companyAnswer } from '../src/answers/company.js';
import { type Command, companyOption } from '../src/commands/command.js';

export const company: Command = {
  data: {
    name: 'company',
    description: 'A company profile: valuation, backers, investments, suppliers and customers',
    options: [companyOption('name', 'The company', true)],
  },
  execute: ({ engine, options }) => companyAnswer(engine, options.getString('name') ?? ''),
};
