/** Every slash command, in the order /help and registration list them. */
import { engineIn } from '../src/answers/engine.js';
import type { Command } from '../src/commands/command.js';
import { ask } from './ask.js';
import { backers } from './backers.js';
import { company } from './company.js';
import { deal } from './deal.js';
import { graph } from './graph.js';
import { helpCommand } from './help.js';
import { investments } from './investments.js';
import { latest } from './latest.js';
import { loops } from './loops.js';
import { settingsCommand } from './settings.js';
import { sources } from './sources.js';
import { timeline } from './timeline.js';
import { top } from './top.js';
import { watchCommand } from './watch.js';

/**
 * Every command reads the knowledge base in the language it answers in (curated translations of titles,
 * caveats and notes, English where there are none), and so do its autocomplete choices: picked here, once,
 * for all of them.
 */
function inReaderLanguage(command: Command): Command {
  const { autocomplete } = command;
  return {
    ...command,
    execute: (context) => command.execute({ ...context, engine: engineIn(context.engine, context.lang) }),
    // Autocomplete too: /sources offers deals by their titles, which the reader should see in their language.
    ...(autocomplete && {
      autocomplete: (context) =>
        autocomplete({ ...context, engine: engineIn(context.engine, context.t.lang) }),
    }),
  };
}

export const commands: readonly Command[] = [
  deal,
  backers,
  investments,
  company,
  sources,
  top,
  latest,
  graph,
  loops,
  timeline,
  ask,
  helpCommand(() => commands),
].map(inReaderLanguage);

export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));

/**
 * Server commands (issue 17): answered from the database by src/watch/server.ts, with sub-commands, so
 * they are registered with the others but kept out of the console's flat list above.
 */
export const serverCommands = [watchCommand, settingsCommand] as const;

/** What `npm run deploy-commands` registers: every command above, then the server commands. */
export const registeredCommands = [...commands.map((c) => c.data), ...serverCommands];
