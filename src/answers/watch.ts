/**
 * What watches and /settings show, as answers: the post for one knowledge change, the digest for a burst,
 * a watch's filter in words, the watch list and the server settings. Pure: data in, Answer out; the
 * Discord renderer draws them like every other answer.
 */
import { type Catalog, catalog, isLang, type Lang } from '../i18n/index.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { DealKind, DealStatus } from '../knowledge/schema.js';
import type { ServerSettings, Watch, WatchFilter } from '../store/store.js';
import type { KbChange } from '../watch/changes.js';
import { Citations } from './citations.js';
import { companyName, directionText, headlineText } from './dealView.js';
import { type Answer, type Line, labelled, line, toned } from './model.js';

/** Lines a digest lists before "…and n more". */
export const DIGEST_LINES = 15;

/** "OpenAI · acquisition · at least $1 billion · closed", or "every deal". */
export function filterText(kb: KnowledgeBase, filter: WatchFilter, t: Catalog): string {
  const parts = [
    filter.company !== undefined && companyName(kb, filter.company),
    filter.kind !== undefined && (t.kind[filter.kind as DealKind] ?? filter.kind),
    filter.minUsd !== undefined && t.watch.atLeast(t.money(filter.minUsd, 'USD')),
    filter.status !== undefined && (t.status[filter.status as DealStatus] ?? filter.status),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(' · ') : t.watch.anyDeal;
}

/** "3 Jun 2026 · $40 billion · SoftBank → OpenAI [1]": what happened, with the page that reported it. */
function changeLine(
  kb: KnowledgeBase,
  change: KbChange,
  cites: Citations,
  t: Catalog,
  withTitle: boolean,
): Line {
  const { deal, step } = change;
  const what =
    change.what === 'new'
      ? t.answers.newDeal(t.status[step.status])
      : change.what === 'update'
        ? t.answers.dealUpdate(step.note ?? t.status[step.status])
        : t.answers.nowStatus(t.status[step.status]);
  const amount = headlineText(kb, deal, t);
  const parts = [
    t.date(step.date),
    what,
    ...(withTitle ? [deal.title] : []),
    ...(amount ? [amount] : []),
    directionText(kb, deal, t),
  ];
  return { parts: [`${parts.join(' · ')} `, ...cites.cite(step.sources, 1)] };
}

/**
 * The change as a reader of `kb` sees it: its deal and step from that language's view (curated title,
 * summary and note), since changes are found once, in English, for every target.
 */
function readIn(kb: KnowledgeBase, change: KbChange): KbChange {
  const deal = kb.deals.get(change.deal.id);
  const step = deal?.history[change.index];
  return deal && step ? { ...change, deal, step } : change;
}

/** The post for one change, in the target's language. */
export function changeAnswer(
  english: KnowledgeBase,
  found: KbChange,
  filter: WatchFilter,
  lang: Lang = 'en',
): Answer {
  const kb = english.inLanguage(lang);
  const change = readIn(kb, found);
  const t = catalog(lang);
  const cites = new Citations(kb);
  const { deal, step } = change;
  const title =
    change.what === 'new'
      ? t.watch.newDeal(deal.title)
      : change.what === 'status'
        ? t.watch.nowStatus(deal.title, t.status[step.status])
        : t.watch.update(deal.title);
  const lines: Line[] = [changeLine(kb, change, cites, t, false)];
  if (change.what === 'new') lines.push(line(deal.summary));
  else if (step.note) lines.push(line(step.note));
  lines.push(toned('muted', t.watch.watchedFor(filterText(kb, filter, t))));
  return {
    status: 'ok',
    title,
    blocks: [{ badge: t.status[deal.status], lines }],
    citations: cites.list(),
    asOf: kb.meta.asOf,
    canonical: { deal: deal.id },
  };
}

/** One message for a burst: the changes newest first, at most DIGEST_LINES of them. */
export function digestAnswer(english: KnowledgeBase, found: readonly KbChange[], lang: Lang = 'en'): Answer {
  const kb = english.inLanguage(lang);
  const changes = found.map((c) => readIn(kb, c));
  const t = catalog(lang);
  const cites = new Citations(kb);
  const newest = [...changes].reverse();
  const lines = newest.slice(0, DIGEST_LINES).map((c) => changeLine(kb, c, cites, t, true));
  if (newest.length > DIGEST_LINES) lines.push(toned('muted', t.watch.andMore(newest.length - DIGEST_LINES)));
  return {
    status: 'ok',
    title: t.watch.digestTitle(changes.length),
    lead: line(t.watch.digestLead),
    blocks: [{ lines }],
    citations: cites.list(),
    asOf: kb.meta.asOf,
  };
}

export function watchAddedAnswer(
  kb: KnowledgeBase,
  watch: Watch,
  resumed: number,
  lang: Lang = 'en',
): Answer {
  const t = catalog(lang);
  const where = watch.guildId === null ? t.watch.byDm : t.watch.inThisChannel;
  return {
    status: 'ok',
    title: t.watch.added,
    lead: line(t.watch.addedLead(filterText(kb, watch, t), where)),
    blocks: resumed > 0 ? [{ lines: [line(t.watch.resumed(resumed))] }] : [],
    citations: [],
    asOf: kb.meta.asOf,
  };
}

export interface WatchListing {
  /** The channel the command ran in (undefined in a DM). */
  channelId?: string | undefined;
  watches: readonly Watch[];
  /** A channel's name for the list, when the transport knows it. */
  channelName?: (id: string) => string | undefined;
}

export function watchListAnswer(kb: KnowledgeBase, listing: WatchListing, lang: Lang = 'en'): Answer {
  const t = catalog(lang);
  const entry = (w: Watch, where?: string): Line => {
    const text = [where, filterText(kb, w, t)].filter(Boolean).join(': ');
    return w.pausedAt ? toned('muted', `${text} (${t.watch.paused})`) : line(text);
  };
  const dm = listing.watches.filter((w) => w.guildId === null);
  const here = listing.watches.filter((w) => w.guildId !== null && w.channelId === listing.channelId);
  const others = listing.watches.filter((w) => w.guildId !== null && w.channelId !== listing.channelId);
  const blocks = [
    ...(here.length > 0 ? [{ heading: t.watch.hereHeading, lines: here.map((w) => entry(w)) }] : []),
    ...(others.length > 0
      ? [
          {
            heading: t.watch.otherChannels,
            lines: others.map((w) => entry(w, `#${listing.channelName?.(w.channelId ?? '') ?? '?'}`)),
          },
        ]
      : []),
    ...(dm.length > 0 ? [{ heading: t.watch.dmHeading, lines: dm.map((w) => entry(w)) }] : []),
  ];
  return {
    status: blocks.length > 0 ? 'ok' : 'empty',
    title: t.watch.listTitle,
    ...(blocks.length === 0 && { lead: line(t.watch.listEmpty) }),
    blocks,
    citations: [],
    asOf: kb.meta.asOf,
  };
}

export function settingsAnswer(
  kb: KnowledgeBase,
  settings: ServerSettings,
  saved: boolean,
  lang: Lang = 'en',
): Answer {
  const t = catalog(lang);
  const yesNo = (value: boolean) => (value ? t.watch.yes : t.watch.no);
  const language =
    settings.lang && isLang(settings.lang) ? LANGUAGE_NAMES[settings.lang] : t.watch.userLanguage;
  return {
    status: 'ok',
    title: saved ? t.watch.settingsSaved : t.watch.settingsTitle,
    lead: line(t.watch.settingsLead),
    blocks: [
      {
        lines: [
          labelled(t.watch.language, language),
          labelled(t.watch.privateAnswers, yesNo(settings.privateAnswers)),
          labelled(t.watch.pictures, yesNo(settings.pictures)),
        ],
      },
    ],
    citations: [],
    asOf: kb.meta.asOf,
  };
}

/** Each language by its own name, as a language menu shows it. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español', it: 'Italiano' };
