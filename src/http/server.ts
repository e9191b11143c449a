/**
 * The HTTP interactions transport: Discord POSTs each interaction to `/interactions`, signed with the
 * application's key, and the answer goes back in the response body. Like the gateway transport it only
 * translates: raw payload → `react` input, reaction → interaction callback. Nothing is kept between requests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { REST } from 'discord.js';
import {
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
} from 'discord-api-types/v10';
import { z } from 'zod';
import type { Engine } from '../answers/engine.js';
import type { OptionValue } from '../commands/command.js';
import type { Guard } from '../discord/guard.js';
import { type InteractionInput, type Reaction, react } from '../discord/react.js';
import { restFiles } from '../graph/attach.js';
import { type PicturePool, PicturesBusy } from '../graph/pool.js';
import { catalog, langOf } from '../i18n/index.js';
import type { Logger } from '../log.js';
import { commandLabel, metrics, registry } from '../metrics.js';
import { type DiscordMessage, renderNotice } from '../render/discord.js';
import { allowed } from '../watch/gateway.js';
import type { RawInteractionHook } from '../watch/http.js';
import { importDiscordJs } from '../whenUsed.js';
import { createVerifier, type Verifier } from './verify.js';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** After a 413, at most this much more of the body is read and thrown away, so that the client sees the
 * answer instead of a reset connection; a longer body gets the connection closed on it. */
const DISCARD_LIMIT_BYTES = 1024 * 1024;

export interface InteractionServerOptions {
  /** Read on every request, so that a reloaded knowledge base takes effect at once. */
  engine: () => Engine;
  /** The application's public key, 64 hex characters (developer portal → General Information). */
  publicKey: string;
  logger: Logger;
  maxBodyBytes?: number;
  /** Where follow-up messages go: the API base without the version (default https://discord.com/api) and
   * the application id (default: the one in the interaction, which is signed too). */
  rest?: { api?: string; applicationId?: string };
  /**
   * Rate limits. In memory they are counted per process (behind a load balancer each instance limits on
   * its own); with REDIS_URL every instance counts in the same Redis.
   */
  guard?: Guard;
  /** Where pictures are drawn (worker threads); without it they are drawn on this process's thread pool. */
  pictures?: PicturePool;
  /** Watches and server settings (issue 17): /watch, /settings, and each server's language and privacy. */
  server?: RawInteractionHook;
}

export interface InteractionServer extends Server {
  /** Resolves once every follow-up started so far has been sent or has failed (and been logged). */
  followUpsSettled(): Promise<void>;
}

const FAILURE_NOTICE = 'Something went wrong on our side; it has been logged. Please try again.';

const optionValue = z.union([z.string(), z.number(), z.boolean()]);
const envelope = z.object({
  id: z.string(),
  type: z.number().int(),
  token: z.string().min(1),
  application_id: z.string().optional(),
  data: z.unknown(),
  channel_id: z.string().optional(),
  member: z.object({ user: z.object({ id: z.string() }) }).optional(),
  user: z.object({ id: z.string() }).optional(),
  locale: z.string().optional(),
});
const commandData = z.object({
  name: z.string(),
  options: z
    .array(z.object({ name: z.string(), value: optionValue.optional(), focused: z.boolean().optional() }))
    .optional(),
});
const componentData = z.object({ custom_id: z.string(), values: z.array(z.string()).optional() });

type Envelope = z.infer<typeof envelope>;

export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const { logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const verifier = createVerifier(options.publicKey);
  const followUps = createFollowUps(options, logger);

  const server = createServer({ requestTimeout: 15_000, headersTimeout: 10_000 }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, method: req.method, url: req.url }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  }) as InteractionServer;
  server.followUpsSettled = followUps.settled;
  return server;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
      const { kb } = options.engine();
      return sendJson(res, 200, {
        status: 'ok',
        knowledgeBase: {
          version: kb.meta.version,
          asOf: kb.meta.asOf,
          deals: kb.deals.size,
          companies: kb.companies.size,
        },
      });
    }
    if (path === '/metrics') {
      if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
      return sendMetrics(res);
    }
    if (path !== '/interactions') return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST');

    const body = await readBody(req, maxBodyBytes);
    if (body.status === 'too-large') return payloadTooLarge(req, res, body.received);
    if (body.status === 'aborted') return;
    await answer(req, res, body.body, verifier);
  }

  /** Verifies, parses and answers one interaction whose body has been read in full. */
  async function answer(req: IncomingMessage, res: ServerResponse, rawBody: Buffer, verify: Verifier) {
    const verdict = await verify({
      signature: header(req, 'x-signature-ed25519'),
      timestamp: header(req, 'x-signature-timestamp'),
      rawBody,
    });
    if (!verdict.ok) {
      logger.debug({ reason: verdict.reason }, 'rejected an unsigned or badly signed request');
      return sendJson(res, 401, { error: 'invalid request signature' });
    }

    let payload: unknown;
    try {
      payload = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'malformed JSON' });
    }
    if (isObject(payload) && payload.type === InteractionType.Ping) {
      return sendJson(res, 200, { type: InteractionResponseType.Pong });
    }
    const parsed = envelope.safeParse(payload);
    if (!parsed.success) return sendJson(res, 400, { error: 'malformed interaction' });
    const interaction = parsed.data;
    const input = inputOf(interaction);
    if (input === 'unsupported') return sendJson(res, 400, { error: 'unsupported interaction type' });
    if (input === 'malformed') return sendJson(res, 400, { error: 'malformed interaction data' });

    const started = Date.now();
    let outcome: 'ok' | 'refused' | 'error' = 'ok';
    // The HTTP response is the interaction's first answer: its time is exactly what Discord's window counts.
    res.once('finish', () =>
      metrics.interaction('http', input.kind, commandLabel(input), outcome, Date.now() - started),
    );
    let reaction: Reaction;
    try {
      const userId = interaction.member?.user.id ?? interaction.user?.id ?? 'unknown';
      const limited = await options.guard?.check(input, userId, interaction.channel_id ?? null);
      if (limited) outcome = 'refused';
      const decided = limited ? undefined : await options.server?.decide(options.engine(), input, payload);
      reaction = allowed(
        limited ??
          decided?.reaction ??
          react(options.engine(), decided?.input ?? input, options.pictures?.forUser(userId)),
        decided,
      );
    } catch (error) {
      outcome = 'error';
      logger.error(
        { interactionId: interaction.id, command: describe(input), input: loggable(input), err: error },
        'interaction failed',
      );
      reaction =
        input.kind === 'autocomplete'
          ? { type: 'autocomplete', choices: [] }
          : { type: 'reply', message: renderNotice(FAILURE_NOTICE) };
    }

    // A JSON response cannot carry a file: a picture answer is deferred now and sent by editing the original.
    const pictured = reaction.type === 'reply' || reaction.type === 'update' ? reaction.message : undefined;
    if (pictured?.files?.length) {
      const deferred =
        reaction.type === 'reply'
          ? {
              type: InteractionResponseType.DeferredChannelMessageWithSource,
              // A deferred reply may carry only the ephemeral bit; the edit that fills it switches to V2.
              ...(pictured.flags & MessageFlags.Ephemeral && { data: { flags: MessageFlags.Ephemeral } }),
            }
          : { type: InteractionResponseType.DeferredMessageUpdate };
      return sendJson(res, 200, deferred, () => followUps.editOriginal(interaction, input, pictured));
    }
    const response = callback(reaction);
    if (reaction.type !== 'update-then-follow-up') return sendJson(res, 200, response);
    const { followUp } = reaction;
    // Discord only takes a follow-up once the interaction is answered, so it waits for the response.
    sendJson(res, 200, response, () => followUps.send(interaction, input, followUp));
  }
}

/** What `react` needs from a raw interaction; which part is missing decides between 400 answers. */
function inputOf(interaction: Envelope): InteractionInput | 'unsupported' | 'malformed' {
  const locale = interaction.locale ? { locale: interaction.locale } : {};
  switch (interaction.type) {
    case InteractionType.ApplicationCommand: {
      const data = commandData.safeParse(interaction.data);
      if (!data.success) return 'malformed';
      const options = new Map<string, OptionValue>();
      for (const option of data.data.options ?? []) {
        if (option.value !== undefined) options.set(option.name, option.value);
      }
      return { kind: 'command', command: data.data.name, options, ...locale };
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const data = commandData.safeParse(interaction.data);
      if (!data.success) return 'malformed';
      const focused = data.data.options?.find((o) => o.focused);
      return {
        kind: 'autocomplete',
        command: data.data.name,
        focused: { name: focused?.name ?? '', value: String(focused?.value ?? '') },
        ...locale,
      };
    }
    case InteractionType.MessageComponent: {
      const data = componentData.safeParse(interaction.data);
      if (!data.success) return 'malformed';
      return {
        kind: 'component',
        customId: data.data.custom_id,
        ...(data.data.values && { values: data.data.values }),
        ...locale,
      };
    }
    default:
      return 'unsupported';
  }
}

/** The interaction callback that carries out a reaction, inline in the HTTP response. */
function callback(reaction: Reaction): APIInteractionResponse {
  switch (reaction.type) {
    case 'reply':
      return { type: InteractionResponseType.ChannelMessageWithSource, data: withoutFiles(reaction.message) };
    case 'update':
      return { type: InteractionResponseType.UpdateMessage, data: updateData(reaction.message) };
    case 'update-then-follow-up':
      return { type: InteractionResponseType.UpdateMessage, data: updateData(reaction.update) };
    case 'autocomplete':
      return {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: reaction.choices },
      };
  }
}

function withoutFiles(message: DiscordMessage): Omit<DiscordMessage, 'files'> {
  const { files: _files, ...json } = message;
  return json;
}

/** An update replaces the whole message but cannot change its visibility: only the Components V2 bit. */
function updateData(message: DiscordMessage) {
  return {
    components: message.components,
    allowed_mentions: message.allowed_mentions,
    flags: MessageFlags.IsComponentsV2,
  };
}

/** A follow-up that has not gone out this long after the interaction is not worth sending: the user has
 * moved on. Past it nothing is retried, and a rate limit that would make it wait longer is given up at once. */
export const FOLLOW_UP_DEADLINE_MS = 10_000;

/**
 * Discord may not have taken in the response that acknowledges an interaction when its follow-up arrives
 * (the response and the follow-up travel on different connections), and then answers 10015 Unknown Webhook
 * (10008 Unknown Message for an edit of the original). Such a follow-up is sent again after these pauses.
 */
const RACE_CODES: ReadonlySet<number> = new Set([10015, 10008]);
export const RACE_RETRY_DELAYS_MS: readonly number[] = [250, 750, 1500];

/** Follow-ups go out through discord.js's REST client: interaction webhooks need no bot token. */
function createFollowUps(options: InteractionServerOptions, logger: Logger) {
  // discord.js (some 50 MB of a running process) is loaded on the first follow-up, not at start-up:
  // most interactions are answered in the HTTP response itself.
  let client: Promise<REST> | undefined;
  const restClient = () => {
    client ??= importDiscordJs().then(
      ({ REST }) =>
        new REST({
          ...(options.rest?.api && { api: options.rest.api.replace(/\/$/, '') }),
          timeout: FOLLOW_UP_DEADLINE_MS,
          retries: 1,
          // Waiting out a 429 longer than the deadline would deliver an answer nobody is waiting for, and
          // hold a shutdown that waits for follow-ups: give up (RateLimitError, logged) instead.
          rejectOnRateLimit: (limit) => limit.retryAfter >= FOLLOW_UP_DEADLINE_MS,
        }),
    );
    return client;
  };
  const pending = new Set<Promise<void>>();

  /** Posts a follow-up (`post`) or replaces the original response (`patch`), with the message's files. */
  function deliver(
    how: 'post' | 'patch',
    interaction: Envelope,
    input: InteractionInput,
    message: DiscordMessage,
  ): void {
    const applicationId = options.rest?.applicationId ?? interaction.application_id;
    const context = { interactionId: interaction.id, command: describe(input) };
    if (!applicationId) {
      logger.error(context, 'cannot send the follow-up: set DISCORD_APPLICATION_ID');
      return;
    }
    const started = Date.now();
    const work = restFiles(message)
      .catch((error: unknown) => {
        if (!(error instanceof PicturesBusy)) throw error;
        // Refused by the picture pool: the deferred response becomes a "try again" notice instead.
        logger.info({ ...context, reason: error.reason }, 'picture refused: too many being drawn');
        const notice = renderNotice(catalog(langOf(interaction.locale)).render.slowDown(error.retryAfterS));
        message = { ...notice, flags: message.flags };
        return { files: [], attachments: [] };
      })
      .then(async ({ files, attachments }) => {
        const rest = await restClient();
        const body = {
          ...withoutFiles(message),
          // An edit cannot change visibility: it keeps only the Components V2 bit.
          ...(how === 'patch' && { flags: MessageFlags.IsComponentsV2 }),
          ...(files.length > 0 && { attachments }),
        };
        const once = () =>
          how === 'post'
            ? rest.post(Routes.webhook(applicationId, interaction.token), { body, files, auth: false })
            : rest.patch(Routes.webhookMessage(applicationId, interaction.token), {
                body,
                files,
                auth: false,
              });
        for (let attempt = 0; ; attempt++) {
          try {
            return await once();
          } catch (error) {
            const code = (error as { code?: unknown } | null)?.code;
            const pause = RACE_RETRY_DELAYS_MS[attempt];
            const late = Date.now() - started + (pause ?? 0) > FOLLOW_UP_DEADLINE_MS;
            if (typeof code !== 'number' || !RACE_CODES.has(code) || pause === undefined || late) throw error;
            logger.debug(
              { ...context, code, attempt: attempt + 1 },
              'follow-up raced its response; retrying',
            );
            await new Promise((resolve) => setTimeout(resolve, pause));
          }
        }
      })
      .then(
        () => logger.debug(context, how === 'post' ? 'follow-up sent' : 'original response edited'),
        (error: unknown) =>
          logger.error({ ...context, err: withoutToken(error, interaction.token) }, 'follow-up failed'),
      )
      .finally(() => pending.delete(work));
    pending.add(work);
  }

  const send = (interaction: Envelope, input: InteractionInput, message: DiscordMessage) =>
    deliver('post', interaction, input, message);
  const editOriginal = (interaction: Envelope, input: InteractionInput, message: DiscordMessage) =>
    deliver('patch', interaction, input, message);

  async function settled(): Promise<void> {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  }

  return { send, editOriginal, settled };
}

/**
 * The parts of a REST error worth logging. discord.js's errors also carry the request URL and body, and the
 * URL holds the interaction token, which can post in the channel for 15 minutes: it never reaches the logs.
 */
function withoutToken(error: unknown, token: string) {
  const scrub = (text: unknown) =>
    typeof text === 'string' ? text.split(token).join('[redacted]') : undefined;
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  const { status, code, retryAfter } = error as { status?: unknown; code?: unknown; retryAfter?: unknown };
  return {
    type: error.name,
    message: scrub(error.message),
    stack: scrub(error.stack),
    ...(typeof status === 'number' && { status }),
    ...((typeof code === 'number' || typeof code === 'string') && { code }),
    // A RateLimitError: how long Discord asked to wait (ms).
    ...(typeof retryAfter === 'number' && { retryAfter }),
  };
}

type Body =
  | { status: 'ok'; body: Buffer }
  | { status: 'too-large'; received: number }
  | { status: 'aborted' };

/** Reads the raw body, which the signature covers byte for byte, and stops at `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<Body> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max)
    return Promise.resolve({ status: 'too-large', received: 0 });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (body: Body) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAborted);
      req.off('close', onAborted);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) finish({ status: 'too-large', received: size });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ status: 'ok', body: Buffer.concat(chunks, size) });
    const onAborted = () => finish({ status: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAborted);
    req.on('close', onAborted);
  });
}

/**
 * Answers 413 at once and keeps nothing more of the body. What is left of a body that is not far over the
 * limit is read and dropped, so that the client reads the answer rather than a reset connection; a body
 * declared far larger gets the connection closed once the answer is out.
 */
function payloadTooLarge(req: IncomingMessage, res: ServerResponse, received: number): void {
  const declared = Number(req.headers['content-length']);
  req.on('error', () => {});
  if (Number.isFinite(declared) && declared - received > DISCARD_LIMIT_BYTES) {
    req.pause();
    res.setHeader('connection', 'close');
    sendJson(res, 413, { error: 'request body too large' }, () => req.destroy());
    return;
  }
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) req.destroy();
  });
  sendJson(res, 413, { error: 'request body too large' });
}

/** Prometheus's text format, from this process's registry. */
export async function sendMetrics(res: ServerResponse): Promise<void> {
  const text = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('allow', allow);
  sendJson(res, 405, { error: 'method not allowed' });
}

function sendJson(res: ServerResponse, status: number, body: unknown, sent?: () => void): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text, sent);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The command (or control id) an interaction is about, for logs. */
function describe(input: InteractionInput): string {
  return input.kind === 'component' ? input.customId : input.kind === 'question' ? 'ask' : input.command;
}

function loggable(input: InteractionInput) {
  return input.kind === 'command' ? { ...input, options: Object.fromEntries(input.options) } : input;
}
