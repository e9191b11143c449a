/**
 * `/latest`: the newest deals and status changes by date, read from the deals' dated histories (the
 * knowledge base's changelog), each line with the page that reported it; `since` keeps what happened
 * from a date on.
 */
import { type Catalog, catalog, type Lang } from '../i18n/index.js';
import type { DealEvent } from '../knowledge/knowledgeBase.js';
import { isoDate } from '../knowledge/schema.js';
import { Citations } from './citations.js';
import { directionText, headlineText } from './dealView.js';
import type { Engine } from './engine.js';
import { type Answer, call, type Line, line, toned } from './model.js';
import { quote } from './resolve.js';

export const LATEST_LIMIT = 15;

export interface LatestQuery {
  since?: string | undefined;
}

export function latestAnswer(engine: Engine, query: LatestQuery, lang: Lang = 'en'): Answer {
  const t = catalog(lang);
  const say = t.answers;
  const { kb } = engine;
  const since = query.since?.trim() || undefined;
  if (since !== undefined && !isoDate.safeParse(since).success) {
    return {
      status: 'invalid',
      title: say.badSince(quote(since)),
      lead: line(say.sinceFormat),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: [{ label: say.latestTitle, command: call('latest') }],
    };
  }
  // Events are newest first, so those since a date are a prefix of the list.
  const events: DealEvent[] = [];
  let total = 0;
  for (const event of kb.events) {
    if (since !== undefined && event.step.date < since) break;
    total++;
    if (events.length < LATEST_LIMIT) events.push(event);
  }
  const title = since ? say.latestSince(t.date(since)) : say.latestTitle;
  if (events.length === 0) {
    return {
      status: 'empty',
      title,
      lead: line(say.nothingSince(t.date(since ?? kb.meta.asOf), kb.meta.asOf)),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: [{ label: say.latestTitle, command: call('latest') }],
    };
  }
  const cites = new Citations(kb);
  const lines: Line[] = events.map((e) => eventLine(engine, e, cites, t));
  if (total > events.length) lines.push(toned('muted', say.andMoreEvents(total - events.length)));
  return {
    status: 'ok',
    title,
    lead: line(say.latestLead(kb.meta.asOf)),
    blocks: [{ lines }],
    citations: cites.list(),
    asOf: kb.meta.asOf,
    ...(since && { canonical: { since } }),
  };
}

/** "12 Jun 2026 · new · SpaceX lists on Nasdaq… · $75 billion · SpaceX [3]" or "… · now blocked by a regulator · …". */
function eventLine(engine: Engine, { deal, step, index }: DealEvent, cites: Citations, t: Catalog): Line {
  const { kb } = engine;
  const previous = deal.history[index - 1];
  // A step that keeps the status records news about the deal (its note), not a change.
  const what =
    index === 0
      ? t.answers.newDeal(t.status[step.status])
      : previous?.status === step.status
        ? t.answers.dealUpdate(step.note ?? t.status[step.status])
        : t.answers.nowStatus(t.status[step.status]);
  const amount = index === 0 ? headlineText(kb, deal, t) : undefined;
  const parts = [
    t.date(step.date),
    what,
    deal.title,
    ...(amount ? [amount] : []),
    directionText(kb, deal, t),
  ];
  return { parts: [`${parts.join(' · ')} `, ...cites.cite(step.sources, 1)] };
}
