/** The gateway's side of the server hook: reads what ServerSide needs from a discord.js interaction. */
import type { Interaction } from 'discord.js';
import type { Engine } from '../answers/engine.js';
import type { OptionValue } from '../commands/command.js';
import type { InteractionInput, Reaction } from '../discord/react.js';
import { type Decider, type Decision, dropPictures, type Place } from './server.js';

export interface InteractionHook {
  /** Called once per interaction, before `react`; see ServerSide.decide. */
  decide(engine: Engine, input: InteractionInput, interaction: Interaction): Promise<Decision>;
}

type RawOption = { name: string; type: number; value?: unknown; options?: readonly RawOption[] };

/** Sub-command and option values: Discord nests a sub-command's options one level down. */
export function subcommandOptions(data: readonly RawOption[]): {
  subcommand?: string;
  options: Map<string, OptionValue>;
} {
  const first = data[0];
  const sub = first && first.type === 1 ? first : undefined;
  const options = new Map<string, OptionValue>();
  for (const o of sub ? (sub.options ?? []) : data) {
    if (typeof o.value === 'string' || typeof o.value === 'number' || typeof o.value === 'boolean')
      options.set(o.name, o.value);
  }
  return { ...(sub && { subcommand: sub.name }), options };
}

export function placeOf(interaction: Interaction): Place {
  const data =
    interaction.isChatInputCommand() || interaction.isAutocomplete()
      ? (interaction.options.data as readonly RawOption[])
      : [];
  return {
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
    permissions: interaction.memberPermissions?.bitfield.toString() ?? null,
    ...subcommandOptions(data),
  };
}

export function gatewayHook(server: Decider): InteractionHook {
  return { decide: (engine, input, interaction) => server.decide(engine, input, placeOf(interaction)) };
}

/** The reaction as the server's settings allow it (pictures off: no picture). */
export function allowed(reaction: Reaction, decision: Decision | undefined): Reaction {
  return decision?.pictures === false ? dropPictures(reaction) : reaction;
}
