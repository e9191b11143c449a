import { helpAnswer } from '../src/answers/help.js';
import { type Command, slashCommand } from '../src/commands/command.js';

export const help: Command = {
  data: slashCommand('help'),
  execute: ({ engine, lang }) => helpAnswer(engine, lang),
};
