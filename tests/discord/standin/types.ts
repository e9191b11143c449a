/** The public shape of the Discord stand-in. */
import type { APIApplicationCommand, APIMessage } from 'discord-api-types/v10';

export interface StandInOptions {
  /** The bot token it accepts (default: a random fake one). Others get 401 on REST and close 4004 on the gateway. */
  token?: string;
  /** Snowflake string of the application (= the bot user's id). */
  applicationId?: string;
  /** The default guild (the one interactions come from unless `ctx.guildId` says otherwise). */
  guildId?: string;
  /**
   * How many more guilds the bot is in (default 0). Their ids follow the default guild's timestamp by 1, 2, … ms,
   * so with n shards the default guild and n − 1 extra guilds land on n different shards
   * (`(guild_id >> 22) % n`); with 2 shards, the default guild and the first extra one are on different shards.
   */
  extraGuilds?: number;
  /** Extra guilds with these exact ids (before the generated `extraGuilds`). */
  extraGuildIds?: string[];
  /** `shards` in GET /gateway/bot: the shard count Discord recommends. Default 1. */
  recommendedShards?: number;
  /**
   * How long the stand-in waits before answering an interaction callback POST (default 0). The callback is
   * recorded and checked against the acknowledgement deadline on arrival; only the HTTP answer is held back, so
   * the bot's reply stays "in flight" that long.
   */
  callbackDelayMs?: number;
  /** How long the bot has to acknowledge an interaction. Default 3000, Discord's rule. */
  ackDeadlineMs?: number;
  /** HELLO's heartbeat interval. Default 41250 like Discord; tests use small values. */
  heartbeatIntervalMs?: number;
  /** How long an interaction token works for edits and follow-ups. Default 15 minutes, Discord's rule. */
  interactionTokenTtlMs?: number;
  /**
   * Privileged intents enabled "in the developer portal" (GuildMembers 1<<1, GuildPresences 1<<8,
   * MessageContent 1<<15). Default none: asking for one closes the gateway with 4014, like Discord.
   */
  privilegedIntents?: number;
}

/** An option as Discord sends it inside `data.options` of an interaction. */
export interface InteractionOptionInput {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  /** Only for sub-commands (type 1) and groups (type 2). */
  options?: InteractionOptionInput[];
}

export interface InteractionContext {
  userId?: string;
  username?: string;
  locale?: string;
  /**
   * `null` means a DM with the bot (sent on shard 0). Default: the stand-in's default guild. Any of `guildIds`
   * reaches the shard that owns it, with that guild's channel.
   */
  guildId?: string | null;
  channelId?: string;
  /** The member's permissions in the channel (decimal bit string); default: a plain member's, without Manage Server. */
  permissions?: string;
}

export interface UploadedFile {
  name: string;
  size: number;
  contentType?: string;
  data: Buffer;
}

export interface CallbackRecord {
  type: number;
  // biome-ignore lint/suspicious/noExplicitAny: the shape depends on the callback type (message, choices, modal); tests read it freely.
  data?: any;
  files?: UploadedFile[];
}

/** One answer the stand-in gave to a request about an interaction that Discord would have refused. */
export interface RefusedCall {
  method: string;
  route: string;
  status: number;
  body: unknown;
}

export interface InteractionHandle {
  id: string;
  token: string;
  /** The shard `[id, count]` whose session INTERACTION_CREATE was sent on. */
  readonly shard: [number, number] | undefined;
  /**
   * Resolves once a callback POST for this interaction reached the stand-in (accepted or not, before
   * `callbackDelayMs`), with the ms between sending the interaction and its arrival. Rejects after `timeoutMs`
   * (default: the acknowledgement deadline + margin).
   */
  callbackReceived(timeoutMs?: number): Promise<number>;
  /**
   * Resolves with the first callback the bot POSTed and the stand-in accepted (on arrival, before a
   * `callbackDelayMs` answer); rejects after ackDeadlineMs + margin.
   */
  callback(): Promise<CallbackRecord>;
  /** The current state of the original response message (after edits), if there is one. */
  original(): APIMessage | undefined;
  /** Follow-up messages, in order (the first follow-up after a defer fills the original and is not listed here). */
  followUps(): APIMessage[];
  /** Waits until the original message has content, embeds, components or attachments and is no longer "thinking". */
  waitForOriginal(timeoutMs?: number): Promise<APIMessage>;
  /** Requests about this interaction that the stand-in refused, with the error it answered. */
  refused(): RefusedCall[];
}

/** Who sends a message with `sendMessage`, and where. */
export interface MessageContext {
  /**
   * `null` means a DM with the bot (its DM channel, type 1, event on shard 0). Default: the stand-in's default
   * guild; any of `guildIds` reaches the shard that owns it, in that guild's channel.
   */
  guildId?: string | null;
  userId?: string;
  username?: string;
  /**
   * The message mentions the bot: `<@APP_ID> ` is put in front of the content unless it already has the
   * mention, and the bot is in `mentions`. A mention already in the content counts too, like at Discord.
   */
  mentionsBot?: boolean;
  /** Guild messages only: `mention_everyone` (default: whether the content has @everyone or @here). */
  mentionEveryone?: boolean;
  /**
   * Guild: the guild's channel (the default). DM: the user's DM channel, made on first use; an id given here
   * becomes that user's DM channel.
   */
  channelId?: string;
}

/** A channel message as the stand-in stored it, with the raw `allowed_mentions` of the request that created it. */
export type SentMessage = APIMessage & { allowed_mentions?: unknown };

export interface MessageHandle {
  id: string;
  channelId: string;
  /** `null` for a DM. */
  guildId: string | null;
  /** The message with its full content (what the user typed, before any MessageContent-intent filtering). */
  message: APIMessage;
  /** The shard MESSAGE_CREATE was sent on; undefined when the session lacked the intent, so nothing was sent. */
  readonly shard: [number, number] | undefined;
  /** Whether the bot's session got the event (it asked for GuildMessages / DirectMessages). */
  readonly delivered: boolean;
  /**
   * The `content` the bot's session received: empty for a guild message that does not mention the bot when
   * the session lacks the MessageContent intent. Undefined when not delivered.
   */
  readonly deliveredContent: string | undefined;
  /** Bot messages whose `message_reference.message_id` is this message, in order (latest version of each). */
  replies(): SentMessage[];
  /** The first reply; rejects after `timeoutMs` (default 5000), naming refused attempts to reply. */
  waitForReply(timeoutMs?: number): Promise<SentMessage>;
  /** Resolves after `ms` without a reply; rejects as soon as one arrives (or if there already is one). */
  noReplyWithin(ms: number): Promise<void>;
  /** Replies to this message that the stand-in refused, with the error it answered. */
  refused(): RefusedCall[];
}

export interface DiscordStandIn {
  /** `http://127.0.0.1:<port>/api`: what the bot gets as DISCORD_API_BASE / `rest.api`. */
  apiBase: string;
  /** `ws://127.0.0.1:<port>`: the gateway URL handed out by GET /gateway/bot. */
  gatewayUrl: string;
  token: string;
  applicationId: string;
  /** The default guild. */
  guildId: string;
  /** The default guild's one text channel. */
  channelId: string;
  /** Every guild the bot is in, the default one first (then `extraGuildIds`, then the generated extras). */
  guildIds: string[];
  /** The same guilds with their names and their one text channel each. */
  guilds: readonly { id: string; name: string; channelId: string }[];
  /** The shard of `count` that gets a guild's events: `(guild_id >> 22) % count`. */
  shardOf(guildId: string, count: number): number;
  /** Registered global commands as last PUT (bulk overwrite) or POSTed. */
  globalCommands: APIApplicationCommand[];
  guildCommands(guildId: string): APIApplicationCommand[];
  /** Every rule violation seen (and answered with Discord's error). Tests assert it stays empty. */
  violations: string[];
  identifyCount: number;
  resumeCount: number;
  heartbeatCount: number;
  lastIdentify?: { intents: number; shard?: [number, number]; compress?: boolean };
  /** Every accepted IDENTIFY (each got READY), in order; `shard` as the client sent it. */
  identifies: { shard?: [number, number]; intents: number }[];
  /**
   * Resolves once a client identified and got READY (+ GUILD_CREATE for the guilds of its shard when it asked
   * for the Guilds intent).
   */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** Resolves once `identifyCount` reaches `count` (each of those got READY). */
  waitForIdentify(count: number, timeoutMs?: number): Promise<void>;
  /** Resolves once `resumeCount` reaches `count` (default: one more than now). */
  waitForResume(count?: number, timeoutMs?: number): Promise<void>;
  sendCommand(name: string, options?: InteractionOptionInput[], ctx?: InteractionContext): InteractionHandle;
  sendAutocomplete(
    name: string,
    options: InteractionOptionInput[],
    ctx?: InteractionContext,
  ): InteractionHandle;
  /** A button click or select pick on a message the bot sent earlier (the API message object, or anything with its id). */
  sendComponent(
    message: unknown,
    customId: string,
    ctx?: InteractionContext & { values?: string[]; componentType?: number },
  ): InteractionHandle;
  /**
   * A user posts a message the bot can see: MESSAGE_CREATE goes to the session owning the guild (DMs: shard 0)
   * if it identified with GuildMessages (1<<9; DirectMessages 1<<12 for DMs). Like Discord, a guild message's
   * content, embeds, attachments and components are empty unless it mentions the bot or the session has the
   * MessageContent intent (1<<15). Throws when no session is logged in.
   */
  sendMessage(content: string, ctx?: MessageContext): MessageHandle;
  /**
   * From now on the bot cannot post in the channel: 'deleted' answers 404 Unknown Channel, 'no-access' 403
   * Missing Access, like Discord after a channel is deleted or the bot's access to it removed. Not a violation:
   * the bot cannot know beforehand.
   */
  closeChannel(channelId: string, how?: 'deleted' | 'no-access'): void;
  /** The messages the bot posted itself in a channel (a DM channel too), oldest first; not interaction responses. */
  channelMessages(channelId: string): SentMessage[];
  /** The DM channel between the bot and a user, once one was opened. */
  dmChannelOf(userId: string): string | undefined;
  /**
   * Close a gateway socket (default 4000: discord.js resumes; 1000 makes it identify again). `shardId`: the
   * shard whose connection to close; default the shard that owns the default guild (with one shard: the only
   * connection). The same default applies to the three calls below.
   */
  dropConnection(code?: number, shardId?: number): void;
  /** Send op 7 RECONNECT. */
  requestReconnect(shardId?: number): void;
  /** Send op 9 INVALID_SESSION with `d: resumable`. */
  invalidateSession(resumable: boolean, shardId?: number): void;
  /** Send op 1: the client must answer with a heartbeat at once. */
  requestHeartbeat(shardId?: number): void;
  close(): Promise<void>;
}
