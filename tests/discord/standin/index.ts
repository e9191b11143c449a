/**
 * A local stand-in for Discord for end-to-end tests: the real discord.js client logs in to it over REST and the
 * gateway on 127.0.0.1, receives interactions and answers them. Everything it answers follows Discord's rules,
 * and every rule the bot breaks is answered with Discord's error and recorded in `violations`.
 *
 * See /work/shared/research/discord-wire.md for the protocol it speaks.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendMessage } from './channels.js';
import { Close, Gateway } from './gateway.js';
import { fakeBotToken, isSnowflake, snowflake, snowflakeAfter } from './ids.js';
import { makeHandle, sendAutocomplete, sendCommand, sendComponent } from './interactions.js';
import { createRestHandler } from './rest.js';
import type { StandInState } from './state.js';
import type { DiscordStandIn, StandInOptions } from './types.js';
import { createWorld, shardOf } from './world.js';

export type * from './types.js';

export async function startDiscordStandIn(options: StandInOptions = {}): Promise<DiscordStandIn> {
  const applicationId = options.applicationId ?? snowflake(Date.now() - 86_400_000);
  const guildId = options.guildId ?? snowflake(Date.now() - 3_600_000);
  const extraCount = options.extraGuilds ?? 0;
  if (!Number.isInteger(extraCount) || extraCount < 0)
    throw new RangeError(`extraGuilds must be a whole number ≥ 0, got ${extraCount}`);
  const guildIds: [string, ...string[]] = [
    guildId,
    ...(options.extraGuildIds ?? []),
    ...Array.from({ length: extraCount }, (_, i) => snowflakeAfter(guildId, i + 1)),
  ];
  for (const id of guildIds) if (!isSnowflake(id)) throw new RangeError(`guild id ${id} is not a snowflake`);
  if (new Set(guildIds).size !== guildIds.length)
    throw new RangeError(`guild ids repeat: ${guildIds.join(', ')}`);
  const recommendedShards = options.recommendedShards ?? 1;
  if (!Number.isInteger(recommendedShards) || recommendedShards < 1)
    throw new RangeError(`recommendedShards must be a whole number ≥ 1, got ${recommendedShards}`);
  const callbackDelayMs = options.callbackDelayMs ?? 0;
  if (!(callbackDelayMs >= 0)) throw new RangeError(`callbackDelayMs must be ≥ 0, got ${callbackDelayMs}`);
  const world = createWorld(applicationId, guildIds);
  const state: StandInState = {
    world,
    token: options.token ?? fakeBotToken(applicationId),
    ackDeadlineMs: options.ackDeadlineMs ?? 3000,
    interactionTokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    privilegedIntents: options.privilegedIntents ?? 0,
    recommendedShards,
    callbackDelayMs,
    defaultUserId: snowflake(Date.now() - 7_200_000),
    httpBase: '',
    gatewayUrl: '',
    violations: [],
    globalCommands: [],
    guildCommands: new Map(),
    interactions: new Map(),
    interactionsByToken: new Map(),
    messages: new Map(),
    sentAllowedMentions: new Map(),
    replyRefusals: new Map(),
    nonces: new Map(),
    messageWaiters: new Set(),
    deliver: () => {
      throw new Error('stand-in gateway: not started');
    },
    timers: new Set(),
    closed: false,
    closedChannels: new Map(),
  };

  const server = createServer(createRestHandler(state));
  server.keepAliveTimeout = 5000;
  const gateway = new Gateway(state, server);
  state.deliver = (event, guild, intent, build) => gateway.dispatchWithIntent(event, guild, intent, build);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  state.httpBase = `http://127.0.0.1:${port}`;
  state.gatewayUrl = `ws://127.0.0.1:${port}`;
  const dispatch = (event: string, data: Record<string, unknown>) => gateway.dispatch(event, data);

  const standIn: DiscordStandIn = {
    apiBase: `${state.httpBase}/api`,
    gatewayUrl: state.gatewayUrl,
    token: state.token,
    applicationId,
    guildId,
    channelId: world.channelId,
    guildIds: world.guilds.map((g) => g.id),
    guilds: world.guilds.map((g) => ({ ...g })),
    shardOf,
    globalCommands: state.globalCommands,
    guildCommands: (id) => state.guildCommands.get(id) ?? [],
    violations: state.violations,
    get identifyCount() {
      return gateway.identifyCount;
    },
    get resumeCount() {
      return gateway.resumeCount;
    },
    get heartbeatCount() {
      return gateway.heartbeatCount;
    },
    get lastIdentify() {
      return gateway.lastIdentify;
    },
    identifies: gateway.identifies,
    waitForReady: (timeoutMs = 10_000) => gateway.until(() => gateway.readyCount > 0, timeoutMs, 'READY'),
    waitForIdentify: (count, timeoutMs = 10_000) =>
      gateway.until(() => gateway.identifyCount >= count, timeoutMs, `IDENTIFY #${count}`),
    waitForResume: (count, timeoutMs = 10_000) => {
      const target = count ?? gateway.resumeCount + 1;
      return gateway.until(() => gateway.resumeCount >= target, timeoutMs, `RESUME #${target}`);
    },
    sendCommand: (name, opts, ctx) => makeHandle(state, sendCommand(state, dispatch, name, opts, ctx)),
    sendAutocomplete: (name, opts, ctx) =>
      makeHandle(state, sendAutocomplete(state, dispatch, name, opts, ctx)),
    sendComponent: (message, customId, ctx) =>
      makeHandle(state, sendComponent(state, dispatch, message, customId, ctx)),
    sendMessage: (content, ctx) => sendMessage(state, content, ctx),
    closeChannel: (channelId, how = 'deleted') => {
      state.closedChannels.set(channelId, how);
    },
    channelMessages: (channelId) =>
      [...state.messages.values()]
        .filter((m) => m.channel_id === channelId && m.author.id === applicationId && !m.interaction_metadata)
        .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)),
    dmChannelOf: (userId) => [...world.dmChannels].find(([, user]) => user === userId)?.[0],
    dropConnection: (code, shardId) => gateway.dropConnection(code ?? Close.UnknownError, shardId),
    requestReconnect: (shardId) => gateway.requestReconnect(shardId),
    invalidateSession: (resumable, shardId) => gateway.invalidateSession(resumable, shardId),
    requestHeartbeat: (shardId) => gateway.requestHeartbeat(shardId),
    close: async () => {
      if (state.closed) return;
      state.closed = true;
      for (const timer of state.timers) clearTimeout(timer);
      state.timers.clear();
      state.messageWaiters.clear();
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standIn;
}
