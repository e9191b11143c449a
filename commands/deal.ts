import { dealAnswer } from '../src/answers/deal.js';
import { autocompleteNames, type Command, companyOption, hideOption } from '../src/commands/command.js';

export const deal: Command = {
  data: {
    name: 'deal',
    description: 'Every deal between two companies, in both directions (or every deal of one)',
    options: [
      companyOption('company', 'A company, e.g. Amazon, OpenAI, NVIDIA', true),
      companyOption('with', 'The other company (optional)', false),
      hideOption(),
    ],
  },
  execute: ({ engine, options }) =>
    dealAnswer(engine, {
      company: options.getString('company') ?? '',
      with: options.getString('with') ?? undefined,
    }),
  autocomplete: autocompleteNames,
};
