/**
 * The REST API under /api/v10: gateway discovery, application commands, interaction callbacks and webhooks, and
 * channel messages (channels.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIApplicationCommand } from 'discord-api-types/v10';
import { createDm, handleChannelRoute } from './channels.js';
import { type DiscordErrorBody, ERRORS, FieldErrors } from './errors.js';
import { BadBody, BodyTooLarge, type ParsedBody, parseBody, readBody, send } from './http.js';
import { snowflake } from './ids.js';
import { handleCallback, handleWebhook, type Reply } from './interactions.js';
import { checkCommand, checkCommandList, isRecord } from './rules.js';
import { later, type StandInState, violate } from './state.js';
import { guildById, guildCreate, userFor } from './world.js';

const PREFIX = '/api/v10/';

interface RouteContext {
  state: StandInState;
  req: IncomingMessage;
  method: string;
  /** Decoded path segments after /api/v10/. */
  parts: string[];
  query: URLSearchParams;
  body: ParsedBody;
  /** `GET /applications/:id/commands`-style name used in violations and rate-limit buckets. */
  route: string;
}

/** The route template: snowflakes and tokens replaced so violations and buckets group by route. */
function templateOf(parts: readonly string[]): string {
  return `/${parts
    .map((p, i) => {
      if (/^\d{15,21}$/.test(p)) return ':id';
      if (parts[i - 1] === 'interactions' || parts[i - 2] === 'interactions')
        return i === 1 ? ':id' : ':token';
      if (parts[i - 2] === 'webhooks') return ':token';
      return p;
    })
    .join('/')}`;
}

export function createRestHandler(state: StandInState) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(state, req, res).catch((error: unknown) => {
      violate(state, `stand-in internal error on ${req.method} ${req.url}: ${String(error)}`);
      send(res, 500, { code: 0, message: '500: Internal Server Error' }, 'internal');
    });
  };
}

async function handle(state: StandInState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (!url.pathname.startsWith(PREFIX)) {
    const version = /^\/api\/(v\d+)\//.exec(url.pathname)?.[1];
    violate(
      state,
      `${method} ${url.pathname}: ${version ? `API ${version} instead of v10` : 'not under /api/v10'} (404)`,
    );
    send(res, 404, ERRORS.notFound, 'unknown');
    return;
  }
  let parts: string[];
  try {
    parts = url.pathname.slice(PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    violate(state, `${method} ${url.pathname}: malformed percent-encoding (404)`);
    send(res, 404, ERRORS.notFound, 'unknown');
    return;
  }
  const route = `${method} ${templateOf(parts)}`;
  let body: ParsedBody = { kind: 'none', json: undefined, files: [] };
  if (method !== 'GET' && method !== 'HEAD') {
    try {
      body = await parseBody(req, await readBody(req));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        violate(state, `${route}: request body too large (413)`);
        send(res, 413, ERRORS.tooLarge, route);
        return;
      }
      if (error instanceof BadBody) {
        violate(state, `${route}: ${error.message} (400)`);
        send(res, 400, ERRORS.badJson, route);
        return;
      }
      throw error;
    }
  }
  const reply = route_(state, { state, req, method, parts, query: url.searchParams, body, route });
  if (state.callbackDelayMs > 0 && parts[0] === 'interactions' && parts[3] === 'callback') {
    // Recorded and checked on arrival (the deadline counts then); only the answer is held back.
    await new Promise<void>((resolve) => later(state, state.callbackDelayMs, resolve));
  }
  send(res, reply.status, reply.body, route);
}

function fail(ctx: RouteContext, status: number, body: DiscordErrorBody, detail: string): Reply {
  violate(ctx.state, `${ctx.route}: ${status} ${body.code} ${body.message}${detail ? ` — ${detail}` : ''}`);
  return { status, body };
}

function authorized(ctx: RouteContext): Reply | undefined {
  const header = ctx.req.headers.authorization;
  if (header === `Bot ${ctx.state.token}`) return undefined;
  const why = !header
    ? 'no Authorization header'
    : header === ctx.state.token
      ? 'the token lacks the "Bot " prefix'
      : header.startsWith('Bearer ')
        ? 'a Bearer token where a bot token is needed'
        : 'a wrong bot token';
  return fail(ctx, 401, ERRORS.unauthorized, why);
}

function methodNotAllowed(ctx: RouteContext): Reply {
  return fail(ctx, 405, ERRORS.methodNotAllowed, '');
}

function route_(state: StandInState, ctx: RouteContext): Reply {
  const { parts, method } = ctx;
  const [a, b, c, d, e, f] = parts;
  const n = parts.length;

  // Interaction callback and webhook routes authenticate with the interaction token, not the bot token.
  if (a === 'interactions' && n === 4 && d === 'callback' && b && c) {
    if (method !== 'POST') return methodNotAllowed(ctx);
    return handleCallback(state, b, c, ctx.body, ctx.query);
  }
  if (a === 'webhooks' && b && c) {
    if (n === 3) return handleWebhook(state, method, b, c, undefined, ctx.body, ctx.query);
    if (n === 5 && d === 'messages' && e) return handleWebhook(state, method, b, c, e, ctx.body, ctx.query);
  }

  if (a === 'gateway' && n === 1) {
    if (method !== 'GET') return methodNotAllowed(ctx);
    return { status: 200, body: { url: state.gatewayUrl } };
  }

  const denied = authorized(ctx);
  if (denied) return denied;
  const { world } = state;

  if (a === 'gateway' && b === 'bot' && n === 2) {
    if (method !== 'GET') return methodNotAllowed(ctx);
    return {
      status: 200,
      body: {
        url: state.gatewayUrl,
        shards: state.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      },
    };
  }
  if (a === 'users' && n === 2 && b) {
    if (method !== 'GET') return methodNotAllowed(ctx);
    if (b === '@me' || b === world.applicationId) return { status: 200, body: world.botUser };
    return { status: 200, body: userFor(world, b) };
  }
  if (
    (a === 'applications' && b === '@me' && n === 2) ||
    (a === 'oauth2' && b === 'applications' && c === '@me' && n === 3)
  ) {
    if (method !== 'GET') return methodNotAllowed(ctx);
    return { status: 200, body: applicationObject(state) };
  }
  if (a === 'guilds' && n === 2 && b) {
    if (method !== 'GET') return methodNotAllowed(ctx);
    const found = guildById(world, b);
    if (!found) return fail(ctx, 404, ERRORS.unknownGuild, `guild ${b}`);
    const {
      members: _m,
      channels: _c,
      threads: _t,
      presences: _p,
      voice_states: _v,
      ...guild
    } = guildCreate(world, found);
    return { status: 200, body: guild };
  }
  if (a === 'channels' && b) {
    const answered = handleChannelRoute(state, ctx);
    if (answered) return answered;
  }
  if (a === 'users' && b === '@me' && c === 'channels' && n === 3) {
    if (method !== 'POST') return methodNotAllowed(ctx);
    return createDm(state, ctx);
  }

  if (a === 'applications' && b) {
    if (b !== world.applicationId) {
      return fail(
        ctx,
        403,
        ERRORS.missingAccess,
        `application ${b} is not the bot's (${world.applicationId})`,
      );
    }
    if (c === 'commands' && (n === 3 || n === 4)) return commands(ctx, undefined, d);
    if (c === 'guilds' && d && e === 'commands' && (n === 5 || n === 6)) {
      if (!guildById(world, d)) return fail(ctx, 403, ERRORS.missingAccess, `the bot is not in guild ${d}`);
      return commands(ctx, d, f);
    }
  }
  return fail(ctx, 404, ERRORS.notFound, 'no such route at Discord (or not one the stand-in knows)');
}

function applicationObject(state: StandInState) {
  const { world } = state;
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    team: null,
    owner: userFor(world, world.ownerId, 'owner'),
    bot: world.botUser,
    approximate_guild_count: world.guilds.length,
    install_params: undefined,
    integration_types_config: { '0': {} },
    redirect_uris: [],
    interactions_endpoint_url: null,
    tags: [],
  };
}

function commandList(state: StandInState, guildId: string | undefined): APIApplicationCommand[] {
  return guildId === undefined ? state.globalCommands : (state.guildCommands.get(guildId) ?? []);
}

function setCommandList(
  state: StandInState,
  guildId: string | undefined,
  list: APIApplicationCommand[],
): void {
  if (guildId === undefined) {
    state.globalCommands.length = 0;
    state.globalCommands.push(...list);
  } else {
    state.guildCommands.set(guildId, list);
  }
}

function stored(
  state: StandInState,
  input: Record<string, unknown>,
  guildId: string | undefined,
  id: string | undefined,
): APIApplicationCommand {
  const type = typeof input.type === 'number' ? input.type : 1;
  return {
    ...structuredClone(input),
    id: id ?? snowflake(),
    application_id: state.world.applicationId,
    version: snowflake(),
    type,
    name: String(input.name),
    description: typeof input.description === 'string' ? input.description : '',
    default_member_permissions:
      typeof input.default_member_permissions === 'string' ? input.default_member_permissions : null,
    nsfw: input.nsfw === true,
    integration_types: Array.isArray(input.integration_types) ? input.integration_types : [0],
    contexts: Array.isArray(input.contexts) ? input.contexts : null,
    ...(guildId === undefined ? { dm_permission: input.dm_permission !== false } : { guild_id: guildId }),
  } as APIApplicationCommand;
}

function commands(ctx: RouteContext, guildId: string | undefined, commandId: string | undefined): Reply {
  const { state, method, body } = ctx;
  const list = commandList(state, guildId);
  const scope = guildId === undefined ? 'global' : `guild ${guildId}`;
  const invalid = (errors: FieldErrors) =>
    fail(ctx, 400, errors.body(), `${scope} commands: ${errors.describe().join('; ')}`);

  if (commandId === undefined) {
    if (method === 'GET') return { status: 200, body: list };
    if (method === 'PUT') {
      const errors = new FieldErrors();
      checkCommandList(body.json, errors);
      if (!errors.empty) return invalid(errors);
      const input = (body.json as unknown[]).filter(isRecord);
      const next = input.map((cmd) => {
        const same = list.find(
          (c) => c.name === cmd.name && (c.type ?? 1) === (typeof cmd.type === 'number' ? cmd.type : 1),
        );
        return stored(state, cmd, guildId, same?.id);
      });
      setCommandList(state, guildId, next);
      return { status: 200, body: next };
    }
    if (method === 'POST') {
      const errors = new FieldErrors();
      checkCommand(body.json, errors, []);
      if (!errors.empty) return invalid(errors);
      const cmd = body.json as Record<string, unknown>;
      const type = typeof cmd.type === 'number' ? cmd.type : 1;
      const index = list.findIndex((c) => c.name === cmd.name && (c.type ?? 1) === type);
      if (index < 0 && list.filter((c) => (c.type ?? 1) === type).length >= (type === 1 ? 100 : 5)) {
        errors.add([], 'APPLICATION_COMMANDS_TOO_MANY', 'Maximum number of application commands reached.');
        return invalid(errors);
      }
      const made = stored(state, cmd, guildId, index >= 0 ? list[index]?.id : undefined);
      const next = [...list];
      if (index >= 0) next[index] = made;
      else next.push(made);
      setCommandList(state, guildId, next);
      return { status: index >= 0 ? 200 : 201, body: made };
    }
    return methodNotAllowed(ctx);
  }

  const index = list.findIndex((c) => c.id === commandId);
  const found = list[index];
  if (!found) return fail(ctx, 404, ERRORS.unknownCommand, `${scope} command ${commandId}`);
  if (method === 'GET') return { status: 200, body: found };
  if (method === 'DELETE') {
    setCommandList(
      state,
      guildId,
      list.filter((c) => c.id !== commandId),
    );
    return { status: 204 };
  }
  if (method === 'PATCH') {
    const merged = { ...found, ...(isRecord(body.json) ? body.json : {}) };
    const errors = new FieldErrors();
    checkCommand(merged, errors, []);
    if (!errors.empty) return invalid(errors);
    const made = stored(state, merged, guildId, found.id);
    const next = [...list];
    next[index] = made;
    setCommandList(state, guildId, next);
    return { status: 200, body: made };
  }
  return methodNotAllowed(ctx);
}
