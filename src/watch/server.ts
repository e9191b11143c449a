import { type APIMessageTopLevelComponent, ComponentType, PermissionFlagsBits } from 'discord-api-types/v10';
/**
 * The server side of interactions: /watch and /settings (answered from the database), and the server's
 * settings applied to every other answer (language, private by default, pictures). The transports call
 * `decide` once per interaction, before `react`; it never throws (a database outage becomes a polite
 * notice for /watch and /settings, and plain defaults for everything else).
 */
import type { Engine } from '../answers/engine.js';
import type { Answer } from '../answers/model.js';
import { filterText, settingsAnswer, watchAddedAnswer, watchListAnswer } from '../answers/watch.js';
import { parseAmounts } from '../ask/numbers.js';
import type { OptionValue } from '../commands/command.js';
import type { InteractionInput, Reaction } from '../discord/react.js';
import { type Catalog, catalog, isLang, langOf } from '../i18n/index.js';
import { ORDERING_RATE_TO_USD } from '../knowledge/knowledgeBase.js';
import type { Logger } from '../log.js';
import { type DiscordMessage, renderAnswer, renderNotice } from '../render/discord.js';
import { type Choice, companyChoices } from '../search/autocomplete.js';
import {
  dmTarget,
  type ServerSettings,
  type Store,
  type WatchFilter,
  type WatchLimits,
} from '../store/store.js';

/** What the server side needs to know about an interaction, whatever the transport. */
export interface Place {
  /** Null in a DM (or a group DM, through user install). */
  guildId: string | null;
  channelId: string | null;
  userId: string;
  /** The member's permissions in the channel, as Discord sends them (a decimal bit string); null in DMs. */
  permissions: string | null;
  /** For /watch and /settings: the sub-command and its options (Discord nests them one level down). */
  subcommand?: string | undefined;
  options?: ReadonlyMap<string, OptionValue>;
}

export interface Decision {
  /** Set for /watch and /settings: the whole answer. */
  reaction?: Reaction;
  /** Everything else: the input with the server's language and privacy applied. */
  input: InteractionInput;
  /** False when the server turned pictures off: the transport drops them from the answer. */
  pictures: boolean;
}

/** What the transports' hooks call: ServerSide, or a stand-in when the database is unavailable. */
export interface Decider {
  decide(engine: Engine, input: InteractionInput, place: Place): Promise<Decision>;
}

/** Whether the member may change watches and settings: Manage Server, or Administrator. */
export function canManage(permissions: string | null): boolean {
  if (permissions === null || !/^\d+$/.test(permissions)) return false;
  const bits = BigInt(permissions);
  return (bits & PermissionFlagsBits.ManageGuild) !== 0n || (bits & PermissionFlagsBits.Administrator) !== 0n;
}

const SETTINGS_TTL_MS = 10_000;
const SETTINGS_WAIT_MS = 500;
const SETTINGS_CACHE_MAX = 10_000;

export const DEFAULT_LIMITS: WatchLimits = { perServer: 25, perChannel: 10, perUser: 10 };

/** A money amount as /ask reads it ("$1B", "500 million", "2,5 miliardi"), in rough US dollars. */
export function readMin(text: string): number | undefined {
  const amounts = parseAmounts(text);
  if (amounts.length !== 1) return undefined;
  const [amount] = amounts;
  if (!amount || amount.ambiguous) return undefined;
  return Math.round(amount.value * (ORDERING_RATE_TO_USD[amount.currency ?? 'USD'] ?? 1));
}

const NO_CONTROLS = { page: () => undefined, sources: () => undefined };

export class ServerSide implements Decider {
  constructor(
    private readonly store: Store,
    private readonly logger?: Logger,
    private readonly limits: WatchLimits = DEFAULT_LIMITS,
    /** A channel's name, when the transport knows it (the gateway's cache). */
    private readonly channelName?: (id: string) => string | undefined,
  ) {}

  private readonly cache = new Map<string, { settings: ServerSettings | undefined; at: number }>();

  /**
   * A server's settings for an ordinary answer: cached for SETTINGS_TTL_MS (another instance's /settings
   * change shows within that), and never waited for longer than SETTINGS_WAIT_MS — a slow or unreachable
   * database costs the server its settings for that answer, not the answer's 3-second window.
   */
  private async quickSettings(guildId: string): Promise<ServerSettings | undefined> {
    const cached = this.cache.get(guildId);
    if (cached && Date.now() - cached.at < SETTINGS_TTL_MS) return cached.settings;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), SETTINGS_WAIT_MS);
    });
    const read = this.store.settings(guildId).then((settings) => {
      this.cache.set(guildId, { settings, at: Date.now() });
      if (this.cache.size > SETTINGS_CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
      return settings;
    });
    const outcome = await Promise.race([read, late]).finally(() => clearTimeout(timer));
    if (outcome === 'late') {
      read.catch(() => undefined);
      this.logger?.warn({ guildId }, 'server settings not read in time; answering with the defaults');
      return cached?.settings;
    }
    return outcome;
  }

  static handles(command: string): boolean {
    return command === 'watch' || command === 'settings';
  }

  async decide(engine: Engine, input: InteractionInput, place: Place): Promise<Decision> {
    const command = input.kind === 'command' || input.kind === 'autocomplete' ? input.command : undefined;
    try {
      if (command && ServerSide.handles(command)) {
        // Said in the server's language too, when it set one.
        const settings = place.guildId === null ? undefined : await this.store.settings(place.guildId);
        const said = settings?.lang && isLang(settings.lang) ? { ...input, locale: settings.lang } : input;
        return { input, pictures: true, reaction: await this.serve(engine, said, place) };
      }
      if (place.guildId === null) return { input, pictures: true };
      const settings = await this.quickSettings(place.guildId);
      return settings
        ? { input: applySettings(input, settings), pictures: settings.pictures }
        : { input, pictures: true };
    } catch (error) {
      this.logger?.error({ err: error, command }, 'server settings or watches unavailable');
      if (command && ServerSide.handles(command)) {
        const t = catalog(langOf(input.locale));
        const reaction: Reaction =
          input.kind === 'autocomplete'
            ? { type: 'autocomplete', choices: [] }
            : { type: 'reply', message: renderNotice(t.watch.unavailable) };
        return { input, pictures: true, reaction };
      }
      return { input, pictures: true };
    }
  }

  private async serve(engine: Engine, input: InteractionInput, place: Place): Promise<Reaction> {
    const lang = langOf(input.locale);
    const t = catalog(lang);
    if (input.kind === 'autocomplete')
      return { type: 'autocomplete', choices: await this.choices(engine, input.focused, place, t) };
    const options = place.options ?? new Map<string, OptionValue>();
    const reply = (answer: Answer): Reaction => ({
      type: 'reply',
      message: renderAnswer(answer, { page: 0, ephemeral: true, ids: NO_CONTROLS, t }),
    });
    const notice = (text: string): Reaction => ({ type: 'reply', message: renderNotice(text) });
    const inGuild = place.guildId !== null;
    const mayChange = !inGuild || canManage(place.permissions);
    const scope = inGuild ? { guildId: place.guildId as string } : { userId: place.userId };
    const { kb } = engine;

    if (input.kind === 'command' && input.command === 'settings') {
      if (!inGuild) return notice(t.watch.notInServer);
      const current: ServerSettings = (await this.store.settings(place.guildId as string)) ?? {
        guildId: place.guildId as string,
        lang: null,
        privateAnswers: false,
        pictures: true,
      };
      const language = options.get('language');
      const privateAnswers = options.get('private');
      const pictures = options.get('pictures');
      const changing = language !== undefined || privateAnswers !== undefined || pictures !== undefined;
      if (!changing) return reply(settingsAnswer(kb, current, false, lang));
      if (!mayChange) return notice(t.watch.noPermission);
      const next: ServerSettings = {
        ...current,
        ...(typeof language === 'string' && { lang: isLang(language) ? language : null }),
        ...(typeof privateAnswers === 'boolean' && { privateAnswers }),
        ...(typeof pictures === 'boolean' && { pictures }),
      };
      await this.store.saveSettings(next);
      this.cache.set(next.guildId, { settings: next, at: Date.now() });
      // Said in the language just chosen, when one was.
      return reply(settingsAnswer(kb, next, true, next.lang && isLang(next.lang) ? next.lang : lang));
    }

    switch (place.subcommand) {
      case 'list': {
        const watches = [
          ...(inGuild ? await this.store.watchesOf(scope) : []),
          ...(await this.store.watchesOf({ userId: place.userId })),
        ];
        return reply(
          watchListAnswer(
            kb,
            { channelId: place.channelId ?? undefined, watches, channelName: this.channelName },
            lang,
          ),
        );
      }
      case 'add': {
        if (!mayChange) return notice(t.watch.noPermission);
        const filter: WatchFilter = {};
        const company = options.get('company');
        if (typeof company === 'string' && company.trim()) {
          const found = engine.resolver.resolve(company);
          if (found.status !== 'found') return notice(t.watch.badCompany(company.slice(0, 100)));
          filter.company = found.match.company.id;
        }
        const kind = options.get('kind');
        if (typeof kind === 'string' && kind in t.kind) filter.kind = kind;
        const status = options.get('status');
        if (typeof status === 'string' && status in t.status) filter.status = status;
        const min = options.get('min');
        if (typeof min === 'string' && min.trim()) {
          const usd = readMin(min);
          if (usd === undefined) return notice(t.watch.badMin(min.slice(0, 40)));
          filter.minUsd = usd;
        }
        const added = await this.store.addWatch(
          { guildId: place.guildId, channelId: place.channelId, userId: place.userId, lang },
          filter,
          this.limits,
        );
        if (!added.ok) {
          if (added.reason === 'duplicate') {
            // The same watch again where it was paused: the member is asking for posts there again.
            const resumed = added.watch.pausedAt ? await this.store.resumeTarget(added.watch.target) : 0;
            return resumed > 0
              ? reply(watchAddedAnswer(kb, added.watch, resumed, lang))
              : notice(t.watch.duplicate);
          }
          const say = {
            'channel-limit': t.watch.channelLimit,
            'server-limit': t.watch.serverLimit,
            'user-limit': t.watch.userLimit,
          };
          return notice(say[added.reason](added.limit));
        }
        // Someone who may manage the server asked for posts here again: paused watches of this target resume.
        const resumed = await this.store.resumeTarget(added.watch.target);
        this.logger?.info({ guildId: place.guildId, target: added.watch.target, resumed }, 'watch added');
        return reply(watchAddedAnswer(kb, added.watch, resumed, lang));
      }
      case 'remove': {
        if (!mayChange) return notice(t.watch.noPermission);
        const id = options.get('watch');
        const removed =
          typeof id === 'string' &&
          ((await this.store.removeWatch(id, scope)) ||
            (inGuild && (await this.store.removeWatch(id, { userId: place.userId }))));
        return notice(removed ? t.watch.removed : t.watch.notFound);
      }
      default:
        return notice(t.render.unknownCommand(`watch ${place.subcommand ?? ''}`.trim()));
    }
  }

  private async choices(
    engine: Engine,
    focused: { name: string; value: string },
    place: Place,
    t: Catalog,
  ): Promise<Choice[]> {
    if (focused.name === 'company') return companyChoices(engine, focused.value, t);
    if (focused.name !== 'watch') return [];
    const watches = [
      ...(place.guildId !== null ? await this.store.watchesOf({ guildId: place.guildId }) : []),
      ...(await this.store.watchesOf({ userId: place.userId })),
    ];
    const typed = focused.value.toLowerCase();
    return watches
      .map((w) => {
        const where =
          w.guildId === null
            ? t.watch.byDm
            : w.channelId === place.channelId
              ? t.watch.inThisChannel
              : `#${this.channelName?.(w.channelId ?? '') ?? '?'}`;
        const name = `${filterText(engine.kb, w, t)} (${where})`;
        return { name: name.length > 100 ? `${name.slice(0, 99)}…` : name, value: w.id };
      })
      .filter((c) => c.name.toLowerCase().includes(typed))
      .slice(0, 25);
  }
}

/** The server's language (unless it left it to each user) and its private-by-default choice. */
export function applySettings(input: InteractionInput, settings: ServerSettings): InteractionInput {
  const locale = settings.lang && isLang(settings.lang) ? settings.lang : input.locale;
  const withLocale = locale === undefined ? input : { ...input, locale };
  if (!settings.privateAnswers) return withLocale;
  if (withLocale.kind === 'command' && !withLocale.options.has('hide'))
    return { ...withLocale, options: new Map(withLocale.options).set('hide', true) };
  if (withLocale.kind === 'question' && withLocale.hide === undefined) return { ...withLocale, hide: true };
  return withLocale;
}

/** The answer without its picture (a server that turned pictures off). */
export function withoutPictures(message: DiscordMessage): DiscordMessage {
  if (!message.files?.length) return message;
  const { files: _files, ...rest } = message;
  return { ...rest, components: rest.components.map(withoutGallery) };
}

/** A top-level component without the media gallery that showed the picture (inside the answer's container). */
function withoutGallery(component: APIMessageTopLevelComponent): APIMessageTopLevelComponent {
  if (component.type !== ComponentType.Container) return component;
  return {
    ...component,
    components: component.components.filter((c) => c.type !== ComponentType.MediaGallery),
  };
}

export function dropPictures(reaction: Reaction): Reaction {
  switch (reaction.type) {
    case 'reply':
    case 'update':
      return { ...reaction, message: withoutPictures(reaction.message) };
    case 'update-then-follow-up':
      return { ...reaction, followUp: withoutPictures(reaction.followUp) };
    default:
      return reaction;
  }
}

export { dmTarget };
