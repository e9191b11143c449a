/** `/top`: the largest live deals, optionally of one kind and one year, each with its qualifier and source. */
import { INACTIVE_STATUSES } from '../knowledge/knowledgeBase.js';
import { type DealKind, dealKind } from '../knowledge/schema.js';
import { compactName } from '../text/normalize.js';
import { Citations } from './citations.js';
import { directionText } from './dealView.js';
import type { Engine } from './engine.js';
import { DISCLOSURE_WORDS, figureValue, formatDate, KIND_WORDS, STATUS_WORDS } from './format.js';
import { type Answer, type Line, line, toned } from './model.js';
import { quote } from './resolve.js';

export const TOP_LIMIT = 10;

/**
 * Rough rates used only to order deals in different currencies against each other; amounts are always
 * shown in their own currency, never converted.
 */
const ORDERING_RATE_TO_USD: Record<string, number> = {
  USD: 1,
  EUR: 1.1,
  GBP: 1.3,
  JPY: 0.007,
  KRW: 0.0007,
  CNY: 0.14,
};

export interface TopQuery {
  kind?: string | undefined;
  year?: number | undefined;
}

/** Accepts a kind id or its words, loosely: "compute", "Compute contract", "licence". */
export function parseDealKind(text: string): DealKind | undefined {
  const key = compactName(text);
  if (!key) return undefined;
  const kinds = dealKind.options;
  return (
    kinds.find((k) => compactName(k) === key || compactName(KIND_WORDS[k]) === key) ??
    kinds.find((k) => compactName(k).startsWith(key))
  );
}

export function topAnswer(engine: Engine, query: TopQuery): Answer {
  const { kb } = engine;
  const base = { citations: [], asOf: kb.meta.asOf, blocks: [] };
  let kind: DealKind | undefined;
  if (query.kind !== undefined && query.kind.trim() !== '') {
    kind = parseDealKind(query.kind);
    if (!kind) {
      return {
        ...base,
        status: 'invalid',
        title: `Unknown deal kind ${quote(query.kind)}`,
        lead: line(`Kinds: ${dealKind.options.join(', ')}.`),
        suggestions: [{ label: 'Largest deals of any kind', command: '/top' }],
      };
    }
  }
  const year = query.year;
  const years = [...new Set(kb.dealList.map((d) => Number(d.date.slice(0, 4))))].sort();
  if (year !== undefined && !years.includes(year)) {
    return {
      ...base,
      status: 'empty',
      title: `No deals dated ${year}`,
      lead: line(`The knowledge base has deals from ${years.join(', ')}.`),
      suggestions: years.map((y) => ({
        label: String(y),
        command: `/top${kind ? ` kind:${kind}` : ''} year:${y}`,
      })),
    };
  }

  const candidates = kb.dealList.filter(
    (d) => (!kind || d.kind === kind) && (year === undefined || d.date.startsWith(String(year))),
  );
  const ranked = candidates
    .filter((d) => !INACTIVE_STATUSES.has(d.status) && !d.aggregate && !d.partOf)
    .map((d) => ({ deal: d, amount: kb.headlineAmount(d) }))
    .filter((x) => x.amount?.amount !== undefined)
    .sort((x, y) => usd(y.amount!) - usd(x.amount!))
    .slice(0, TOP_LIMIT);
  const scope = `${kind ? `${KIND_WORDS[kind]} deals` : 'deals'}${year ? ` of ${year}` : ''}`;
  if (ranked.length === 0) {
    return {
      ...base,
      status: 'empty',
      title: `No ${scope} with a disclosed amount`,
      suggestions: [{ label: 'All deals', command: '/top' }],
    };
  }

  const cites = new Citations(kb);
  const lines: Line[] = ranked.map(({ deal, amount }, i) => ({
    parts: [
      `${i + 1}. ${figureValue(amount!)} · ${directionText(kb, deal)} · ${KIND_WORDS[deal.kind]} · ${STATUS_WORDS[deal.status]} · ${formatDate(deal.date)}`,
      amount!.disclosure === 'announced' ? ' ' : ` · ${DISCLOSURE_WORDS[amount!.disclosure]} `,
      ...cites.cite(amount!.sources, 1),
      ` (${deal.id})`,
    ],
  }));
  const left = candidates.filter((d) => INACTIVE_STATUSES.has(d.status) || d.aggregate || d.partOf).length;
  if (left > 0) {
    lines.push(
      toned(
        'muted',
        `Not ranked: ${left} deal(s) superseded, stalled, in talks, terminated, roll-ups, or parts of larger deals.`,
      ),
    );
  }
  return {
    status: 'ok',
    title: `Largest ${scope}`,
    lead: line('Ranked by headline amount; "up to" and reported figures say so.'),
    blocks: [{ lines }],
    citations: cites.list(),
    asOf: kb.meta.asOf,
    canonical: { ...(kind && { kind }), ...(year !== undefined && { year }) },
  };
}

function usd(amount: { amount?: number | undefined; currency: string }): number {
  return (amount.amount ?? 0) * (ORDERING_RATE_TO_USD[amount.currency] ?? 1);
}
