/**
 * Channel messages: what users post (MESSAGE_CREATE, filtered by intents and the MessageContent rule like Discord)
 * and what the bot posts, edits, reads and deletes under /channels/{id}/…, with Discord's rules checked.
 */
import type { APIGuildMember, APIMessage, APIUser } from 'discord-api-types/v10';
import { type DiscordErrorBody, ERRORS, FieldErrors } from './errors.js';
import type { ParsedBody } from './http.js';
import { isSnowflake, snowflake } from './ids.js';
import { ATTACHMENT_SIZE_LIMIT, type Reply } from './interactions.js';
import {
  type AttachmentOrigin,
  attachmentsFrom,
  bodyIsEmpty,
  componentsFrom,
  editMessage,
  embedsFrom,
  hasVisibleContent,
} from './messages.js';
import { CREATE_FLAGS, checkMessage, EDIT_FLAGS, isRecord, MessageFlagBits } from './rules.js';
import { later, type StandInState, violate } from './state.js';
import type { MessageContext, MessageHandle, RefusedCall, SentMessage } from './types.js';
import {
  dmChannel,
  dmChannelFor,
  guildByChannel,
  guildById,
  memberFor,
  textChannel,
  userFor,
} from './world.js';

export const Intent = {
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

/** Flags a bot's channel message may carry: those of an interaction message except EPHEMERAL. */
export const CHANNEL_CREATE_FLAGS = CREATE_FLAGS & ~MessageFlagBits.Ephemeral;
/** How long Discord remembers a nonce for `enforce_nonce`. */
const NONCE_TTL_MS = 5 * 60_000;
const NONCE_MAX_LENGTH = 25;
const MESSAGE_TYPE_DEFAULT = 0;
const MESSAGE_TYPE_REPLY = 19;

type StoredMessage = APIMessage & { guild_id?: string };

interface ChannelInfo {
  id: string;
  /** `null` for a DM channel. */
  guildId: string | null;
  /** The user a DM channel is with. */
  recipient?: APIUser;
}

function channelInfo(state: StandInState, channelId: string): ChannelInfo | undefined {
  const { world } = state;
  const guild = guildByChannel(world, channelId);
  if (guild) return { id: channelId, guildId: guild.id };
  const userId = world.dmChannels.get(channelId);
  if (userId !== undefined) return { id: channelId, guildId: null, recipient: userFor(world, userId) };
  return undefined;
}

function memberWithoutUser(state: StandInState, user: APIUser): Omit<APIGuildMember, 'user'> {
  const { user: _user, ...member } = memberFor(state.world, user);
  return member;
}

function changed(state: StandInState): void {
  for (const waiter of [...state.messageWaiters]) waiter();
}

// ---------------------------------------------------------------------------------------------------------------
// Mentions and what a reader may see

/** User ids mentioned as `<@id>` or `<@!id>` in the content, in order, once each. */
function mentionedIds(content: string): string[] {
  return [...new Set([...content.matchAll(/<@!?(\d{17,20})>/g)].map((m) => m[1] as string))];
}

const EVERYONE = /@(everyone|here)\b/;

/**
 * `mentions` and `mention_everyone` of a message the bot sends: what `allowed_mentions` lets Discord parse
 * (without it: every user mention, @everyone/@here, and the replied-to author).
 */
function botMentions(
  state: StandInState,
  content: string,
  allowed: unknown,
  replyTo: StoredMessage | undefined,
  inGuild: boolean,
): { mentions: APIUser[]; everyone: boolean } {
  const { world } = state;
  let ids = mentionedIds(content);
  let everyone = inGuild && EVERYONE.test(content);
  let repliedUser = true;
  if (isRecord(allowed)) {
    const parse = Array.isArray(allowed.parse) ? allowed.parse : [];
    if (!parse.includes('users')) {
      const listed = Array.isArray(allowed.users) ? allowed.users.map(String) : [];
      ids = ids.filter((id) => listed.includes(id));
    }
    everyone = everyone && parse.includes('everyone');
    repliedUser = allowed.replied_user === true;
  }
  const author = replyTo?.author.id;
  if (author !== undefined && repliedUser && author !== world.applicationId && !ids.includes(author))
    ids.push(author);
  const mentions = ids.map((id) => (id === world.applicationId ? world.botUser : userFor(world, id)));
  return { mentions, everyone };
}

/**
 * Discord's MessageContent rule: without the intent, a guild message's content, embeds, attachments, components
 * and poll are empty unless the bot wrote it or is mentioned in it. DMs are always readable.
 */
function readable(state: StandInState, message: StoredMessage, contentIntent: boolean): boolean {
  const { applicationId } = state.world;
  return (
    contentIntent ||
    message.guild_id === undefined ||
    message.author.id === applicationId ||
    message.mentions.some((u) => u.id === applicationId)
  );
}

/** The message as a reader with (or without) the MessageContent intent gets it, with `referenced_message`. */
function render(state: StandInState, message: StoredMessage, contentIntent: boolean, nested = false) {
  const out = structuredClone(message) as unknown as Record<string, unknown>;
  if (!readable(state, message, contentIntent)) {
    out.content = '';
    out.embeds = [];
    out.attachments = [];
    out.components = [];
    delete out.poll;
  }
  const ref = message.message_reference?.message_id;
  if (!nested && ref !== undefined && message.type === MESSAGE_TYPE_REPLY) {
    const referenced = state.messages.get(ref) as StoredMessage | undefined;
    out.referenced_message = referenced ? render(state, referenced, contentIntent, true) : null;
  }
  return out;
}

/** With MessageContent enabled "in the developer portal": what REST answers show. */
function restContentIntent(state: StandInState): boolean {
  return (state.privilegedIntents & Intent.MessageContent) !== 0;
}

/** MESSAGE_CREATE for the session with `intents`: the message plus `member`, `channel_type` and members of mentions. */
function gatewayMessage(
  state: StandInState,
  message: StoredMessage,
  intents: number,
): Record<string, unknown> {
  const out = render(state, message, (intents & Intent.MessageContent) !== 0);
  const inGuild = message.guild_id !== undefined;
  out.channel_type = inGuild ? 0 : 1;
  if (inGuild) {
    out.member = memberWithoutUser(state, message.author);
    out.mentions = message.mentions.map((u) => ({ ...u, member: memberWithoutUser(state, u) }));
  }
  return out;
}

/**
 * Sends MESSAGE_CREATE to the session that owns the message's guild (DMs: shard 0) if it has the intent.
 * Returns the shard and the payload sent, or undefined when the session lacks the intent.
 */
function deliver(
  state: StandInState,
  message: StoredMessage,
): { shard: [number, number]; payload: Record<string, unknown> } | undefined {
  const guildId = message.guild_id ?? null;
  const intent = guildId === null ? Intent.DirectMessages : Intent.GuildMessages;
  let payload: Record<string, unknown> = {};
  const shard = state.deliver('MESSAGE_CREATE', guildId, intent, (intents) => {
    payload = gatewayMessage(state, message, intents);
    return payload;
  });
  return shard === undefined ? undefined : { shard, payload };
}

// ---------------------------------------------------------------------------------------------------------------
// A user's message

export function sendMessage(state: StandInState, content: string, ctx: MessageContext = {}): MessageHandle {
  const { world } = state;
  const guildId = ctx.guildId !== undefined ? ctx.guildId : world.guildId;
  const userId = ctx.userId ?? state.defaultUserId;
  if (userId === world.applicationId)
    throw new Error('sendMessage: the author cannot be the bot; the stand-in plays users');
  const user = userFor(world, userId, ctx.username);
  let channelId: string;
  if (guildId === null) {
    if (ctx.mentionEveryone) throw new Error('sendMessage: a DM cannot mention @everyone');
    channelId = dmChannelFor(world, userId, ctx.channelId);
  } else {
    const guild = guildById(world, guildId);
    if (!guild) throw new Error(`sendMessage: the bot is not in guild ${guildId}`);
    if (ctx.channelId !== undefined && ctx.channelId !== guild.channelId)
      throw new Error(`sendMessage: guild ${guildId} has one text channel, ${guild.channelId}`);
    channelId = guild.channelId;
  }
  const tag = `<@${world.applicationId}>`;
  const tagged = content.includes(tag) || content.includes(`<@!${world.applicationId}>`);
  const text = ctx.mentionsBot && !tagged ? `${tag} ${content}` : content;
  if (text.trim().length === 0) throw new Error('sendMessage: a user cannot send an empty message');

  const mentions = mentionedIds(text).map((id) =>
    id === world.applicationId ? world.botUser : userFor(world, id),
  );
  const message: StoredMessage = {
    id: snowflake(),
    channel_id: channelId,
    author: { ...user, bot: false },
    content: text,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: guildId !== null && (ctx.mentionEveryone ?? EVERYONE.test(text)),
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: MESSAGE_TYPE_DEFAULT,
    flags: 0,
    components: [],
    ...(guildId !== null ? { guild_id: guildId } : {}),
  } as unknown as StoredMessage;
  state.messages.set(message.id, message);
  let sent: ReturnType<typeof deliver>;
  try {
    sent = deliver(state, message);
  } catch (error) {
    state.messages.delete(message.id);
    throw error;
  }
  const deliveredContent = sent === undefined ? undefined : String(sent.payload.content);
  return makeMessageHandle(state, message, sent?.shard, deliveredContent);
}

function withAllowedMentions(state: StandInState, message: APIMessage): SentMessage {
  const out: SentMessage = structuredClone(message);
  if (state.sentAllowedMentions.has(message.id))
    out.allowed_mentions = structuredClone(state.sentAllowedMentions.get(message.id));
  return out;
}

/** A timer that does not keep the process alive and, unlike later(), still fires after close(): waits end. */
function bounded(ms: number, fn: () => void): NodeJS.Timeout {
  const timer = setTimeout(fn, Math.max(0, ms));
  timer.unref();
  return timer;
}

function makeMessageHandle(
  state: StandInState,
  message: StoredMessage,
  shard: [number, number] | undefined,
  deliveredContent: string | undefined,
): MessageHandle {
  const { applicationId } = state.world;
  const replies = (): SentMessage[] =>
    [...state.messages.values()]
      .filter((m) => m.author.id === applicationId && m.message_reference?.message_id === message.id)
      .map((m) => withAllowedMentions(state, m));
  const refused = (): RefusedCall[] => [...(state.replyRefusals.get(message.id) ?? [])];
  const describeRefused = () => {
    const list = refused();
    return list.length === 0
      ? ''
      : `; refused: ${list.map((r) => `${r.method} ${r.route} → ${r.status} ${JSON.stringify(r.body)}`).join('; ')}`;
  };
  const label = `message ${message.id} ("${message.content.slice(0, 40)}")`;

  return {
    id: message.id,
    channelId: message.channel_id,
    guildId: message.guild_id ?? null,
    message: structuredClone(message),
    shard,
    delivered: shard !== undefined,
    deliveredContent,
    replies,
    refused,
    waitForReply: (timeoutMs = 5000) =>
      new Promise<SentMessage>((resolve, reject) => {
        const first = replies()[0];
        if (first) {
          resolve(first);
          return;
        }
        let timer: NodeJS.Timeout | undefined;
        const waiter = () => {
          const reply = replies()[0];
          if (!reply) return;
          state.messageWaiters.delete(waiter);
          clearTimeout(timer);
          resolve(reply);
        };
        state.messageWaiters.add(waiter);
        timer = bounded(timeoutMs, () => {
          state.messageWaiters.delete(waiter);
          const where = shard === undefined ? ' (it was never delivered: the session lacks the intent)' : '';
          reject(new Error(`${label}: no reply within ${timeoutMs} ms${where}${describeRefused()}`));
        });
      }),
    noReplyWithin: (ms) =>
      new Promise<void>((resolve, reject) => {
        const fail = (reply: SentMessage) =>
          reject(new Error(`${label}: the bot replied "${reply.content.slice(0, 200)}" (expected no reply)`));
        const first = replies()[0];
        if (first) {
          fail(first);
          return;
        }
        let timer: NodeJS.Timeout | undefined;
        const waiter = () => {
          const reply = replies()[0];
          if (!reply) return;
          state.messageWaiters.delete(waiter);
          clearTimeout(timer);
          fail(reply);
        };
        state.messageWaiters.add(waiter);
        timer = bounded(ms, () => {
          state.messageWaiters.delete(waiter);
          resolve();
        });
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// REST: /channels/{id}/… and POST /users/@me/channels

export interface ChannelRouteContext {
  method: string;
  /** Decoded path segments after /api/v10/. */
  parts: string[];
  query: URLSearchParams;
  body: ParsedBody;
  /** `POST /channels/:id/messages`: how violations name the route. */
  route: string;
}

function refuse(
  state: StandInState,
  ctx: ChannelRouteContext,
  status: number,
  body: DiscordErrorBody,
  detail: string,
  replyTo?: string,
): Reply {
  violate(state, `${ctx.route}: ${status} ${body.code} ${body.message}${detail ? ` — ${detail}` : ''}`);
  if (replyTo !== undefined) {
    const list = state.replyRefusals.get(replyTo) ?? [];
    list.push({ method: ctx.method, route: ctx.route.replace(/^\S+ /, ''), status, body });
    state.replyRefusals.set(replyTo, list);
    changed(state);
  }
  return { status, body };
}

function methodNotAllowed(state: StandInState, ctx: ChannelRouteContext): Reply {
  return refuse(state, ctx, 405, ERRORS.methodNotAllowed, '');
}

/**
 * `GET /channels/{id}`, `POST /channels/{id}/typing`, `GET|POST /channels/{id}/messages`,
 * `GET|PATCH|DELETE /channels/{id}/messages/{id}`. Undefined for other routes under /channels.
 */
export function handleChannelRoute(state: StandInState, ctx: ChannelRouteContext): Reply | undefined {
  const [, channelId, sub, messageId] = ctx.parts;
  const n = ctx.parts.length;
  if (!channelId) return undefined;
  const known =
    n === 2 || (n === 3 && (sub === 'typing' || sub === 'messages')) || (n === 4 && sub === 'messages');
  if (!known) return undefined;
  const channel = channelInfo(state, channelId);
  if (!channel) return refuse(state, ctx, 404, ERRORS.unknownChannel, `channel ${channelId}`);
  const closed = state.closedChannels.get(channelId);
  if (closed === 'deleted') return { status: 404, body: ERRORS.unknownChannel };
  if (closed === 'no-access') return { status: 403, body: ERRORS.missingAccess };

  if (n === 2) {
    if (ctx.method !== 'GET') return methodNotAllowed(state, ctx);
    const guild = channel.guildId === null ? undefined : guildById(state.world, channel.guildId);
    if (guild) return { status: 200, body: textChannel(guild) };
    return { status: 200, body: dmChannel(channel.id, channel.recipient as APIUser) };
  }
  if (sub === 'typing') {
    if (ctx.method !== 'POST') return methodNotAllowed(state, ctx);
    return { status: 204 };
  }
  if (n === 3) {
    if (ctx.method === 'GET') return listMessages(state, ctx, channel);
    if (ctx.method === 'POST') return postMessage(state, ctx, channel);
    return methodNotAllowed(state, ctx);
  }
  const id = messageId as string;
  const existing = state.messages.get(id) as StoredMessage | undefined;
  if (!existing || existing.channel_id !== channel.id || isHidden(existing))
    return refuse(state, ctx, 404, ERRORS.unknownMessage, `message ${id} in channel ${channel.id}`);
  if (ctx.method === 'GET') return { status: 200, body: render(state, existing, restContentIntent(state)) };
  if (ctx.method === 'PATCH') return patchMessage(state, ctx, channel, existing);
  if (ctx.method === 'DELETE') {
    if (existing.author.id !== state.world.applicationId) {
      return channel.guildId === null
        ? refuse(state, ctx, 403, ERRORS.dmAction, "the bot cannot delete a user's message in a DM")
        : refuse(
            state,
            ctx,
            403,
            ERRORS.missingPermissions,
            "deleting another user's message needs MANAGE_MESSAGES, which the bot lacks",
          );
    }
    state.messages.delete(existing.id);
    state.sentAllowedMentions.delete(existing.id);
    changed(state);
    return { status: 204 };
  }
  return methodNotAllowed(state, ctx);
}

/** Ephemeral interaction messages and "thinking…" placeholders are not channel messages. */
function isHidden(message: APIMessage): boolean {
  return ((message.flags ?? 0) & (MessageFlagBits.Ephemeral | MessageFlagBits.Loading)) !== 0;
}

function listMessages(state: StandInState, ctx: ChannelRouteContext, channel: ChannelInfo): Reply {
  const errors = new FieldErrors();
  const rawLimit = ctx.query.get('limit');
  const limit = rawLimit === null ? 50 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    errors.add(['limit'], 'NUMBER_TYPE_MAX', 'int value should be between 1 and 100.');
  const anchors = (['before', 'after', 'around'] as const).filter((k) => ctx.query.has(k));
  for (const key of anchors) {
    if (!isSnowflake(ctx.query.get(key)))
      errors.add([key], 'NUMBER_TYPE_COERCE', `Value "${ctx.query.get(key)}" is not snowflake.`);
  }
  if (!errors.empty) return refuse(state, ctx, 400, errors.body(), errors.describe().join('; '));
  let list = [...state.messages.values()]
    .filter((m) => m.channel_id === channel.id && !isHidden(m))
    .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  const anchor = anchors[0];
  const at = anchor ? BigInt(ctx.query.get(anchor) as string) : 0n;
  if (anchor === 'before') list = list.filter((m) => BigInt(m.id) < at).slice(0, limit);
  else if (anchor === 'after') list = list.filter((m) => BigInt(m.id) > at).slice(-limit);
  else if (anchor === 'around') {
    const index = list.findIndex((m) => BigInt(m.id) <= at);
    const start = Math.max(0, (index < 0 ? list.length : index) - Math.floor(limit / 2));
    list = list.slice(start, start + limit);
  } else list = list.slice(0, limit);
  const contentIntent = restContentIntent(state);
  return { status: 200, body: list.map((m) => render(state, m as StoredMessage, contentIntent)) };
}

function checkNonce(data: Record<string, unknown>, errors: FieldErrors): void {
  const nonce = data.nonce;
  if (nonce === undefined || nonce === null) return;
  if (typeof nonce === 'number') {
    if (!Number.isSafeInteger(nonce))
      errors.add(['nonce'], 'NUMBER_TYPE_COERCE', `Value "${nonce}" is not int.`);
    return;
  }
  if (typeof nonce !== 'string') {
    errors.add(['nonce'], 'BASE_TYPE_STRING', 'Could not interpret value as string.');
    return;
  }
  if (nonce.length > NONCE_MAX_LENGTH)
    errors.add(['nonce'], 'BASE_TYPE_MAX_LENGTH', `Must be ${NONCE_MAX_LENGTH} or fewer in length.`);
}

interface ReferenceCheck {
  /** The message replied to, when the reference is valid and points to one. */
  target?: StoredMessage;
  /** The id the request tried to reply to (for refusals). */
  targetId?: string;
}

/** `message_reference` of a reply: a known message in this channel (unless `fail_if_not_exists` is false). */
function checkReference(
  state: StandInState,
  data: Record<string, unknown>,
  channel: ChannelInfo,
  errors: FieldErrors,
): ReferenceCheck {
  const ref = data.message_reference;
  if (ref === undefined || ref === null) return {};
  const path = ['message_reference'];
  if (!isRecord(ref)) {
    errors.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return {};
  }
  if (ref.type !== undefined && ref.type !== null && ref.type !== 0) {
    errors.add(
      [...path, 'type'],
      'MESSAGE_REFERENCE_TYPE_UNSUPPORTED',
      `Reference type ${String(ref.type)} (forwarding) is not supported by the stand-in; only replies (0).`,
    );
    return {};
  }
  const id = ref.message_id;
  if (id === undefined || id === null) {
    errors.add([...path, 'message_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
    return {};
  }
  if (!isSnowflake(id)) {
    errors.add([...path, 'message_id'], 'NUMBER_TYPE_COERCE', `Value "${String(id)}" is not snowflake.`);
    return {};
  }
  const mustExist = ref.fail_if_not_exists !== false;
  if (ref.channel_id !== undefined && ref.channel_id !== null && ref.channel_id !== channel.id) {
    errors.add(
      path,
      'REPLIES_CANNOT_REFERENCE_OTHER_CHANNEL',
      'Cannot reply to a message in a different channel',
    );
    return { targetId: id };
  }
  if (ref.guild_id !== undefined && ref.guild_id !== null && ref.guild_id !== channel.guildId) {
    errors.add([...path, 'guild_id'], 'MESSAGE_REFERENCE_UNKNOWN_GUILD', 'Unknown guild');
    return { targetId: id };
  }
  const target = state.messages.get(id) as StoredMessage | undefined;
  if (!target || isHidden(target) || target.channel_id !== channel.id) {
    if (mustExist) {
      const where = target && !isHidden(target) ? ` (it is in channel ${target.channel_id})` : '';
      errors.add(path, 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', `Unknown message${where}`);
    }
    return { targetId: id };
  }
  return { target, targetId: id };
}

function tooLargeFile(body: ParsedBody) {
  return body.files.find((f) => f.size > ATTACHMENT_SIZE_LIMIT);
}

function postMessage(state: StandInState, ctx: ChannelRouteContext, channel: ChannelInfo): Reply {
  const { world } = state;
  const { body } = ctx;
  const errors = new FieldErrors();
  const data = isRecord(body.json) ? body.json : undefined;
  if (body.json !== undefined && !data)
    errors.add([], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
  checkMessage(body.json, errors, [], {
    mode: 'create',
    allowedFlags: CHANNEL_CREATE_FLAGS,
    fileCount: body.files.length,
  });
  const reference = data ? checkReference(state, data, channel, errors) : {};
  if (data) checkNonce(data, errors);
  const replyTo = reference.targetId;
  if (!errors.empty) return refuse(state, ctx, 400, errors.body(), errors.describe().join('; '), replyTo);
  if (bodyIsEmpty(data, body.files.length))
    return refuse(state, ctx, 400, ERRORS.emptyMessage, 'message with nothing in it', replyTo);
  const big = tooLargeFile(body);
  if (big) return refuse(state, ctx, 413, ERRORS.tooLarge, `${big.name} is ${big.size} bytes`, replyTo);
  const d = data ?? {};

  const nonce = typeof d.nonce === 'string' || typeof d.nonce === 'number' ? d.nonce : undefined;
  const nonceKey = nonce === undefined ? undefined : `${channel.id}:${String(nonce)}`;
  if (nonceKey !== undefined && d.enforce_nonce === true) {
    const seen = state.nonces.get(nonceKey);
    const earlier =
      seen && Date.now() - seen.at < NONCE_TTL_MS ? state.messages.get(seen.messageId) : undefined;
    // Discord answers a repeated nonce with the message it already created, and creates nothing.
    if (earlier) return { status: 200, body: render(state, earlier, restContentIntent(state)) };
  }

  const content = typeof d.content === 'string' ? d.content : '';
  const { target } = reference;
  const { mentions, everyone } = botMentions(
    state,
    content,
    d.allowed_mentions,
    target,
    channel.guildId !== null,
  );
  const origin: AttachmentOrigin = { channelId: channel.id, cdnBase: state.httpBase };
  const message: StoredMessage = {
    id: snowflake(),
    channel_id: channel.id,
    author: world.botUser,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: d.tts === true,
    mention_everyone: everyone,
    mentions,
    mention_roles: [],
    attachments: attachmentsFrom(d, body.files, origin, []),
    embeds: embedsFrom(d.embeds),
    components: componentsFrom(d.components),
    pinned: false,
    type: target ? MESSAGE_TYPE_REPLY : MESSAGE_TYPE_DEFAULT,
    flags: typeof d.flags === 'number' ? d.flags : 0,
    ...(nonce !== undefined ? { nonce } : {}),
    ...(target
      ? {
          message_reference: {
            type: 0,
            message_id: target.id,
            channel_id: channel.id,
            ...(channel.guildId !== null ? { guild_id: channel.guildId } : {}),
          },
        }
      : {}),
    ...(channel.guildId !== null ? { guild_id: channel.guildId } : {}),
  } as unknown as StoredMessage;
  state.messages.set(message.id, message);
  if ('allowed_mentions' in d) state.sentAllowedMentions.set(message.id, structuredClone(d.allowed_mentions));
  if (nonceKey !== undefined) state.nonces.set(nonceKey, { messageId: message.id, at: Date.now() });
  changed(state);
  // Discord also sends the bot its own message on the gateway (with the intent), right after answering.
  later(state, 0, () => {
    if (!state.messages.has(message.id)) return;
    try {
      deliver(state, message);
    } catch {
      // No gateway session (a REST-only client): nothing to deliver to.
    }
  });
  return { status: 200, body: render(state, message, restContentIntent(state)) };
}

function patchMessage(
  state: StandInState,
  ctx: ChannelRouteContext,
  channel: ChannelInfo,
  existing: StoredMessage,
): Reply {
  if (existing.author.id !== state.world.applicationId)
    return refuse(state, ctx, 403, ERRORS.editOthers, `message ${existing.id} is a user's`);
  const { body } = ctx;
  const errors = new FieldErrors();
  checkMessage(body.json, errors, [], {
    mode: 'edit',
    allowedFlags: EDIT_FLAGS,
    fileCount: body.files.length,
    existingAttachmentIds: existing.attachments.map((a) => a.id),
    existingFlags: existing.flags ?? 0,
  });
  if (!errors.empty) return refuse(state, ctx, 400, errors.body(), errors.describe().join('; '));
  const big = tooLargeFile(body);
  if (big) return refuse(state, ctx, 413, ERRORS.tooLarge, `${big.name} is ${big.size} bytes`);
  const data = isRecord(body.json) ? body.json : undefined;
  const next = editMessage(existing, data, body.files, { channelId: channel.id, cdnBase: state.httpBase });
  if (!hasVisibleContent(next))
    return refuse(state, ctx, 400, ERRORS.emptyMessage, 'the edit leaves the message empty');
  if (data && ('content' in data || 'allowed_mentions' in data)) {
    if ('allowed_mentions' in data)
      state.sentAllowedMentions.set(next.id, structuredClone(data.allowed_mentions));
    const replyTo = existing.message_reference?.message_id;
    const target =
      replyTo === undefined ? undefined : (state.messages.get(replyTo) as StoredMessage | undefined);
    const { mentions, everyone } = botMentions(
      state,
      next.content,
      state.sentAllowedMentions.get(next.id),
      target,
      channel.guildId !== null,
    );
    next.mentions = mentions;
    next.mention_everyone = everyone;
  }
  state.messages.set(next.id, next);
  changed(state);
  return { status: 200, body: render(state, next, restContentIntent(state)) };
}

/** `POST /users/@me/channels` with `recipient_id`: the DM channel with that user (made on first use). */
export function createDm(state: StandInState, ctx: ChannelRouteContext): Reply {
  const data = isRecord(ctx.body.json) ? ctx.body.json : undefined;
  const recipient = data?.recipient_id;
  if (!isSnowflake(recipient)) {
    const errors = new FieldErrors();
    if (recipient === undefined || recipient === null)
      errors.add(['recipient_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
    else errors.add(['recipient_id'], 'NUMBER_TYPE_COERCE', `Value "${String(recipient)}" is not snowflake.`);
    return refuse(state, ctx, 400, errors.body(), errors.describe().join('; '));
  }
  if (recipient === state.world.applicationId)
    return refuse(state, ctx, 400, ERRORS.unknownUser, 'the bot cannot open a DM with itself');
  const id = dmChannelFor(state.world, recipient);
  return { status: 200, body: dmChannel(id, userFor(state.world, recipient)) };
}
