/** `/deal`: every deal between two companies in both directions, or every deal of one, newest first. */
import { type Catalog, catalog, commandText, type Lang } from '../i18n/index.js';
import { amountCertainty, type KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { CONFIRMED_STATUSES, type Deal } from '../knowledge/schema.js';
import type { Match } from '../search/resolver.js';
import { Citations } from './citations.js';
import { companyName, dealBlock, SHOWN_DEALS, shortMention } from './dealView.js';
import type { Engine } from './engine.js';
import { type Answer, call, type Line, line, toned } from './model.js';
import { productNote, resolveCompany } from './resolve.js';
import { computeTotals, totalsText } from './totals.js';

export interface DealQuery {
  company: string;
  with?: string | undefined;
}

export type FoundDeals =
  | {
      ok: true;
      title: string;
      deals: readonly Deal[];
      empty: string;
      flows: Line[];
      suggestions: Answer['suggestions'];
      canonical: Record<string, string>;
      /** Why a typed product name found its company ("Trainium is a chip of AWS."), said first. */
      notes: string[];
    }
  | { ok: false; answer: Answer };

/** Resolves the companies of a /deal question and selects their deals; /sources shares it. */
export function findDeals(
  engine: Engine,
  query: DealQuery,
  command: 'deal' | 'sources' = 'deal',
  t: Catalog = catalog('en'),
): FoundDeals {
  const { kb } = engine;
  const first = resolveCompany(
    engine,
    query.company,
    (c) => ({
      label: c.name,
      command: call(command, { company: c.name, with: query.with }),
    }),
    t,
  );
  if (!first.ok) return first;
  const a = first.company;
  if (!query.with) {
    return {
      ok: true,
      title: t.answers.dealsOf(a.name),
      deals: kb.dealsOf(a.id),
      empty: t.answers.noDeals(a.name),
      flows: [],
      suggestions: [],
      canonical: { company: a.id },
      notes: notesOf([first.match], t),
    };
  }

  const second = resolveCompany(
    engine,
    query.with,
    (c) => ({ label: c.name, command: call(command, { company: a.name, with: c.name }) }),
    t,
  );
  if (!second.ok) return second;
  const b = second.company;

  if (kb.familyOf(a.id).includes(b.id) || kb.familyOf(b.id).includes(a.id)) {
    // One group now, but the deal that made it one (SpaceX buying xAI) is still a deal between the two.
    const direct = kb
      .dealsOf(a.id)
      .filter((d) => d.parties.some((p) => p.company === a.id) && d.parties.some((p) => p.company === b.id));
    if (direct.length > 0)
      return {
        ok: true,
        title: t.answers.dealsBetween(a.name, b.name),
        deals: direct,
        empty: t.answers.noDealBetween(a.name, b.name),
        flows: [],
        suggestions: [{ label: t.answers.dealsOf(a.name), command: call(command, { company: a.name }) }],
        canonical: { company: a.id, with: b.id },
        notes: notesOf([first.match, second.match], t),
      };
    return {
      ok: false,
      answer: {
        status: 'invalid',
        title: t.answers.oneGroup(a.name, b.name),
        lead: line(
          t.answers.oneGroupLead(a.name, b.name, commandText(call(command, { company: a.name }), t)),
        ),
        blocks: [],
        citations: [],
        asOf: kb.meta.asOf,
        suggestions: [{ label: t.answers.dealsOf(a.name), command: call(command, { company: a.name }) }],
      },
    };
  }

  const familyB = new Set(kb.familyOf(b.id));
  const deals = kb.dealsOf(a.id).filter((d) => d.parties.some((p) => familyB.has(p.company)));
  return {
    ok: true,
    title: t.answers.dealsBetween(a.name, b.name),
    deals,
    empty: t.answers.noDealBetween(a.name, b.name),
    flows: flowLines(engine, deals, kb.familyOf(a.id), [...familyB], a.name, b.name, t),
    suggestions: [
      { label: t.answers.dealsOf(a.name), command: call(command, { company: a.name }) },
      { label: t.answers.dealsOf(b.name), command: call(command, { company: b.name }) },
    ],
    canonical: { company: a.id, with: b.id },
    notes: notesOf([first.match, second.match], t),
  };
}

function notesOf(matches: Match[], t: Catalog): string[] {
  return matches.map((m) => productNote(m, t)).filter((n): n is string => n !== undefined);
}

/** The lead line, after the notes that explain how the names were read. */
export function withNotes(notes: readonly string[], text: string): Line {
  return line(notes.length > 0 ? `${notes.join(' ')} ${text}` : text);
}

export function dealAnswer(engine: Engine, query: DealQuery, lang: Lang = 'en'): Answer {
  const t = catalog(lang);
  const found = findDeals(engine, query, 'deal', t);
  if (!found.ok) return found.answer;
  const { kb } = engine;
  if (found.deals.length === 0) {
    return {
      status: 'empty',
      title: found.title,
      lead: withNotes(found.notes, `${found.empty} ${t.answers.checkedUpTo(kb.meta.asOf)}`),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: found.suggestions,
      canonical: found.canonical,
    };
  }
  const cites = new Citations(kb);
  const shown = found.deals.slice(0, SHOWN_DEALS);
  const blocks = shown.map((d) => dealBlock(kb, d, cites, t));
  const count = found.deals.length;
  return {
    status: 'ok',
    title: found.title,
    lead: withNotes(
      found.notes,
      count > shown.length ? t.answers.showingNewest(shown.length, count) : t.answers.dealsCount(count),
    ),
    // What each side pays the other is the answer to "deals between A and B": it comes first.
    ...(found.flows.length > 0 && { highlights: found.flows }),
    blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
    canonical: found.canonical,
    certainty: certaintyOf(kb, found.deals),
  };
}

/** For a pair: what each side pays the other, so circular financing shows at a glance. */
function flowLines(
  engine: Engine,
  deals: readonly Deal[],
  familyA: readonly string[],
  familyB: readonly string[],
  nameA: string,
  nameB: string,
  t: Catalog,
): Line[] {
  const { kb } = engine;
  const lines: Line[] = [];
  const directions: [readonly string[], readonly string[], string, string][] = [
    [familyA, familyB, nameA, nameB],
    [familyB, familyA, nameB, nameA],
  ];
  for (const [from, to, fromName, toName] of directions) {
    const flowing = deals.filter(
      (d) => kb.payers(d).some((id) => from.includes(id)) && kb.payees(d).some((id) => to.includes(id)),
    );
    if (flowing.length === 0) continue;
    const text = totalsText(computeTotals(kb, flowing, from), t) ?? t.answers.noLiveAmounts;
    lines.push(line(`${fromName} → ${toName}: ${text}`));
  }
  const neutral = deals.filter((d) => kb.payers(d).length === 0 || kb.payees(d).length === 0);
  if (neutral.length > 0) {
    lines.push(
      toned(
        'muted',
        t.answers.neutral(neutral.length, neutral.map((d) => shortMention(kb, d, t)).join('; ')),
      ),
    );
  }
  if (lines.length === 0) lines.push(toned('muted', t.answers.noFlows(companyName(kb, familyA[0]!), nameB)));
  return lines;
}

/** One deal's full card (every figure, caveat, relation and source), for "open this deal" menus. */
export function dealCardAnswer(engine: Engine, dealId: string, lang: Lang): Answer {
  const t = catalog(lang);
  const { kb } = engine;
  const deal = kb.deals.get(dealId);
  if (!deal) {
    return {
      status: 'not-found',
      title: t.answers.dealGone,
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
    };
  }
  const cites = new Citations(kb);
  const block = dealBlock(kb, deal, cites, t);
  return {
    status: 'ok',
    title: deal.title,
    lead: line(block.badge ?? ''),
    blocks: [{ ...block, heading: undefined, badge: undefined }],
    citations: cites.list(),
    asOf: kb.meta.asOf,
    certainty: certaintyOf(kb, [deal]),
  };
}

/**
 * How far the deals behind an answer stand on the parties' own word, for the answer's colour: a deal is
 * confirmed when the parties acted (its status) and the amount it states is theirs, not only the press's
 * or an analyst's (amountCertainty, the rule the pictures draw by). Pass every deal the answer stands on,
 * its totals included, not only the cards shown: an answer summing a reported amount is not confirmed.
 */
export function certaintyOf(kb: KnowledgeBase, deals: readonly Deal[]): Answer['certainty'] {
  let confirmed = false;
  let unconfirmed = false;
  for (const d of deals) {
    if (CONFIRMED_STATUSES.has(d.status) && amountCertainty(d, kb.headlineAmount(d)) !== 'reported')
      confirmed = true;
    else unconfirmed = true;
    // Settled as soon as both kinds are seen: a company with thousands of deals is read for a few, not
    // all of them (this runs on every answer).
    if (confirmed && unconfirmed) return 'mixed';
  }
  return unconfirmed ? 'unconfirmed' : 'confirmed';
}
