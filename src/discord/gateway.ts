/**
 * The gateway transport: a discord.js client feeding interactions, and messages that mention the bot or
 * are sent to it directly, to `react`. It asks only for non-privileged intents: Discord delivers the
 * content of a message that mentions the bot, and of a DM, without the MessageContent intent.
 */
import {
  type AutocompleteInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type Message,
  MessageFlags,
  Options,
  Partials,
} from 'discord.js';
import type { Engine } from '../answers/engine.js';
import type { OptionValue } from '../commands/command.js';
import { restOptions, type Settings } from '../config/settings.js';
import { discordFiles, replyWithFiles, updateWithFiles } from '../graph/attach.js';
import { type PicturePool, PicturesBusy } from '../graph/pool.js';
import { catalog, langOf } from '../i18n/index.js';
import type { Logger } from '../log.js';
import { commandLabel, metrics, type Outcome } from '../metrics.js';
import { type DiscordMessage, renderNotice } from '../render/discord.js';
import { allowed, type InteractionHook } from '../watch/gateway.js';
import { Guard } from './guard.js';
import { type InteractionInput, react } from './react.js';

export interface GatewayBot {
  client: Client;
  /** Stops taking interactions and waits (at most `timeoutMs`) for those in flight to finish. */
  drain(timeoutMs: number): Promise<void>;
}

export interface GatewayHooks {
  /**
   * The gateway closed with a code after which Discord accepts no reconnect (4004: the token was reset or
   * revoked; 4010-4014: shard or intents refused); discord.js stops there and the process would otherwise
   * run on, connected to nothing.
   */
  onUnrecoverableClose?(code: number): void;
  /** Where pictures are drawn; without it they are drawn on the thread pool of this process. */
  pictures?: PicturePool;
  /** Rate limits (shared through Redis when REDIS_URL is set); default: in this process's memory. */
  guard?: Guard;
  /** Watches and server settings (issue 17): /watch, /settings, and each server's language and privacy. */
  server?: InteractionHook;
}

const onlyOurselves = {
  maxSize: 0,
  keepOverLimit: (held: { id: string; client: Client }) => held.id === held.client.user?.id,
};

/**
 * What discord.js keeps in memory. The bot answers from each interaction's or message's own payload and
 * never looks a message, member or user up again, so those caches hold nothing (discord.js would keep 200
 * messages per channel, and every member and user that ever used a command: memory that grows with each
 * server and user, at thousands of servers). Servers, channels (their names label watch posts), roles and
 * threads stay cached: discord.js needs them to route events, and they are bounded by the servers the bot
 * is in.
 */
const GATEWAY_CACHES = {
  MessageManager: 0,
  DMMessageManager: 0,
  GuildMessageManager: 0,
  GuildMemberManager: onlyOurselves,
  UserManager: onlyOurselves,
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  ThreadMemberManager: 0,
  VoiceStateManager: 0,
  GuildEmojiManager: 0,
  GuildStickerManager: 0,
  GuildScheduledEventManager: 0,
  StageInstanceManager: 0,
  GuildInviteManager: 0,
  GuildBanManager: 0,
  AutoModerationRuleManager: 0,
  ApplicationCommandManager: 0,
} as const;

export function createGatewayClient(
  engine: () => Engine,
  settings: Settings,
  logger: Logger,
  hooks: GatewayHooks = {},
): GatewayBot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message; without this partial discord.js drops it.
    partials: [Partials.Channel],
    rest: restOptions(settings),
    allowedMentions: { parse: [] },
    makeCache: Options.cacheWithLimits(GATEWAY_CACHES),
  });
  const guard = hooks.guard ?? new Guard(settings);
  const inFlight = new Set<Promise<void>>();
  let closing = false;
  client.on(Events.InteractionCreate, (interaction) => {
    if (closing) return;
    const work = handleInteraction(engine(), interaction, logger, guard, hooks.pictures, hooks.server)
      .catch((error: unknown) =>
        logger.error({ interactionId: interaction.id, err: error }, 'interaction failed'),
      )
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  client.on(Events.MessageCreate, (message) => {
    if (closing) return;
    const question = questionOf(message, client.user?.id);
    if (question === undefined) return;
    const work = answerMessage(engine(), message, question, logger, guard, hooks.pictures).finally(() =>
      inFlight.delete(work),
    );
    inFlight.add(work);
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info(
      // How long the process took to be ready, for operators and for the benchmark.
      {
        user: ready.user.tag,
        guilds: ready.guilds.cache.size,
        uptimeMs: Math.round(process.uptime() * 1000),
      },
      'connected to the Discord gateway',
    );
  });
  // discord.js emits this only for the close codes it will not reconnect after.
  client.on(Events.ShardDisconnect, (event, shard) => {
    logger.fatal({ shard, code: event.code }, 'gateway closed for good; check DISCORD_TOKEN and the intents');
    hooks.onUnrecoverableClose?.(event.code);
  });
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'gateway session resumed'),
  );
  client.on(Events.ShardError, (error, shard) => logger.error({ shard, err: error }, 'gateway error'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  return {
    client,
    async drain(timeoutMs) {
      closing = true;
      const pending = inFlight.size;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const outcome = await Promise.race([
        Promise.allSettled([...inFlight]).then(() => 'done' as const),
        timeout,
      ]);
      clearTimeout(timer);
      logger.info({ pending, outcome, left: inFlight.size }, 'stopped taking interactions');
    },
  };
}

/** The question in a message meant for the bot (a DM, or a message mentioning it), without the mention. */
export function questionOf(message: Message, botId: string | undefined): string | undefined {
  if (!botId || message.author.bot || message.author.id === botId) return undefined;
  const direct = !message.inGuild();
  // Only a mention of the bot itself counts: not @everyone, not a role, not a reply's implicit mention.
  const mentioned = new RegExp(`<@!?${botId}>`).test(message.content);
  if (!direct && !mentioned) return undefined;
  return message.content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

async function answerMessage(
  engine: Engine,
  message: Message,
  question: string,
  logger: Logger,
  guard: Guard,
  pictures?: PicturePool,
) {
  const input: InteractionInput = { kind: 'question', question };
  try {
    const reaction =
      (await guard.check(input, message.author.id, message.channelId)) ??
      react(engine, input, pictures?.forUser(message.author.id));
    const reply =
      reaction.type === 'reply'
        ? reaction.message
        : reaction.type === 'update-then-follow-up'
          ? reaction.followUp
          : undefined;
    if (!reply) return;
    await message.reply({
      components: reply.components,
      // Only the Components V2 bit: a message in a channel cannot be ephemeral.
      flags: MessageFlags.IsComponentsV2,
      files: await discordFiles(reply),
      // A message cannot be private: the answer is public, and the reply pings nobody, not even the asker.
      allowedMentions: { parse: [], repliedUser: false },
    });
  } catch (error) {
    logger.error(
      { messageId: message.id, channelId: message.channelId, question, err: error },
      'message answer failed',
    );
  }
}

/** Reads what `react` needs from a discord.js interaction; anything else is ignored. */
export function inputOf(interaction: Interaction): InteractionInput | undefined {
  if (interaction.isAutocomplete()) {
    // Discord marks one option as focused; a payload without one (a client bug, a forged request) gets an
    // empty list instead of discord.js's TypeError.
    const focused = focusedOption(interaction);
    return {
      kind: 'autocomplete',
      command: interaction.commandName,
      focused: { name: focused.name, value: String(focused.value) },
      locale: interaction.locale,
    };
  }
  if (interaction.isChatInputCommand()) {
    const options = new Map<string, OptionValue>();
    for (const option of interaction.options.data) {
      if (
        typeof option.value === 'string' ||
        typeof option.value === 'number' ||
        typeof option.value === 'boolean'
      ) {
        options.set(option.name, option.value);
      }
    }
    return { kind: 'command', command: interaction.commandName, options, locale: interaction.locale };
  }
  if (interaction.isButton())
    return { kind: 'component', customId: interaction.customId, locale: interaction.locale };
  if (interaction.isStringSelectMenu())
    return {
      kind: 'component',
      customId: interaction.customId,
      values: interaction.values,
      locale: interaction.locale,
    };
  return undefined;
}

function focusedOption(interaction: AutocompleteInteraction): { name: string; value: unknown } {
  try {
    return interaction.options.getFocused(true);
  } catch {
    return { name: '', value: '' };
  }
}

export async function handleInteraction(
  engine: Engine,
  interaction: Interaction,
  logger: Logger,
  guard?: Guard,
  pictures?: PicturePool,
  server?: InteractionHook,
): Promise<void> {
  const started = Date.now();
  let input: InteractionInput | undefined;
  let outcome: Outcome = 'ok';
  try {
    // Inside the boundary: reading a malformed or unexpected interaction must not reject outside it.
    input = inputOf(interaction);
    if (!input) {
      logger.debug({ interactionId: interaction.id, type: interaction.type }, 'ignored an interaction type');
      return;
    }
    const limited = await guard?.check(input, interaction.user.id, interaction.channelId);
    if (limited) outcome = 'refused';
    const decided = limited ? undefined : await server?.decide(engine, input, interaction);
    const reaction = allowed(
      limited ??
        decided?.reaction ??
        react(engine, decided?.input ?? input, pictures?.forUser(interaction.user.id)),
      decided,
    );
    switch (reaction.type) {
      case 'autocomplete':
        await (interaction as AutocompleteInteraction).respond(reaction.choices);
        return;
      case 'reply':
        if (interaction.isRepliable()) {
          await replyWithFiles(interaction, replyOptions(reaction.message), reaction.message);
        }
        return;
      case 'update':
        if (interaction.isMessageComponent()) {
          await updateWithFiles(interaction, updateOptions(reaction.message), reaction.message);
        }
        return;
      case 'update-then-follow-up':
        if (interaction.isMessageComponent()) {
          await interaction.update(updateOptions(reaction.update));
          await interaction.followUp({
            ...replyOptions(reaction.followUp),
            files: await discordFiles(reaction.followUp),
          });
        }
        return;
    }
  } catch (error) {
    if (error instanceof PicturesBusy) {
      outcome = 'refused';
      logger.info(
        { interactionId: interaction.id, reason: error.reason },
        'picture refused: too many being drawn',
      );
      await tell(interaction, catalog(langOf(interaction.locale)).render.slowDown(error.retryAfterS), logger);
      return;
    }
    // 10062: Discord no longer knows the interaction, typically because the 3-second window passed.
    const expired = (error as { code?: unknown } | null)?.code === 10062;
    outcome = expired ? 'expired' : 'error';
    logger.error(
      {
        interactionId: interaction.id,
        input: input && describeInput(input),
        ms: Date.now() - started,
        expired,
        err: error,
      },
      expired ? 'interaction could not be answered in time' : 'interaction failed',
    );
    await apologise(interaction, logger);
  } finally {
    // Discord's own verdict on the window is 10062 (expired); the duration includes any follow-up.
    if (input) metrics.interaction('gateway', input.kind, commandLabel(input), outcome, Date.now() - started);
  }
}

/** A private notice, however far the answer got (not sent, deferred, or sent). */
async function tell(interaction: Interaction, text: string, logger: Logger): Promise<void> {
  try {
    if (!interaction.isRepliable()) return;
    const notice = replyOptions(renderNotice(text));
    if (interaction.deferred && !interaction.replied) {
      // An edit keeps the deferred reply's visibility; it only switches the message to Components V2.
      await interaction.editReply({ ...notice, flags: MessageFlags.IsComponentsV2 });
    } else if (interaction.replied) await interaction.followUp(notice);
    else await interaction.reply(notice);
  } catch (error) {
    logger.warn({ interactionId: interaction.id, err: error }, 'could not tell the user about a refusal');
  }
}

async function apologise(interaction: Interaction, logger: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const notice = replyOptions(
      renderNotice('Something went wrong on our side; it has been logged. Please try again.'),
    );
    if (interaction.replied || interaction.deferred) await interaction.followUp(notice);
    else await interaction.reply(notice);
  } catch (error) {
    logger.warn({ interactionId: interaction.id, err: error }, 'could not tell the user about a failure');
  }
}

function describeInput(input: InteractionInput) {
  return input.kind === 'command' ? { ...input, options: Object.fromEntries(input.options) } : input;
}

function replyOptions(message: DiscordMessage): InteractionReplyOptions {
  return {
    components: message.components,
    allowedMentions: message.allowed_mentions,
    // discord.js types flags as named bits; the renderer sets IsComponentsV2 and, when private, Ephemeral.
    flags: message.flags as InteractionReplyOptions['flags'],
  };
}

/** An update cannot change a message's visibility: it carries only the Components V2 bit. */
function updateOptions(message: DiscordMessage): InteractionUpdateOptions {
  return {
    components: message.components,
    allowedMentions: message.allowed_mentions,
    flags: MessageFlags.IsComponentsV2,
  };
}
