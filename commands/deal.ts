import { dealAnswer } from '../src/answers/deal.js';
import {
  autocompleteNames,
  type Command,
  companyOption,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';

export const deal: Command = {
  data: slashCommand('deal', [companyOption('company', true), companyOption('with', false), hideOption()]),
  execute: ({ engine, options, lang }) =>
    dealAnswer(
      engine,
      { company: options.getString('company') ?? '', with: options.getString('with') ?? undefined },
      lang,
    ),
  autocomplete: autocompleteNames,
};
