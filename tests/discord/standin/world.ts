/** The fake guild, channel, users and members the stand-in describes to the bot. */
import type {
  APIGuildMember,
  APIInteractionDataResolvedChannel,
  APIRole,
  APIUser,
  GuildMemberFlags,
  RoleFlags,
  UserFlags,
} from 'discord-api-types/v10';

/** discord-api-types types flags as enums; the wire carries plain numbers. */
const NO_USER_FLAGS = 0 as UserFlags;

import { snowflake } from './ids.js';

/** Every permission a plain member has in the channel (view, send, embed, attach, history, app commands…). */
export const MEMBER_PERMISSIONS = '2248473465835073';
/** What the bot may do in the channel. */
export const APP_PERMISSIONS = '2248473465835073';
export const DEFAULT_TEXT_CHANNEL_NAME = 'general';

/** One guild the bot is in, with its one text channel. */
export interface GuildInfo {
  id: string;
  name: string;
  channelId: string;
}

export interface World {
  applicationId: string;
  /** The default guild (the first of `guilds`). */
  guildId: string;
  guildName: string;
  /** The default guild's text channel. */
  channelId: string;
  /** Every guild the bot is in, the default one first. */
  guilds: GuildInfo[];
  ownerId: string;
  joinedAt: string;
  botUser: APIUser;
  /** Users seen in interactions, by id, so the same user keeps the same name. */
  users: Map<string, APIUser>;
  /** DM channels between the bot and a user: channel id → user id (one per user, like Discord). */
  dmChannels: Map<string, string>;
}

export function createWorld(applicationId: string, guildIds: readonly [string, ...string[]]): World {
  const guilds = guildIds.map((id, i) => ({
    id,
    name: i === 0 ? 'Stand-in Guild' : `Stand-in Guild ${i + 1}`,
    channelId: snowflake(),
  }));
  const first = guilds[0]!;
  return {
    applicationId,
    guildId: first.id,
    guildName: first.name,
    channelId: first.channelId,
    guilds,
    ownerId: snowflake(),
    joinedAt: new Date().toISOString(),
    botUser: {
      id: applicationId,
      username: 'ai-deals-bot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      flags: NO_USER_FLAGS,
      public_flags: NO_USER_FLAGS,
    },
    users: new Map(),
    dmChannels: new Map(),
  };
}

export function userFor(world: World, id: string, username?: string): APIUser {
  const known = world.users.get(id);
  if (known && (username === undefined || known.username === username)) return known;
  const user: APIUser = {
    id,
    username: username ?? `user${id.slice(-4)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
    public_flags: NO_USER_FLAGS,
  };
  world.users.set(id, user);
  return user;
}

export function memberFor(world: World, user: APIUser): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: world.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** The guild with that id, if the bot is in it. */
export function guildById(world: World, id: string): GuildInfo | undefined {
  return world.guilds.find((g) => g.id === id);
}

/** The guild whose text channel has that id. */
export function guildByChannel(world: World, channelId: string): GuildInfo | undefined {
  return world.guilds.find((g) => g.channelId === channelId);
}

/**
 * The DM channel between the bot and `userId`, made on first use. With `channelId`, that id becomes the user's DM
 * channel; it throws when the id is another user's DM channel, a guild channel, or the user already has another one.
 */
export function dmChannelFor(world: World, userId: string, channelId?: string): string {
  const existing = [...world.dmChannels].find(([, user]) => user === userId)?.[0];
  if (channelId === undefined) {
    if (existing !== undefined) return existing;
    const id = snowflake();
    world.dmChannels.set(id, userId);
    return id;
  }
  const owner = world.dmChannels.get(channelId);
  if (owner !== undefined && owner !== userId)
    throw new Error(`channel ${channelId} is the DM channel of user ${owner}, not of ${userId}`);
  if (guildByChannel(world, channelId)) throw new Error(`channel ${channelId} is a guild channel, not a DM`);
  if (existing !== undefined && existing !== channelId)
    throw new Error(`user ${userId} already has the DM channel ${existing} (Discord has one per user)`);
  world.dmChannels.set(channelId, userId);
  return channelId;
}

/** The DM channel object (type 1) with its recipient, as GET /channels/{id} and POST /users/@me/channels answer. */
export function dmChannel(channelId: string, recipient: APIUser): Record<string, unknown> {
  return { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [recipient] };
}

/** Which shard of `count` receives a guild's events: `(guild_id >> 22) % count`, Discord's rule. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

function defaultGuild(world: World): GuildInfo {
  return world.guilds[0]!;
}

export function everyoneRole(guild: GuildInfo): APIRole {
  return {
    id: guild.id,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: '2222085186637376',
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

export function textChannel(guild: GuildInfo): Record<string, unknown> {
  return {
    id: guild.channelId,
    type: 0,
    guild_id: guild.id,
    name: DEFAULT_TEXT_CHANNEL_NAME,
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

/** The partial channel an interaction carries (discord.js reads `channel.id`, not `channel_id`). */
export function interactionChannel(channelId: string, guildId: string | null, user: APIUser) {
  if (guildId === null) return dmChannel(channelId, user);
  return {
    id: channelId,
    type: 0,
    guild_id: guildId,
    name: DEFAULT_TEXT_CHANNEL_NAME,
    position: 0,
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
    permissions: APP_PERMISSIONS,
  } satisfies Partial<APIInteractionDataResolvedChannel> & Record<string, unknown>;
}

/** A GUILD_CREATE payload: a minimal but complete guild with one text channel and the bot as its only member. */
export function guildCreate(world: World, guild: GuildInfo = defaultGuild(world)): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [everyoneRole(guild)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_presences: null,
    max_members: 500000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    nsfw: false,
    hub_type: null,
    incidents_data: null,
    latest_onboarding_question_id: null,
    // GUILD_CREATE-only fields
    joined_at: world.joinedAt,
    large: false,
    unavailable: false,
    lazy: true,
    member_count: 2,
    voice_states: [],
    members: [memberFor(world, world.botUser)],
    channels: [textChannel(guild)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
  };
}
