/** A command with its options as the reader types it, in their language: "/acuerdo empresa:Amazon con:OpenAI". */
import type { Catalog, CommandName } from './catalog.js';

/** A command with its options, as data: each transport writes it its own way and in the reader's language. */
export interface CommandCall {
  name: CommandName;
  options: Readonly<Record<string, string | number>>;
}

export function commandText(command: CommandCall, t: Catalog): string {
  const text = t.commands[command.name];
  const options = Object.entries(command.options).map(
    ([option, value]) => `${text.options[option]?.name ?? option}:${value}`,
  );
  return [`/${text.name}`, ...options].join(' ');
}
