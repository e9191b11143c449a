import { backersAnswer } from '../src/answers/money.js';
import { type Command, companyOption } from '../src/commands/command.js';

export const backers: Command = {
  data: {
    name: 'backers',
    description: 'Who invested in a company: how much, when and on what terms',
    options: [companyOption('company', 'The company that received the money', true)],
  },
  execute: ({ engine, options }) => backersAnswer(engine, options.getString('company') ?? ''),
};
