import { sourcesAnswer } from '../src/answers/sources.js';
import {
  ApplicationCommandOptionType,
  autocompleteNames,
  type Command,
  companyOption,
  hideOption,
} from '../src/commands/command.js';

export const sources: Command = {
  data: {
    name: 'sources',
    description: 'The sources behind the figures of a deal or of two companies',
    options: [
      companyOption('company', 'A company', false),
      companyOption('with', 'The other company', false),
      {
        type: ApplicationCommandOptionType.String,
        name: 'deal',
        description: 'A deal id, as shown in /deal answers',
        required: false,
        max_length: 100,
        autocomplete: true,
      },
      hideOption(),
    ],
  },
  execute: ({ engine, options }) =>
    sourcesAnswer(engine, {
      deal: options.getString('deal') ?? undefined,
      company: options.getString('company') ?? undefined,
      with: options.getString('with') ?? undefined,
    }),
  autocomplete: autocompleteNames,
};
