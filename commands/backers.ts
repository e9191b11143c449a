import { backersAnswer } from '../src/answers/money.js';
import { autocompleteNames, type Command, companyOption, hideOption } from '../src/commands/command.js';

export const backers: Command = {
  data: {
    name: 'backers',
    description: 'Who invested in a company: how much, when and on what terms',
    options: [companyOption('company', 'The company that received the money', true), hideOption()],
  },
  execute: ({ engine, options }) => backersAnswer(engine, options.getString('company') ?? ''),
  autocomplete: autocompleteNames,
};
