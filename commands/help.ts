import { helpAnswer } from '../src/answers/help.js';
import type { Command } from '../src/commands/command.js';

export const help: Command = {
  data: { name: 'help', description: 'What this bot answers and how to read its figures' },
  execute: ({ engine }) => helpAnswer(engine),
};
