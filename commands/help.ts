import { helpAnswer } from '../src/answers/help.js';
import { type Command, slashCommand, usage } from '../src/commands/command.js';
import { catalog } from '../src/i18n/index.js';

/**
 * `/help`, over the commands it is given when they are all defined (it is one of them): each usage line is
 * written from that command's definition, so help never disagrees with what the command takes.
 */
export function helpCommand(all: () => readonly Command[]): Command {
  return {
    data: slashCommand('help'),
    execute: ({ engine, lang }) => {
      const t = catalog(lang);
      const byName = new Map(all().map((c) => [c.data.name, c]));
      return helpAnswer(engine, t, (name) => {
        const command = byName.get(name);
        // `hide` is on every lookup; help explains what each one answers.
        return command ? usage(command, t, ['hide']) : `/${t.commands[name].name}`;
      });
    },
  };
}
