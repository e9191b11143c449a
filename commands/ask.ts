import { askAnswer } from '../src/ask/answer.js';
import {
  ApplicationCommandOptionType,
  type Command,
  hideOption,
  slashCommand,
} from '../src/commands/command.js';

/**
 * `/ask question:` — a question in plain words. The Discord transports send it through the question path
 * (`react`), which also serves mentions and DMs; `execute` is what the console runs.
 */
export const ask: Command = {
  data: slashCommand('ask', [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'question',
      required: true,
      max_length: 500,
    },
    hideOption(),
  ]),
  execute: ({ engine, options, lang }) => askAnswer(engine, options.getString('question') ?? '', lang).answer,
};
