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

export interface World {
  applicationId: string;
  guildId: string;
  guildName: string;
  channelId: string;
  ownerId: string;
  joinedAt: string;
  botUser: APIUser;
  /** Users seen in interactions, by id, so the same user keeps the same name. */
  users: Map<string, APIUser>;
}

export function createWorld(applicationId: string, guildId: string): World {
  return {
    applicationId,
    guildId,
    guildName: 'Stand-in Guild',
    channelId: snowflake(),
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

export function everyoneRole(world: World): APIRole {
  return {
    id: world.guildId,
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

export function textChannel(world: World, channelId = world.channelId): Record<string, unknown> {
  return {
    id: channelId,
    type: 0,
    guild_id: world.guildId,
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
  if (guildId === null) {
    return {
      id: channelId,
      type: 1,
      last_message_id: null,
      flags: 0,
      recipients: [user],
    };
  }
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
export function guildCreate(world: World): Record<string, unknown> {
  return {
    id: world.guildId,
    name: world.guildName,
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
    roles: [everyoneRole(world)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: world.channelId,
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
    channels: [textChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
  };
}
