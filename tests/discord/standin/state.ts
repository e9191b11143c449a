/** State shared by the REST side, the gateway and the interaction bookkeeping of one stand-in. */
import type { APIApplicationCommand, APIMessage } from 'discord-api-types/v10';
import type { InteractionRecord } from './interactions.js';
import type { RefusedCall } from './types.js';
import type { World } from './world.js';

/**
 * Sends a gateway event that needs `intent` to the session owning `guildId` (null: shard 0), with the payload
 * `build` makes for that session's intents. Returns the shard, or undefined when the session lacks the intent.
 */
export type DeliverWithIntent = (
  event: string,
  guildId: string | null,
  intent: number,
  build: (intents: number) => Record<string, unknown>,
) => [number, number] | undefined;

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
  /**
   * Every message, latest version, by id: what the bot created through interactions or posted in channels, and
   * the users' messages sent with sendMessage (with their full content).
   */
  messages: Map<string, APIMessage>;
  /** `allowed_mentions` exactly as the bot sent it, by the id of the channel message it created. */
  sentAllowedMentions: Map<string, unknown>;
  /** Refused channel posts that replied to a message, by the id of the message they replied to. */
  replyRefusals: Map<string, RefusedCall[]>;
  /** `channel id:nonce` → the message created with it (for `enforce_nonce`). */
  nonces: Map<string, { messageId: string; at: number }>;
  /** Called after every change to channel messages (waitForReply, noReplyWithin). */
  messageWaiters: Set<() => void>;
  /** Set once the gateway exists. */
  deliver: DeliverWithIntent;
  timers: Set<NodeJS.Timeout>;
  closed: boolean;
  /** Channels the bot can no longer post in: deleted (404 Unknown Channel) or closed to it (403 Missing Access). */
  closedChannels: Map<string, 'deleted' | 'no-access'>;
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
