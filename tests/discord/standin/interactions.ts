/**
 * Interactions: building INTERACTION_CREATE payloads, the 3-second acknowledgement clock, the callback route and the
 * interaction webhook (edit original, follow-ups), with Discord's rules checked on everything the bot sends.
 */
import type { APIApplicationCommand, APIMessage } from 'discord-api-types/v10';
import { type DiscordErrorBody, ERRORS, FieldErrors } from './errors.js';
import type { ParsedBody } from './http.js';
import { interactionToken, snowflake } from './ids.js';
import {
  bodyIsEmpty,
  createMessage,
  editMessage,
  hasVisibleContent,
  isLoading,
  type MessageOrigin,
} from './messages.js';
import {
  CALLBACK_TYPES_FOR,
  CREATE_FLAGS,
  checkAutocompleteResult,
  checkMessage,
  checkModal,
  DEFER_FLAGS,
  EDIT_FLAGS,
  isRecord,
  MessageFlagBits,
} from './rules.js';
import { cancel, later, type StandInState, violate } from './state.js';
import type {
  CallbackRecord,
  InteractionContext,
  InteractionHandle,
  InteractionOptionInput,
  RefusedCall,
  UploadedFile,
} from './types.js';
import {
  APP_PERMISSIONS,
  dmChannelFor,
  guildById,
  interactionChannel,
  MEMBER_PERMISSIONS,
  memberFor,
  userFor,
} from './world.js';

/** Discord's upload limit for a bot in an unboosted guild, sent as `attachment_size_limit`. */
export const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;
/** How long callback() waits past the deadline before it gives up. */
export const CALLBACK_MARGIN_MS = 500;

export interface Reply {
  status: number;
  body?: unknown;
}

export interface InteractionRecord {
  id: string;
  token: string;
  /** 2 application command, 3 message component, 4 autocomplete. */
  type: number;
  /** How violations name it: `/deal`, `autocomplete /deal`, `component deal:next`. */
  label: string;
  payload: Record<string, unknown>;
  createdAt: number;
  deadlineAt: number;
  tokenExpiresAt: number;
  focusedType?: number;
  origin: MessageOrigin;
  /** Components: the message the component sits on. */
  sourceMessageId?: string;
  callback?: CallbackRecord;
  /** When the first callback POST for it arrived (accepted or not). */
  callbackReceivedAt?: number;
  /** The shard session INTERACTION_CREATE was sent on. */
  shard?: [number, number];
  expired: boolean;
  originalId?: string;
  followUpIds: string[];
  refused: RefusedCall[];
  waiters: Set<() => void>;
  deadlineTimer?: NodeJS.Timeout;
}

function changed(rec: InteractionRecord): void {
  for (const waiter of [...rec.waiters]) waiter();
}

// ---------------------------------------------------------------------------------------------------------------
// Dispatching interactions

/** Sends a gateway event (routed by its `guild_id`) and returns the shard `[id, count]` it went to. */
export type Dispatch = (event: string, data: Record<string, unknown>) => [number, number];

interface BaseSpec {
  type: number;
  label: string;
  ctx: InteractionContext | undefined;
  data: Record<string, unknown>;
  guildId?: string | null;
  channelId?: string;
  message?: APIMessage;
  focusedType?: number;
  origin: Pick<MessageOrigin['interaction'], 'name' | 'commandType' | 'interactedMessageId'>;
}

function createInteraction(state: StandInState, dispatch: Dispatch, spec: BaseSpec): InteractionRecord {
  const { world } = state;
  const ctx = spec.ctx ?? {};
  const guildId =
    spec.guildId !== undefined ? spec.guildId : ctx.guildId !== undefined ? ctx.guildId : world.guildId;
  const user = userFor(world, ctx.userId ?? state.defaultUserId, ctx.username);
  const channelId =
    spec.channelId ??
    ctx.channelId ??
    (guildId === null
      ? dmChannelFor(world, user.id)
      : (guildById(world, guildId)?.channelId ?? world.channelId));
  const id = snowflake();
  const token = interactionToken();
  const owners: Record<string, string> = { '0': guildId ?? '0' };
  const payload: Record<string, unknown> = {
    id,
    application_id: world.applicationId,
    type: spec.type,
    data: spec.data,
    channel: interactionChannel(channelId, guildId, user),
    channel_id: channelId,
    token,
    version: 1,
    locale: ctx.locale ?? 'en-US',
    app_permissions: APP_PERMISSIONS,
    entitlements: [],
    authorizing_integration_owners: owners,
    context: guildId === null ? 1 : 0,
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
  if (guildId !== null) {
    payload.guild_id = guildId;
    payload.guild = { id: guildId, locale: 'en-US', features: [] };
    payload.guild_locale = 'en-US';
    payload.member = { ...memberFor(world, user), permissions: ctx.permissions ?? MEMBER_PERMISSIONS };
  } else {
    payload.user = user;
  }
  if (spec.message) payload.message = spec.message;

  const now = Date.now();
  const rec: InteractionRecord = {
    id,
    token,
    type: spec.type,
    label: spec.label,
    payload,
    createdAt: now,
    deadlineAt: now + state.ackDeadlineMs,
    tokenExpiresAt: now + state.interactionTokenTtlMs,
    origin: {
      channelId,
      guildId,
      author: world.botUser,
      applicationId: world.applicationId,
      cdnBase: state.httpBase,
      interaction: { id, type: spec.type, user, owners, ...spec.origin },
    },
    expired: false,
    followUpIds: [],
    refused: [],
    waiters: new Set(),
    ...(spec.focusedType !== undefined ? { focusedType: spec.focusedType } : {}),
    ...(spec.message ? { sourceMessageId: spec.message.id } : {}),
  };
  state.interactions.set(id, rec);
  state.interactionsByToken.set(token, rec);
  try {
    rec.shard = dispatch('INTERACTION_CREATE', payload);
  } catch (error) {
    state.interactions.delete(id);
    state.interactionsByToken.delete(token);
    throw error;
  }
  rec.deadlineTimer = later(state, state.ackDeadlineMs, () => {
    if (rec.callback) return;
    rec.expired = true;
    violate(
      state,
      `${rec.label}: not acknowledged within ${state.ackDeadlineMs} ms (the user sees "The application did not respond")`,
    );
    changed(rec);
  });
  return rec;
}

function findCommand(
  state: StandInState,
  name: string,
  guildId: string | null,
): APIApplicationCommand | undefined {
  const guild = guildId === null ? [] : (state.guildCommands.get(guildId) ?? []);
  return [...guild, ...state.globalCommands].find((c) => c.name === name && (c.type ?? 1) === 1);
}

function findFocused(
  options: readonly InteractionOptionInput[] | undefined,
): InteractionOptionInput | undefined {
  for (const option of options ?? []) {
    if (option.focused) return option;
    const inner = findFocused(option.options);
    if (inner) return inner;
  }
  return undefined;
}

function commandData(
  state: StandInState,
  name: string,
  options: InteractionOptionInput[] | undefined,
  guildId: string | null,
) {
  const registered = findCommand(state, name, guildId);
  const data: Record<string, unknown> = { id: registered?.id ?? snowflake(), name, type: 1 };
  if (registered?.guild_id) data.guild_id = registered.guild_id;
  if (options && options.length > 0) data.options = structuredClone(options);
  return data;
}

export function sendCommand(
  state: StandInState,
  dispatch: Dispatch,
  name: string,
  options: InteractionOptionInput[] | undefined,
  ctx: InteractionContext | undefined,
): InteractionRecord {
  const guildId = ctx?.guildId !== undefined ? ctx.guildId : state.world.guildId;
  return createInteraction(state, dispatch, {
    type: 2,
    label: `/${name}`,
    ctx,
    data: commandData(state, name, options, guildId),
    origin: { name, commandType: 1 },
  });
}

export function sendAutocomplete(
  state: StandInState,
  dispatch: Dispatch,
  name: string,
  options: InteractionOptionInput[],
  ctx: InteractionContext | undefined,
): InteractionRecord {
  const focused = findFocused(options);
  if (!focused) throw new Error(`sendAutocomplete(/${name}): one option needs focused: true`);
  const guildId = ctx?.guildId !== undefined ? ctx.guildId : state.world.guildId;
  return createInteraction(state, dispatch, {
    type: 4,
    label: `autocomplete /${name} (${focused.name})`,
    ctx,
    data: commandData(state, name, options, guildId),
    focusedType: focused.type,
    origin: { name, commandType: 1 },
  });
}

interface FoundComponent {
  type: number;
  disabled: boolean;
  options: string[];
  minValues: number;
  maxValues: number;
}

function findComponent(components: unknown, customId: string): FoundComponent | undefined {
  if (!Array.isArray(components)) return undefined;
  for (const c of components) {
    if (!isRecord(c)) continue;
    if (c.custom_id === customId) {
      return {
        type: Number(c.type),
        disabled: c.disabled === true,
        options: Array.isArray(c.options) ? c.options.filter(isRecord).map((o) => String(o.value)) : [],
        minValues: typeof c.min_values === 'number' ? c.min_values : 1,
        maxValues: typeof c.max_values === 'number' ? c.max_values : 1,
      };
    }
    const inner =
      findComponent(c.components, customId) ?? findComponent(c.accessory ? [c.accessory] : [], customId);
    if (inner) return inner;
  }
  return undefined;
}

export function sendComponent(
  state: StandInState,
  dispatch: Dispatch,
  message: unknown,
  customId: string,
  ctx: (InteractionContext & { values?: string[]; componentType?: number }) | undefined,
): InteractionRecord {
  const id =
    isRecord(message) && typeof message.id === 'string'
      ? message.id
      : typeof message === 'string'
        ? message
        : undefined;
  const stored = id === undefined ? undefined : state.messages.get(id);
  if (!stored) {
    throw new Error(
      `sendComponent: message ${String(id)} is not a message the bot sent through this stand-in (or it was deleted)`,
    );
  }
  const found = findComponent(stored.components, customId);
  if (!found)
    throw new Error(`sendComponent: message ${stored.id} has no component with custom_id "${customId}"`);
  if (found.disabled)
    throw new Error(`sendComponent: component "${customId}" is disabled; a user cannot use it`);
  const componentType = ctx?.componentType ?? found.type;
  const data: Record<string, unknown> = { custom_id: customId, component_type: componentType };
  if (componentType !== 2) {
    const values = ctx?.values ?? [];
    if (componentType === 3) {
      const unknown = values.filter((v) => !found.options.includes(v));
      if (unknown.length > 0)
        throw new Error(`sendComponent: "${customId}" has no option(s) ${unknown.join(', ')}`);
    }
    if (values.length < found.minValues || values.length > found.maxValues) {
      throw new Error(
        `sendComponent: "${customId}" takes ${found.minValues}–${found.maxValues} values, got ${values.length}`,
      );
    }
    data.values = values;
  }
  const guildId = (stored as APIMessage & { guild_id?: string }).guild_id ?? null;
  return createInteraction(state, dispatch, {
    type: 3,
    label: `component ${customId}`,
    ctx,
    data,
    guildId,
    channelId: stored.channel_id,
    message: structuredClone(stored),
    origin: { interactedMessageId: stored.id },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Handles

export function makeHandle(state: StandInState, rec: InteractionRecord): InteractionHandle {
  const waitFor = <T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const first = check();
      if (first !== undefined) {
        resolve(first);
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const waiter = () => {
        let value: T | undefined;
        try {
          value = check();
        } catch (error) {
          rec.waiters.delete(waiter);
          cancel(state, timer);
          reject(error);
          return;
        }
        if (value === undefined) return;
        rec.waiters.delete(waiter);
        cancel(state, timer);
        resolve(value);
      };
      rec.waiters.add(waiter);
      timer = later(state, Math.max(0, timeoutMs), () => {
        rec.waiters.delete(waiter);
        reject(new Error(describe()));
      });
    });

  return {
    id: rec.id,
    token: rec.token,
    get shard() {
      return rec.shard;
    },
    callbackReceived: (timeoutMs) =>
      waitFor(
        () => (rec.callbackReceivedAt === undefined ? undefined : rec.callbackReceivedAt - rec.createdAt),
        timeoutMs ?? rec.deadlineAt + CALLBACK_MARGIN_MS - Date.now(),
        () =>
          `${rec.label}: no callback POST arrived within ${timeoutMs !== undefined ? `${timeoutMs} ms` : `the ${state.ackDeadlineMs} ms deadline`}`,
      ),
    callback: () =>
      waitFor(
        () => {
          if (rec.callback) return rec.callback;
          if (rec.expired && Date.now() >= rec.deadlineAt + CALLBACK_MARGIN_MS) {
            throw new Error(`${rec.label}: no callback within the ${state.ackDeadlineMs} ms deadline`);
          }
          return undefined;
        },
        rec.deadlineAt + CALLBACK_MARGIN_MS - Date.now(),
        () =>
          `${rec.label}: no callback within the ${state.ackDeadlineMs} ms deadline${describeRefused(rec)}`,
      ),
    original: () => (rec.originalId ? state.messages.get(rec.originalId) : undefined),
    followUps: () =>
      rec.followUpIds.map((id) => state.messages.get(id)).filter((m): m is APIMessage => m !== undefined),
    waitForOriginal: (timeoutMs = 5000) =>
      waitFor(
        () => {
          const message = rec.originalId ? state.messages.get(rec.originalId) : undefined;
          return message && !isLoading(message) && hasVisibleContent(message) ? message : undefined;
        },
        timeoutMs,
        () => {
          const message = rec.originalId ? state.messages.get(rec.originalId) : undefined;
          const status = !rec.callback
            ? 'no callback yet'
            : !message
              ? `callback type ${rec.callback.type}, no original message`
              : 'the original is still "thinking"';
          return `${rec.label}: no original message with content within ${timeoutMs} ms (${status})${describeRefused(rec)}`;
        },
      ),
    refused: () => [...rec.refused],
  };
}

function describeRefused(rec: InteractionRecord): string {
  if (rec.refused.length === 0) return '';
  return `; refused: ${rec.refused.map((r) => `${r.method} ${r.route} → ${r.status} ${JSON.stringify(r.body)}`).join('; ')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Answering the bot

function refuse(
  state: StandInState,
  rec: InteractionRecord | undefined,
  call: { method: string; route: string },
  status: number,
  body: DiscordErrorBody,
  detail: string,
): Reply {
  const who = rec ? rec.label : 'unknown interaction';
  violate(
    state,
    `${who} (${call.method} ${call.route}): ${status} ${body.code} ${body.message}${detail ? ` — ${detail}` : ''}`,
  );
  rec?.refused.push({ ...call, status, body });
  if (rec) changed(rec);
  return { status, body };
}

function formError(
  state: StandInState,
  rec: InteractionRecord,
  call: { method: string; route: string },
  errors: FieldErrors,
): Reply {
  return refuse(state, rec, call, 400, errors.body(), errors.describe().join('; '));
}

function tooLargeFile(files: readonly UploadedFile[]): UploadedFile | undefined {
  return files.find((f) => f.size > ATTACHMENT_SIZE_LIMIT);
}

export function handleCallback(
  state: StandInState,
  interactionId: string,
  token: string,
  body: ParsedBody,
  query: URLSearchParams,
): Reply {
  const call = { method: 'POST', route: '/interactions/:id/:token/callback' };
  const rec = state.interactions.get(interactionId);
  if (!rec || rec.token !== token) {
    return refuse(
      state,
      undefined,
      call,
      404,
      ERRORS.unknownInteraction,
      `no interaction ${interactionId} with that token`,
    );
  }
  if (rec.callbackReceivedAt === undefined) {
    rec.callbackReceivedAt = Date.now();
    changed(rec);
  }
  const data = isRecord(body.json) ? body.json : undefined;
  const type = data?.type;
  if (rec.callback) {
    return refuse(
      state,
      rec,
      call,
      400,
      ERRORS.alreadyAcknowledged,
      `a second callback (type ${String(type)}) after type ${rec.callback.type}`,
    );
  }
  const elapsed = Date.now() - rec.createdAt;
  if (Date.now() > rec.deadlineAt) {
    return refuse(
      state,
      rec,
      call,
      404,
      ERRORS.unknownInteraction,
      `callback ${elapsed} ms after the interaction, past the ${state.ackDeadlineMs} ms deadline`,
    );
  }
  const errors = new FieldErrors();
  if (!data) {
    errors.add([], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return formError(state, rec, call, errors);
  }
  const allowed = CALLBACK_TYPES_FOR[rec.type] ?? [];
  if (typeof type !== 'number' || !allowed.includes(type)) {
    errors.add(
      ['type'],
      'INTERACTION_CALLBACK_TYPE_INVALID',
      `Callback type ${String(type)} is not valid for interaction type ${rec.type} (allowed: ${allowed.join(', ')}).`,
    );
    return formError(state, rec, call, errors);
  }
  const inner = isRecord(data.data) ? data.data : undefined;
  const source = rec.sourceMessageId ? state.messages.get(rec.sourceMessageId) : undefined;
  const fileCount = body.files.length;
  switch (type) {
    case 4:
      checkMessage(data.data, errors, ['data'], { mode: 'create', allowedFlags: CREATE_FLAGS, fileCount });
      break;
    case 5: {
      const flags = inner?.flags;
      if (typeof flags === 'number' && flags & ~DEFER_FLAGS) {
        errors.add(
          ['data', 'flags'],
          'MESSAGE_FLAGS_INVALID',
          'Only the EPHEMERAL flag can be set on a deferred reply.',
        );
      }
      break;
    }
    case 6:
      break;
    case 7:
      checkMessage(data.data, errors, ['data'], {
        mode: 'edit',
        allowedFlags: EDIT_FLAGS | MessageFlagBits.Ephemeral,
        fileCount,
        existingAttachmentIds: source?.attachments.map((a) => a.id) ?? [],
        ...(source ? { existingFlags: source.flags ?? 0 } : {}),
      });
      break;
    case 8:
      checkAutocompleteResult(data.data, errors, ['data'], rec.focusedType);
      break;
    case 9:
      checkModal(data.data, errors, ['data']);
      break;
  }
  if (!errors.empty) return formError(state, rec, call, errors);
  if (type === 4 && bodyIsEmpty(inner, fileCount))
    return refuse(state, rec, call, 400, ERRORS.emptyMessage, 'reply with nothing in it');
  const big = tooLargeFile(body.files);
  if (big) return refuse(state, rec, call, 413, ERRORS.tooLarge, `${big.name} is ${big.size} bytes`);

  let message: APIMessage | undefined;
  if (type === 7) {
    if (!source) return refuse(state, rec, call, 404, ERRORS.unknownMessage, 'the component message is gone');
    message = editMessage(source, inner, body.files, rec.origin);
    if (!hasVisibleContent(message))
      return refuse(state, rec, call, 400, ERRORS.emptyMessage, 'update leaves the message empty');
  }

  // Accepted.
  cancel(state, rec.deadlineTimer);
  rec.callback = {
    type,
    ...(data.data !== undefined ? { data: data.data } : {}),
    ...(fileCount ? { files: body.files } : {}),
  };
  if (type === 4) {
    message = createMessage(rec.origin, inner, body.files, { role: 'original' });
  } else if (type === 5) {
    const ephemeral = typeof inner?.flags === 'number' && (inner.flags & MessageFlagBits.Ephemeral) !== 0;
    message = createMessage(rec.origin, undefined, [], { role: 'original', loading: true, ephemeral });
  } else if (type === 6 && source) {
    rec.originalId = source.id;
  }
  if (message) {
    state.messages.set(message.id, message);
    rec.originalId = message.id;
  }
  changed(rec);

  if (query.get('with_response') === 'true') {
    const original = rec.originalId ? state.messages.get(rec.originalId) : undefined;
    return {
      status: 200,
      body: {
        interaction: {
          id: rec.id,
          type: rec.type,
          activity_instance_id: null,
          response_message_id: original?.id ?? null,
          response_message_loading: original ? isLoading(original) : null,
          response_message_ephemeral: original
            ? Boolean((original.flags ?? 0) & MessageFlagBits.Ephemeral)
            : null,
        },
        resource: { type, ...(original && type !== 6 ? { message: original } : {}) },
      },
    };
  }
  return { status: 204 };
}

/** `POST /webhooks/{app}/{token}` and `GET|PATCH|DELETE /webhooks/{app}/{token}/messages/{id|@original}`. */
export function handleWebhook(
  state: StandInState,
  method: string,
  applicationId: string,
  token: string,
  messageId: string | undefined,
  body: ParsedBody,
  query: URLSearchParams,
): Reply {
  const route =
    messageId === undefined
      ? '/webhooks/:app/:token'
      : `/webhooks/:app/:token/messages/${messageId === '@original' ? '@original' : ':id'}`;
  const call = { method, route };
  const rec = state.interactionsByToken.get(token);
  if (!rec || applicationId !== state.world.applicationId) {
    return refuse(
      state,
      undefined,
      call,
      404,
      ERRORS.unknownWebhook,
      applicationId !== state.world.applicationId
        ? `application id ${applicationId} is not the bot's`
        : 'no interaction with that token',
    );
  }
  if (Date.now() > rec.tokenExpiresAt) {
    return refuse(
      state,
      rec,
      call,
      401,
      ERRORS.invalidWebhookToken,
      'the interaction token is older than 15 minutes',
    );
  }
  if (rec.type === 4) {
    return refuse(
      state,
      rec,
      call,
      404,
      ERRORS.unknownWebhook,
      'autocomplete interactions have no messages or follow-ups',
    );
  }
  if (!rec.callback) {
    return refuse(
      state,
      rec,
      call,
      404,
      ERRORS.unknownWebhook,
      `${method} before the interaction was acknowledged`,
    );
  }

  if (messageId === undefined) {
    if (method !== 'POST') return refuse(state, rec, call, 405, ERRORS.methodNotAllowed, '');
    return followUp(state, rec, call, body, query);
  }

  const id = messageId === '@original' ? rec.originalId : messageId;
  const isOwn = id !== undefined && (id === rec.originalId || rec.followUpIds.includes(id));
  const existing = id !== undefined && isOwn ? state.messages.get(id) : undefined;
  if (!existing) {
    return refuse(
      state,
      rec,
      call,
      404,
      ERRORS.unknownMessage,
      messageId === '@original'
        ? 'there is no original response message'
        : `message ${messageId} is not from this interaction`,
    );
  }
  if (method === 'GET') return { status: 200, body: existing };
  if (method === 'DELETE') {
    state.messages.delete(existing.id);
    changed(rec);
    return { status: 204 };
  }
  if (method !== 'PATCH') return refuse(state, rec, call, 405, ERRORS.methodNotAllowed, '');

  const errors = new FieldErrors();
  checkMessage(body.json, errors, [], {
    mode: 'edit',
    allowedFlags: EDIT_FLAGS | MessageFlagBits.Ephemeral,
    fileCount: body.files.length,
    existingAttachmentIds: existing.attachments.map((a) => a.id),
    existingFlags: (existing.flags ?? 0) & ~MessageFlagBits.Loading,
  });
  if (!errors.empty) return formError(state, rec, call, errors);
  const big = tooLargeFile(body.files);
  if (big) return refuse(state, rec, call, 413, ERRORS.tooLarge, `${big.name} is ${big.size} bytes`);
  const next = editMessage(existing, isRecord(body.json) ? body.json : undefined, body.files, rec.origin);
  if (!hasVisibleContent(next))
    return refuse(state, rec, call, 400, ERRORS.emptyMessage, 'the edit leaves the message empty');
  state.messages.set(next.id, next);
  changed(rec);
  return { status: 200, body: next };
}

function followUp(
  state: StandInState,
  rec: InteractionRecord,
  call: { method: string; route: string },
  body: ParsedBody,
  query: URLSearchParams,
): Reply {
  const errors = new FieldErrors();
  const data = isRecord(body.json) ? body.json : undefined;
  checkMessage(body.json, errors, [], {
    mode: 'create',
    allowedFlags: CREATE_FLAGS,
    fileCount: body.files.length,
  });
  if (!errors.empty) return formError(state, rec, call, errors);
  if (bodyIsEmpty(data, body.files.length))
    return refuse(state, rec, call, 400, ERRORS.emptyMessage, 'follow-up with nothing in it');
  const big = tooLargeFile(body.files);
  if (big) return refuse(state, rec, call, 413, ERRORS.tooLarge, `${big.name} is ${big.size} bytes`);

  const original = rec.originalId ? state.messages.get(rec.originalId) : undefined;
  let message: APIMessage;
  if (rec.callback?.type === 5 && original && isLoading(original)) {
    // The first follow-up after a deferred reply replaces the "thinking…" message; its ephemeral state stays.
    message = editMessage(original, data, body.files, rec.origin);
    message.edited_timestamp = null;
  } else {
    const flags = typeof data?.flags === 'number' ? data.flags : 0;
    message = createMessage(rec.origin, data, body.files, {
      role: 'followup',
      ephemeral: (flags & MessageFlagBits.Ephemeral) !== 0,
      ...(rec.originalId ? { originalId: rec.originalId } : {}),
    });
    rec.followUpIds.push(message.id);
  }
  state.messages.set(message.id, message);
  changed(rec);
  return query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
}
