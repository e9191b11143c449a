/**
 * Button and menu ids carry everything needed to rebuild the answer they belong to — command, page and
 * stable option values — so they keep working after a restart, on any process behind a load balancer.
 * Format: `<action>:<command>:<arg>:<v1>,<v2>,…` with values in the command's option order.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { commandsByName } from '../../commands/index.js';
import type { Command, OptionValue } from '../commands/command.js';

export type Action =
  /** show page `arg` of the answer */
  | 'p'
  /** private source list of page `arg` */
  | 's'
  /** did-you-mean pick replacing option `arg`; the answer is public */
  | 'm'
  /** did-you-mean pick replacing option `arg`; the answer stays private (`hide`) */
  | 'h'
  /** open the picked deal's full card, privately (the menu's value is the deal's id) */
  | 'c';

export interface Control {
  action: Action;
  command: Command;
  arg: string;
  options: Map<string, OptionValue>;
}

export const CUSTOM_ID_MAX = 100;

/** Options that identify an answer: everything but `hide`, which lives in the message's flags. */
function stateOptions(command: Command) {
  return (command.data.options ?? []).filter((o) => o.name !== 'hide');
}

export function encodeControl(
  action: Action,
  command: Command,
  arg: string | number,
  values: Record<string, OptionValue | undefined>,
): string | undefined {
  const encoded = stateOptions(command).map((o) => {
    const value = values[o.name];
    return value === undefined ? '' : encodeURIComponent(wellFormed(String(value)));
  });
  while (encoded.length > 0 && encoded[encoded.length - 1] === '') encoded.pop();
  const id = `${action}:${command.data.name}:${arg}:${encoded.join(',')}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/**
 * The text with every lone UTF-16 surrogate replaced by U+FFFD. Discord passes option values through as
 * typed, and a lone surrogate makes encodeURIComponent throw (URIError); String.prototype.toWellFormed does
 * the same but is not typed in the ES2023 lib this project compiles against.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export function decodeControl(customId: string): Control | undefined {
  const match = /^([psmhc]):([a-z-]+):([^:]*):(.*)$/.exec(customId);
  if (!match) return undefined;
  const command = commandsByName.get(match[2]!);
  if (!command) return undefined;
  const definitions = stateOptions(command);
  const raw = match[4] ? match[4].split(',') : [];
  if (raw.length > definitions.length) return undefined;
  const options = new Map<string, OptionValue>();
  try {
    raw.forEach((text, i) => {
      if (text === '') return;
      const definition = definitions[i]!;
      const value = decodeURIComponent(text);
      options.set(
        definition.name,
        definition.type === ApplicationCommandOptionType.Integer ? Number(value) : value,
      );
    });
  } catch {
    return undefined;
  }
  return { action: match[1] as Action, command, arg: match[3]!, options };
}
