/** `/top`: the largest live deals, optionally of one kind and one year, each with its qualifier and source. */
import { type Catalog, catalog, catalogs, type Lang } from '../i18n/index.js';
import type { KnowledgeBase, RankedDeal } from '../knowledge/knowledgeBase.js';
import { type DealKind, dealKind } from '../knowledge/schema.js';
import { compactName } from '../text/normalize.js';
import { Citations } from './citations.js';
import { directionText, periodicValue } from './dealView.js';
import type { Engine } from './engine.js';
import { type Answer, type Block, call, type Line, line, toned } from './model.js';
import { quote } from './resolve.js';

export const TOP_LIMIT = 10;

export interface TopQuery {
  kind?: string | undefined;
  year?: number | undefined;
}

/** Accepts a kind id or its words in any language, loosely: "compute", "Compute contract", "licencia". */
export function parseDealKind(text: string): DealKind | undefined {
  const key = compactName(text);
  if (!key) return undefined;
  const kinds = dealKind.options;
  const names = (k: DealKind) => [k, ...Object.values(catalogs).map((t) => t.kind[k])].map(compactName);
  return (
    kinds.find((k) => names(k).includes(key)) ??
    kinds.find((k) => names(k).some((name) => name.startsWith(key)))
  );
}

export function topAnswer(engine: Engine, query: TopQuery, lang: Lang = 'en'): Answer {
  const t = catalog(lang);
  const say = t.answers;
  const { kb } = engine;
  const base = { citations: [], asOf: kb.meta.asOf, blocks: [] };
  let kind: DealKind | undefined;
  if (query.kind !== undefined && query.kind.trim() !== '') {
    kind = parseDealKind(query.kind);
    if (!kind) {
      return {
        ...base,
        status: 'invalid',
        title: say.unknownKind(quote(query.kind)),
        lead: line(say.kinds(dealKind.options.join(', '))),
        suggestions: [{ label: say.anyKind, command: call('top') }],
      };
    }
  }
  const year = query.year;
  const years = kb.years;
  if (year !== undefined && !years.includes(year)) {
    return {
      ...base,
      status: 'empty',
      title: say.noDealsIn(year),
      lead: line(say.yearsAvailable(years.join(', '))),
      suggestions: years.map((y) => ({
        label: String(y),
        command: call('top', { kind, year: y }),
      })),
    };
  }

  const slice = kb.rankingOf(kind, year);
  const ranked = slice.ranked.slice(0, TOP_LIMIT);
  const scope = say.scope(kind && t.kind[kind], year);
  if (ranked.length === 0) {
    return {
      ...base,
      status: 'empty',
      title: say.noneRanked(scope),
      suggestions: [{ label: say.allDeals, command: call('top') }],
    };
  }

  const cites = new Citations(kb);
  const blocks = rankedBlocks(kb, ranked, cites, t);
  const left = slice.unranked;
  if (left > 0) blocks.push({ lines: [toned('muted', say.notRanked(left, slice.fees))] });
  return {
    status: 'ok',
    title: say.largest(scope),
    lead: line(say.rankedBy),
    blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
    canonical: { ...(kind && { kind }), ...(year !== undefined && { year }) },
  };
}

/** Each ranked deal as a block of its own: one line, with its full card one click away. */
export function rankedBlocks(
  kb: KnowledgeBase,
  ranked: readonly Pick<RankedDeal, 'deal' | 'amount'>[],
  cites: Citations,
  t: Catalog,
): Block[] {
  return ranked.map((entry, i) => {
    const summary = rankedLine(kb, entry, i + 1, cites, t);
    return { heading: entry.deal.title, lines: [summary], summary, dealId: entry.deal.id };
  });
}

/** "(part of: Stargate…)", when a ranked deal belongs to a larger one that is ranked or described elsewhere. */
function partOfMention(kb: KnowledgeBase, deal: RankedDeal['deal'], t: Catalog): string[] {
  const whole = deal.partOf ? kb.deals.get(deal.partOf) : undefined;
  return whole ? [`(${t.answers.partOfDeal(whole.title)}) `] : [];
}

/** "1. $122 billion · Amazon, NVIDIA… → OpenAI · funding round · closed · 27 Feb 2026 [1]": one ranked deal. */
export function rankedLine(
  kb: KnowledgeBase,
  { deal, amount }: Pick<RankedDeal, 'deal' | 'amount'>,
  position: number,
  cites: Citations,
  t: Catalog,
): Line {
  return {
    parts: [
      `${position}. ${periodicValue(amount, t)} · ${directionText(kb, deal, t)} · ${t.kind[deal.kind]} · ${t.status[deal.status]} · ${t.date(deal.date)}`,
      // A deal that is itself only reported already says so in its status.
      amount.disclosure === 'announced' || deal.status === 'reported'
        ? ' '
        : ` · ${t.disclosure[amount.disclosure]} `,
      ...(kb.isLowConfidence(amount) ? [`(${t.figure.lowConfidence}) `] : []),
      ...partOfMention(kb, deal, t),
      ...cites.cite(amount.sources, 1),
    ],
  };
}
