/** The HTTP endpoint's side of the server hook: reads what ServerSide needs from a raw interaction. */
import type { Engine } from '../answers/engine.js';
import type { InteractionInput } from '../discord/react.js';
import { subcommandOptions } from './gateway.js';
import type { Decider, Decision, Place } from './server.js';

export interface RawInteractionHook {
  /** Called once per interaction, before `react`, with the verified JSON payload. */
  decide(engine: Engine, input: InteractionInput, payload: unknown): Promise<Decision>;
}

type RawOption = {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  options?: readonly RawOption[];
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function rawOptions(value: unknown): RawOption[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((o) => {
    const r = record(o);
    if (typeof r.name !== 'string' || typeof r.type !== 'number') return [];
    return [{ ...r, name: r.name, type: r.type, options: rawOptions(r.options) } as RawOption];
  });
}

function focusedOf(options: readonly RawOption[]): { name: string; value: string } | undefined {
  for (const o of options) {
    if (o.focused) return { name: o.name, value: String(o.value ?? '') };
    const inner = focusedOf(o.options ?? []);
    if (inner) return inner;
  }
  return undefined;
}

export function placeOfPayload(payload: unknown): Place & { focused?: { name: string; value: string } } {
  const p = record(payload);
  const member = record(p.member);
  const options = rawOptions(record(p.data).options);
  const focused = focusedOf(options);
  return {
    guildId: str(p.guild_id),
    channelId: str(p.channel_id) ?? str(record(p.channel).id),
    userId: str(record(member.user).id) ?? str(record(p.user).id) ?? 'unknown',
    permissions: str(member.permissions),
    ...subcommandOptions(options),
    ...(focused && { focused }),
  };
}

export function httpHook(server: Decider): RawInteractionHook {
  return {
    decide(engine, input, payload) {
      const place = placeOfPayload(payload);
      // A sub-command's focused option is one level down, where the endpoint's own reading does not look.
      const seen =
        input.kind === 'autocomplete' && place.focused ? { ...input, focused: place.focused } : input;
      return server.decide(engine, seen, place);
    },
  };
}
