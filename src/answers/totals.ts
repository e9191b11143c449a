/**
 * Every sum the bot states, for text and pictures alike. Two rules make a sum honest:
 * - which deals count: live deals only, no roll-ups, no stake values, no secondary sales (the money went to
 *   the selling shareholders), no part already inside its whole, no figure replaced by a new total, and in a
 *   deal shared with other payers only the asker's own tranche;
 * - what may be added: only figures of the same confirmation (announced, reported…), currency and qualifier.
 *   "$3 billion" and "up to $40 billion" are listed side by side, never turned into "about $43 billion";
 *   "more than" stays "more than". Amounts that overlap by an unknown part are never added at all.
 */

import { type Catalog, catalog } from '../i18n/index.js';
import { type AmountFigure, INACTIVE_STATUSES, type KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Deal, Disclosure, Qualifier } from '../knowledge/schema.js';
import { shortMention } from './dealView.js';

/** One amount that may go into a sum. */
export interface Term {
  amount: number;
  currency: string;
  qualifier: Qualifier;
  disclosure: Disclosure;
  /** Terms with a key of their own are listed, never added to others (amounts that overlap). */
  apart?: string;
}

/** Terms that could be added: same confirmation, currency and qualifier. */
export interface SumGroup {
  amount: number;
  currency: string;
  qualifier: Qualifier;
  disclosure: Disclosure;
  terms: number;
}

/** The order sums are read in: what the parties announced first, firm amounts before ceilings. */
const DISCLOSURE_ORDER: readonly Disclosure[] = ['announced', 'derived', 'reported', 'estimate'];
const QUALIFIER_ORDER: readonly Qualifier[] = ['exact', 'about', 'more-than', 'at-least', 'up-to'];

/** Adds what may be added and keeps the rest apart, in reading order. */
export function sumTerms(terms: readonly Term[]): SumGroup[] {
  const groups = new Map<string, SumGroup>();
  for (const term of terms) {
    const key = `${term.disclosure}|${term.currency}|${term.qualifier}|${term.apart ?? ''}`;
    const group = groups.get(key);
    if (group) {
      group.amount += term.amount;
      group.terms++;
    } else {
      groups.set(key, {
        amount: term.amount,
        currency: term.currency,
        qualifier: term.qualifier,
        disclosure: term.disclosure,
        terms: 1,
      });
    }
  }
  const rank = (g: SumGroup) =>
    DISCLOSURE_ORDER.indexOf(g.disclosure) * 100 + QUALIFIER_ORDER.indexOf(g.qualifier);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.amount - a.amount);
}

/** "$3 billion + up to $40 billion": groups of one confirmation, in the reader's language. */
export function groupsText(groups: readonly SumGroup[], t: Catalog): string {
  return groups.map((g) => t.qualified(g.qualifier, t.money(g.amount, g.currency))).join(' + ');
}

/**
 * "$50 billion (announced) + about $20 billion (reported)": a short sum for one line, each group saying
 * whether the parties announced it. Undefined when there is nothing to add.
 */
export function sumText(terms: readonly Term[], t: Catalog = catalog('en')): string | undefined {
  const groups = sumTerms(terms);
  if (groups.length === 0) return undefined;
  const byDisclosure = partition(groups);
  if (byDisclosure.length === 1 && byDisclosure[0]![0] === 'announced') return groupsText(groups, t);
  return byDisclosure
    .map(([disclosure, list]) => `${groupsText(list, t)} (${t.disclosureShort[disclosure]})`)
    .join(' + ');
}

export type Exclusion =
  | { why: 'status' }
  | { why: 'roll-up' }
  | { why: 'not-money' }
  | { why: 'periodic' }
  | { why: 'secondary' }
  | { why: 'shared' }
  | { why: 'shared-payees' }
  | { why: 'counted-in'; parent: string }
  | { why: 'replaced-by'; successor: string };

export interface Totals {
  /** What was counted: one term per counted deal, and those deals, in the same order. */
  terms: Term[];
  counted: Deal[];
  /** How many counted deals stand behind each disclosure. */
  deals: Map<Disclosure, number>;
  undisclosed: number;
  /** Deals left out, with why. */
  excluded: { deal: Deal; reason: Exclusion }[];
}

const EXCLUSIONS_NAMED = 8;

/**
 * The money of a set of deals. `paidBy`: count only money this group pays; in a deal shared with other
 * payers that is the group's own tranche when the deal states it, else nothing.
 */
export function computeTotals(
  kb: KnowledgeBase,
  deals: readonly Deal[],
  paidBy?: readonly string[],
  receivedBy?: readonly string[],
): Totals {
  const totals: Totals = { terms: [], counted: [], deals: new Map(), undisclosed: 0, excluded: [] };
  const present = new Set(deals.map((d) => d.id));
  for (const deal of deals) {
    const counted = countedAmount(kb, deal, present, paidBy, receivedBy);
    if ('why' in counted) {
      totals.excluded.push({ deal, reason: counted });
      continue;
    }
    const amount = counted.figure;
    if (!amount || amount.amount === undefined) {
      totals.undisclosed++;
      continue;
    }
    totals.terms.push({
      amount: amount.amount,
      currency: amount.currency,
      qualifier: amount.qualifier,
      disclosure: amount.disclosure,
      ...(deal.expands?.effect === 'overlaps' && { apart: deal.id }),
    });
    totals.counted.push(deal);
    totals.deals.set(amount.disclosure, (totals.deals.get(amount.disclosure) ?? 0) + 1);
  }
  return totals;
}

/**
 * The amount a deal adds to a sum of `present` deals, or why it adds nothing. Exported so that the
 * pictures count exactly what the text counts. `receivedBy`: count only money this group receives; a deal
 * paid to others too is left out, since no record states one payee's part.
 */
export function countedAmount(
  kb: KnowledgeBase,
  deal: Deal,
  present: ReadonlySet<string>,
  paidBy?: readonly string[],
  receivedBy?: readonly string[],
): { figure: AmountFigure | undefined } | Exclusion {
  if (INACTIVE_STATUSES.has(deal.status)) return { why: 'status' };
  if (deal.aggregate) return { why: 'roll-up' };
  if (deal.kind === 'secondary-sale') return { why: 'secondary' };
  const successor = kb.newTotalOf(deal.id);
  if (successor && present.has(successor.id)) return { why: 'replaced-by', successor: successor.id };
  const chosen = kb.headlineAmount(deal);
  if (!chosen && kb.amountsOf(deal).length > 0) return { why: 'not-money' };
  // A fee per month or year is not what the deal adds up to: the headline is already the whole-term amount
  // when the record gives one ("if run to term"), else the deal is left out rather than counted as one month.
  const headline = kb.comparableAmount(deal);
  if (chosen && !headline) return { why: 'periodic' };
  if (receivedBy !== undefined && !kb.payees(deal).every((id) => receivedBy.includes(id)))
    return { why: 'shared-payees' };
  const payers = kb.payers(deal);
  const shared = paidBy !== undefined && !payers.every((id) => paidBy.includes(id));
  if (shared) {
    const tranche = kb.amountsOf(deal).find((f) => f.paidBy !== undefined && paidBy.includes(f.paidBy));
    return tranche ? { figure: tranche } : { why: 'shared' };
  }
  const parent = deal.partOf ? kb.deals.get(deal.partOf) : undefined;
  if (parent && present.has(parent.id) && kb.comparableAmount(parent)?.amount !== undefined) {
    const parentCounts = !paidBy || kb.payers(parent).every((id) => paidBy.includes(id));
    if (parentCounts) return { why: 'counted-in', parent: parent.id };
  }
  return { figure: headline };
}

/**
 * "announced: $63 billion + up to $15 billion (6 deals) · reported, not confirmed: about $20 billion
 * (1 deal) · 2 undisclosed", or undefined when nothing sums.
 */
export function totalsText(totals: Totals, t: Catalog = catalog('en')): string | undefined {
  const parts = partition(sumTerms(totals.terms)).map(
    ([disclosure, groups]) =>
      `${t.totals.confirmation[disclosure]}: ${groupsText(groups, t)} (${t.totals.deals(totals.deals.get(disclosure) ?? 0)})`,
  );
  if (totals.undisclosed > 0) parts.push(t.totals.undisclosed(totals.undisclosed));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function exclusionText(
  kb: KnowledgeBase,
  totals: Totals,
  t: Catalog = catalog('en'),
): string | undefined {
  const mention = (id: string) => {
    const deal = kb.deals.get(id);
    return deal ? shortMention(kb, deal, t) : id;
  };
  if (totals.excluded.length === 0) return undefined;
  const reason = ({ deal, reason }: Totals['excluded'][number]) => {
    switch (reason.why) {
      case 'status':
        return t.status[deal.status];
      case 'roll-up':
        return t.totals.rollUp;
      case 'not-money':
        return t.totals.notMoney;
      case 'periodic':
        return t.totals.periodic;
      case 'secondary':
        return t.totals.secondary;
      case 'shared':
        return t.totals.sharedWithOthers;
      case 'shared-payees':
        return t.totals.sharedWithOtherPayees;
      case 'counted-in':
        return t.totals.countedIn(mention(reason.parent));
      case 'replaced-by':
        return t.totals.replacedBy(mention(reason.successor));
    }
  };
  // A handful by name is informative; thousands would be a wall of ids (and cost every request).
  const named = totals.excluded
    .slice(0, EXCLUSIONS_NAMED)
    .map((e) => `${shortMention(kb, e.deal, t)} (${reason(e)})`);
  const rest = totals.excluded.length - named.length;
  return t.totals.notInTotals(rest > 0 ? `${named.join(', ')} ${t.more(rest)}` : named.join(', '));
}

/**
 * One company's deals taken by side, so that what it paid and what it received are never added together:
 * a compute contract where it is the customer and one where it is the supplier are both "compute
 * contracts", but one is money out and the other money in. `live` counts the deals still on the table,
 * whatever the side (partnerships with no money moving included): the one figure that compares like
 * with like across companies.
 */
export interface SidedTotals {
  paid: Totals;
  received: Totals;
  live: number;
}

export function sidedTotals(
  kb: KnowledgeBase,
  deals: readonly Deal[],
  family: readonly string[],
): SidedTotals {
  const inFamily = (ids: readonly string[]) => ids.some((id) => family.includes(id));
  const paid: Deal[] = [];
  const received: Deal[] = [];
  let live = 0;
  for (const deal of deals) {
    if (!INACTIVE_STATUSES.has(deal.status)) live++;
    const pays = inFamily(kb.payers(deal));
    const gets = inFamily(kb.payees(deal));
    // Money inside one group is neither paid nor received by it.
    if (pays && !gets) paid.push(deal);
    else if (gets && !pays) received.push(deal);
  }
  return {
    paid: computeTotals(kb, paid, family),
    received: computeTotals(kb, received, undefined, family),
    live,
  };
}

function partition(groups: readonly SumGroup[]): [Disclosure, SumGroup[]][] {
  const out = new Map<Disclosure, SumGroup[]>();
  for (const g of groups) {
    const list = out.get(g.disclosure);
    if (list) list.push(g);
    else out.set(g.disclosure, [g]);
  }
  return [...out];
}
