/**
 * The gateway: HELLO, IDENTIFY / RESUME, heartbeats, READY + GUILD_CREATE, dispatches with sequence numbers,
 * replay on resume, and the close codes Discord uses when a client breaks the protocol.
 */
import type { Server } from 'node:http';
import zlib from 'node:zlib';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { sessionId as newSessionId } from './ids.js';
import { isRecord } from './rules.js';
import { type StandInState, violate } from './state.js';
import { guildCreate, shardOf } from './world.js';

const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
  RequestSoundboardSounds: 31,
} as const;
const CLIENT_OPS: ReadonlySet<number> = new Set([1, 2, 3, 4, 6, 8, 31]);

export const Close = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidSeq: 4007,
  RateLimited: 4008,
  InvalidShard: 4010,
  InvalidAPIVersion: 4012,
  InvalidIntents: 4013,
  DisallowedIntents: 4014,
} as const;

/** Every intent bit Discord knows; anything else closes with 4013. */
const KNOWN_INTENTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 21, 24, 25].reduce(
  (a, b) => a | (1 << b),
  0,
);
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const GUILDS_INTENT = 1;
/** Discord's send limit: 120 gateway events per 60 s per connection. */
const SEND_LIMIT = 120;
const SEND_WINDOW_MS = 60_000;
/** Client payloads above 4096 bytes close the connection with 4002. */
const MAX_PAYLOAD_BYTES = 4096;
const HISTORY_LIMIT = 1000;

interface Frame {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

interface Session {
  id: string;
  seq: number;
  history: Frame[];
  conn?: Connection;
  shard: [number, number];
  intents: number;
}

class Connection {
  session?: Session;
  /** Per-payload zlib after IDENTIFY `compress: true`. */
  payloadCompression = false;
  private deflate?: zlib.Deflate;
  private pending: Buffer[] = [];
  private queue: Promise<void> = Promise.resolve();
  sent: number[] = [];

  constructor(
    readonly ws: WebSocket,
    zlibStream: boolean,
  ) {
    if (zlibStream) {
      this.deflate = zlib.createDeflate({ chunkSize: 65535 });
      this.deflate.on('data', (chunk: Buffer) => this.pending.push(chunk));
    }
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  send(frame: Frame): void {
    if (!this.open) return;
    const json = JSON.stringify(frame);
    const { deflate } = this;
    if (deflate) {
      // zlib-stream: one shared deflate context; every payload ends with a Z_SYNC_FLUSH (00 00 ff ff).
      this.queue = this.queue.then(
        () =>
          new Promise<void>((resolve) => {
            deflate.write(json);
            deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
              const out = Buffer.concat(this.pending);
              this.pending = [];
              if (this.open) this.ws.send(out, { binary: true });
              resolve();
            });
          }),
      );
      return;
    }
    if (this.payloadCompression) {
      this.ws.send(zlib.deflateSync(json), { binary: true });
      return;
    }
    this.ws.send(json);
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING)
      this.ws.close(code, reason);
  }

  dispose(): void {
    this.deflate?.destroy();
  }
}

export class Gateway {
  identifyCount = 0;
  resumeCount = 0;
  heartbeatCount = 0;
  readyCount = 0;
  lastIdentify: { intents: number; shard?: [number, number]; compress?: boolean } | undefined;
  /** Every IDENTIFY that got READY, in order. */
  readonly identifies: { shard?: [number, number]; intents: number }[] = [];
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  /** The session last identified or resumed; its shard count is the one events are routed by. */
  private current?: Session;
  /** By shard id: the session last identified or resumed for that shard. */
  private readonly latest = new Map<number, Session>();
  private readonly connections = new Set<Connection>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly state: StandInState,
    server: Server,
  ) {
    this.wss = new WebSocketServer({ server, perMessageDeflate: false });
    this.wss.on('connection', (ws, req) => this.onConnection(ws, new URL(req.url ?? '/', 'ws://127.0.0.1')));
  }

  /** Runs `check` after every gateway state change until it returns true, or rejects after `timeoutMs`. */
  until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (check()) {
        resolve();
        return;
      }
      const listener = () => {
        if (!check()) return;
        this.listeners.delete(listener);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`stand-in gateway: ${what} did not happen within ${timeoutMs} ms`));
      }, timeoutMs);
      timer.unref();
      this.listeners.add(listener);
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private violation(text: string): void {
    violate(this.state, `gateway: ${text}`);
  }

  private onConnection(ws: WebSocket, url: URL): void {
    const compress = url.searchParams.get('compress');
    const conn = new Connection(ws, compress === 'zlib-stream');
    this.connections.add(conn);
    ws.on('close', (code) => this.onClose(conn, code));
    ws.on('error', () => {});
    ws.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));

    const version = url.searchParams.get('v');
    if (version !== '10') {
      this.violation(`connected with v=${String(version)}; discord.js 14 must use v=10`);
      conn.close(Close.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (encoding !== 'json') {
      this.violation(`encoding=${encoding} is not supported by the stand-in (json only)`);
      conn.close(Close.DecodeError, 'Error while decoding payload.');
      return;
    }
    if (compress !== null && compress !== 'zlib-stream') {
      this.violation(`unknown compress=${compress}`);
      conn.close(Close.DecodeError, 'Error while decoding payload.');
      return;
    }
    conn.send({
      op: Op.Hello,
      d: {
        heartbeat_interval: this.state.heartbeatIntervalMs,
        _trace: ['["stand-in-gateway",{"micros":0}]'],
      },
      s: null,
      t: null,
    });
  }

  private onClose(conn: Connection, code: number): void {
    this.connections.delete(conn);
    conn.dispose();
    const session = conn.session;
    if (session && session.conn === conn) {
      session.conn = undefined;
      // Closing with 1000/1001 ends the session at Discord; any other code keeps it resumable.
      if (code === 1000 || code === 1001) this.sessions.delete(session.id);
    }
    this.notify();
  }

  private fail(conn: Connection, code: number, reason: string, violation: string): void {
    this.violation(violation);
    conn.close(code, reason);
  }

  private onMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    const raw = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    const now = Date.now();
    conn.sent = conn.sent.filter((t) => now - t < SEND_WINDOW_MS);
    conn.sent.push(now);
    if (conn.sent.length > SEND_LIMIT) {
      this.fail(
        conn,
        Close.RateLimited,
        'You are being rate limited.',
        `more than ${SEND_LIMIT} payloads in 60 s`,
      );
      return;
    }
    if (raw.length > MAX_PAYLOAD_BYTES) {
      this.fail(
        conn,
        Close.DecodeError,
        'Error while decoding payload.',
        `a ${raw.length}-byte payload (limit ${MAX_PAYLOAD_BYTES})`,
      );
      return;
    }
    let payload: unknown;
    try {
      if (isBinary) throw new Error('binary');
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      this.fail(conn, Close.DecodeError, 'Error while decoding payload.', 'a payload that is not JSON text');
      return;
    }
    if (!isRecord(payload) || typeof payload.op !== 'number') {
      this.fail(
        conn,
        Close.DecodeError,
        'Error while decoding payload.',
        `a payload without op: ${raw.toString('utf8').slice(0, 200)}`,
      );
      return;
    }
    const { op, d } = payload;
    if (!CLIENT_OPS.has(op)) {
      this.fail(conn, Close.UnknownOpcode, 'Unknown opcode.', `unknown opcode ${op}`);
      return;
    }
    switch (op) {
      case Op.Heartbeat:
        this.heartbeatCount++;
        conn.send({ op: Op.HeartbeatAck, d: null, s: null, t: null });
        this.notify();
        return;
      case Op.Identify:
        this.identify(conn, d);
        return;
      case Op.Resume:
        this.resume(conn, d);
        return;
      default:
        if (!conn.session) {
          this.fail(conn, Close.NotAuthenticated, 'Not authenticated.', `op ${op} before IDENTIFY`);
        }
      // Presence, voice state, member and soundboard requests are accepted and ignored.
    }
  }

  private checkToken(conn: Connection, token: unknown, what: string): boolean {
    if (typeof token === 'string' && token.startsWith('Bot ')) {
      this.fail(
        conn,
        Close.AuthenticationFailed,
        'Authentication failed.',
        `${what} token has a "Bot " prefix; the gateway wants the bare token`,
      );
      return false;
    }
    if (token !== this.state.token) {
      this.fail(conn, Close.AuthenticationFailed, 'Authentication failed.', `${what} with a wrong token`);
      return false;
    }
    return true;
  }

  private identify(conn: Connection, d: unknown): void {
    if (conn.session) {
      this.fail(
        conn,
        Close.AlreadyAuthenticated,
        'Already authenticated.',
        'a second IDENTIFY on an authenticated connection',
      );
      return;
    }
    if (!isRecord(d)) {
      this.fail(conn, Close.DecodeError, 'Error while decoding payload.', 'IDENTIFY without d');
      return;
    }
    if (!this.checkToken(conn, d.token, 'IDENTIFY')) return;
    const props = d.properties;
    if (
      !isRecord(props) ||
      typeof props.os !== 'string' ||
      typeof props.browser !== 'string' ||
      typeof props.device !== 'string'
    ) {
      this.fail(
        conn,
        Close.DecodeError,
        'Error while decoding payload.',
        'IDENTIFY without properties {os, browser, device}',
      );
      return;
    }
    const intents = d.intents;
    if (
      typeof intents !== 'number' ||
      !Number.isInteger(intents) ||
      intents < 0 ||
      intents & ~KNOWN_INTENTS
    ) {
      this.fail(conn, Close.InvalidIntents, 'Invalid intent(s).', `invalid intents ${String(intents)}`);
      return;
    }
    const privileged = intents & PRIVILEGED_INTENTS & ~this.state.privilegedIntents;
    if (privileged) {
      this.fail(
        conn,
        Close.DisallowedIntents,
        'Disallowed intent(s).',
        `privileged intents ${privileged} requested but not enabled (GuildMembers 2, GuildPresences 256, MessageContent 32768)`,
      );
      return;
    }
    let shard: [number, number] = [0, 1];
    if (d.shard !== undefined) {
      const s = d.shard;
      if (
        !Array.isArray(s) ||
        s.length !== 2 ||
        !s.every((n) => Number.isInteger(n)) ||
        s[0] < 0 ||
        s[1] < 1 ||
        s[0] >= s[1]
      ) {
        this.fail(conn, Close.InvalidShard, 'Invalid shard.', `invalid shard ${JSON.stringify(s)}`);
        return;
      }
      shard = [s[0], s[1]];
    }
    const lt = d.large_threshold;
    if (lt !== undefined && (typeof lt !== 'number' || lt < 50 || lt > 250)) {
      this.violation(`IDENTIFY large_threshold ${String(lt)} outside 50–250`);
    }
    conn.payloadCompression = d.compress === true;

    this.identifyCount++;
    this.lastIdentify = {
      intents,
      ...(d.shard !== undefined ? { shard } : {}),
      ...(typeof d.compress === 'boolean' ? { compress: d.compress } : {}),
    };
    this.identifies.push({ ...(d.shard !== undefined ? { shard } : {}), intents });
    const session: Session = { id: newSessionId(), seq: 0, history: [], conn, shard, intents };
    this.sessions.set(session.id, session);
    this.current = session;
    this.latest.set(shard[0], session);
    conn.session = session;

    const { world } = this.state;
    // Like Discord, READY lists the guilds of this shard only: discord.js waits for a GUILD_CREATE for each
    // guild READY lists (15 s waitGuildTimeout), and the other shards' guilds never get one here.
    const owned = world.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    this.dispatchTo(session, 'READY', {
      v: 10,
      user_settings: {},
      user: world.botUser,
      guilds: owned.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.state.gatewayUrl,
      shard,
      application: { id: world.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
      _trace: ['["stand-in-gateway",{"micros":0}]'],
    });
    if (intents & GUILDS_INTENT) {
      for (const guild of owned) this.dispatchTo(session, 'GUILD_CREATE', guildCreate(world, guild));
    }
    this.readyCount++;
    this.notify();
  }

  private resume(conn: Connection, d: unknown): void {
    if (conn.session) {
      this.fail(
        conn,
        Close.AlreadyAuthenticated,
        'Already authenticated.',
        'RESUME on an authenticated connection',
      );
      return;
    }
    if (!isRecord(d)) {
      this.fail(conn, Close.DecodeError, 'Error while decoding payload.', 'RESUME without d');
      return;
    }
    if (!this.checkToken(conn, d.token, 'RESUME')) return;
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session) {
      // Discord answers an unknown or ended session with op 9 d:false; the client must identify again.
      conn.send({ op: Op.InvalidSession, d: false, s: null, t: null });
      this.notify();
      return;
    }
    const seq = d.seq;
    if (typeof seq !== 'number' || seq > session.seq) {
      this.fail(
        conn,
        Close.InvalidSeq,
        'Invalid seq.',
        `RESUME with seq ${String(seq)}, the session is at ${session.seq}`,
      );
      return;
    }
    const old = session.conn;
    if (old && old !== conn) {
      old.session = undefined;
      old.close(Close.UnknownError, 'Session resumed elsewhere');
    }
    session.conn = conn;
    conn.session = session;
    this.current = session;
    this.latest.set(session.shard[0], session);
    for (const frame of session.history) {
      if (frame.s !== null && frame.s > seq) conn.send(frame);
    }
    session.seq++;
    conn.send({
      op: Op.Dispatch,
      d: { _trace: ['["stand-in-gateway",{"micros":0}]'] },
      s: session.seq,
      t: 'RESUMED',
    });
    this.resumeCount++;
    this.notify();
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    session.seq++;
    const frame: Frame = { op: Op.Dispatch, d, s: session.seq, t };
    session.history.push(frame);
    if (session.history.length > HISTORY_LIMIT) session.history.shift();
    session.conn?.send(frame);
  }

  /**
   * Sends a dispatch on the session of the shard that owns `d.guild_id` (`(guild_id >> 22) % shard_count`, with
   * the shard count of the session last identified or resumed); events without a guild go to shard 0. While the
   * client is away the event waits in the session's history for RESUME. Returns the shard it was sent on.
   */
  dispatch(t: string, d: Record<string, unknown>): [number, number] {
    const guildId = typeof d.guild_id === 'string' ? d.guild_id : null;
    const session = this.sessionFor(t, guildId);
    this.dispatchTo(session, t, d);
    return session.shard;
  }

  /**
   * Like dispatch(), for an event that needs an intent: the session that owns `guildId` (null: shard 0) gets the
   * event only if it identified with `intent`, like Discord. `build` makes the payload for that session's intents
   * (message content depends on them). Returns the shard it was sent on, or undefined when the intent filtered it.
   */
  dispatchWithIntent(
    t: string,
    guildId: string | null,
    intent: number,
    build: (intents: number) => Record<string, unknown>,
  ): [number, number] | undefined {
    const session = this.sessionFor(t, guildId);
    if ((session.intents & intent) !== intent) return undefined;
    this.dispatchTo(session, t, build(session.intents));
    return session.shard;
  }

  private sessionFor(t: string, guildId: string | null): Session {
    const count = this.current?.shard[1];
    const shardId = count === undefined ? 0 : guildId === null ? 0 : shardOf(guildId, count);
    const session = this.latest.get(shardId);
    if (!session || session.shard[1] !== count || !this.sessions.has(session.id)) {
      const where = count === undefined ? '' : ` for shard [${shardId}, ${count}]`;
      throw new Error(
        `stand-in gateway: no session${where} to send ${t} on; log the client in and await waitForReady() first`,
      );
    }
    return session;
  }

  /** The session of shard `shardId`, or by default of the shard that owns the default guild. */
  private target(shardId?: number): Session | undefined {
    if (shardId !== undefined) return this.latest.get(shardId);
    const count = this.current?.shard[1];
    return count === undefined ? undefined : this.latest.get(shardOf(this.state.world.guildId, count));
  }

  private targetConnection(shardId?: number): Connection | undefined {
    const conn = this.target(shardId)?.conn;
    return conn?.open ? conn : undefined;
  }

  dropConnection(code: number, shardId?: number): void {
    this.targetConnection(shardId)?.close(code, 'Dropped by the stand-in');
  }

  requestReconnect(shardId?: number): void {
    this.targetConnection(shardId)?.send({ op: Op.Reconnect, d: null, s: null, t: null });
  }

  invalidateSession(resumable: boolean, shardId?: number): void {
    const conn = this.targetConnection(shardId);
    const session = this.target(shardId);
    if (!conn || !session) return;
    // The connection is no longer authenticated: the client must RESUME (d:true) or IDENTIFY again (d:false).
    conn.session = undefined;
    session.conn = undefined;
    if (!resumable) this.sessions.delete(session.id);
    conn.send({ op: Op.InvalidSession, d: resumable, s: null, t: null });
  }

  requestHeartbeat(shardId?: number): void {
    const session = this.target(shardId);
    this.targetConnection(shardId)?.send({ op: Op.Heartbeat, d: session?.seq ?? null, s: null, t: null });
  }

  async close(): Promise<void> {
    for (const conn of this.connections) {
      conn.ws.terminate();
      conn.dispose();
    }
    this.connections.clear();
    this.listeners.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
