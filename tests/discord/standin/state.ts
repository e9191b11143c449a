/** State shared by the REST side, the gateway and the interaction bookkeeping of one stand-in. */
import type { APIApplicationCommand, APIMessage } from 'discord-api-types/v10';
import type { InteractionRecord } from './interactions.js';
import type { World } from './world.js';

export interface StandInState {
  world: World;
  token: string;
  ackDeadlineMs: number;
  interactionTokenTtlMs: number;
  heartbeatIntervalMs: number;
  privilegedIntents: number;
  /** `shards` in GET /gateway/bot. */
  recommendedShards: number;
  /** How long the answer to an interaction callback POST is held back. */
  callbackDelayMs: number;
  /** The user who "clicks" when a test does not say who. */
  defaultUserId: string;
  /** `http://127.0.0.1:<port>` once listening. */
  httpBase: string;
  gatewayUrl: string;
  violations: string[];
  globalCommands: APIApplicationCommand[];
  guildCommands: Map<string, APIApplicationCommand[]>;
  interactions: Map<string, InteractionRecord>;
  interactionsByToken: Map<string, InteractionRecord>;
  /** Every message the bot created through interactions, latest version, by id. */
  messages: Map<string, APIMessage>;
  timers: Set<NodeJS.Timeout>;
  closed: boolean;
}

export function violate(state: StandInState, text: string): void {
  state.violations.push(text);
}

/** A timer that never keeps the process alive and is cleared by close(). */
export function later(state: StandInState, ms: number, fn: () => void): NodeJS.Timeout {
  const timer = setTimeout(() => {
    state.timers.delete(timer);
    if (!state.closed) fn();
  }, ms);
  timer.unref();
  state.timers.add(timer);
  return timer;
}

export function cancel(state: StandInState, timer: NodeJS.Timeout | undefined): void {
  if (!timer) return;
  clearTimeout(timer);
  state.timers.delete(timer);
}
