import { helpAnswer } from '../src/answers/help.js';
import { type Command, slashCommand } from '../src/commands/command.js';
import { catalog } from '../src/i18n/index.js';

export const help: Command = {
  data: slashCommand('help'),
  execute: ({ engine, lang }) => helpAnswer(engine, catalog(lang)),
};
