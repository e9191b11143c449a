import { sourcesAnswer } from '../src/answers/sources.js';
import {
  ApplicationCommandOptionType,
  autocompleteNames,
  type Command,
  companyOption,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';

export const sources: Command = {
  data: slashCommand('sources', [
    companyOption('company', false),
    companyOption('with', false),
    {
      type: ApplicationCommandOptionType.String,
      name: 'deal',
      description: 'deal',
      required: false,
      max_length: 100,
      autocomplete: true,
    },
    hideOption(),
  ]),
  execute: ({ engine, options, lang }) =>
    sourcesAnswer(
      engine,
      {
        deal: options.getString('deal') ?? undefined,
        company: options.getString('company') ?? undefined,
        with: options.getString('with') ?? undefined,
      },
      lang,
    ),
  autocomplete: autocompleteNames,
};
