/**
 * Sums that a careful analyst would sign: committed, up-to and reported money kept apart, per currency,
 * with superseded, stalled and talks-stage deals left out and no part of a larger deal counted twice.
 */
import { INACTIVE_STATUSES, type KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Deal } from '../knowledge/schema.js';
import { formatMoney, STATUS_WORDS } from './format.js';

export type Bucket = 'committed' | 'upTo' | 'reported';

export interface Sum {
  amount: number;
  /** "exact" only when every term is exact; otherwise the loosest lower bound that still holds. */
  qualifier: 'exact' | 'about' | 'at-least';
  deals: number;
}

export interface Totals {
  /** bucket → currency → sum */
  sums: Record<Bucket, Map<string, Sum>>;
  undisclosed: number;
  /** Deals left out, with why. */
  excluded: { deal: Deal; reason: string }[];
}

/**
 * `paidBy`: count only money this group pays. A round with several investors then counts through its
 * parts (that investor's own tranche), never as a whole.
 */
export function computeTotals(kb: KnowledgeBase, deals: readonly Deal[], paidBy?: readonly string[]): Totals {
  const soleOwner = (deal: Deal) => !paidBy || kb.payers(deal).every((id) => paidBy.includes(id));
  const included = new Set(deals.filter(soleOwner).map((d) => d.id));
  const totals: Totals = {
    sums: { committed: new Map(), upTo: new Map(), reported: new Map() },
    undisclosed: 0,
    excluded: [],
  };
  for (const deal of deals) {
    if (INACTIVE_STATUSES.has(deal.status)) {
      totals.excluded.push({ deal, reason: STATUS_WORDS[deal.status] });
      continue;
    }
    if (deal.aggregate) {
      totals.excluded.push({ deal, reason: 'a roll-up of other deals' });
      continue;
    }
    if (!included.has(deal.id)) {
      totals.excluded.push({ deal, reason: 'shared with other payers' });
      continue;
    }
    const parent = deal.partOf ? kb.deals.get(deal.partOf) : undefined;
    if (parent && included.has(parent.id) && kb.headlineAmount(parent)?.amount !== undefined) {
      totals.excluded.push({ deal, reason: `counted in ${parent.id}` });
      continue;
    }
    const amount = kb.headlineAmount(deal);
    if (!amount || amount.amount === undefined) {
      totals.undisclosed++;
      continue;
    }
    const bucket: Bucket =
      amount.disclosure !== 'announced' ? 'reported' : amount.qualifier === 'up-to' ? 'upTo' : 'committed';
    const map = totals.sums[bucket];
    const sum = map.get(amount.currency) ?? { amount: 0, qualifier: 'exact', deals: 0 };
    sum.amount += amount.amount;
    sum.deals++;
    if (amount.qualifier === 'at-least' || amount.qualifier === 'more-than') sum.qualifier = 'at-least';
    else if (amount.qualifier === 'about' && sum.qualifier === 'exact') sum.qualifier = 'about';
    map.set(amount.currency, sum);
  }
  return totals;
}

const BUCKET_WORDS: Record<Bucket, string> = {
  committed: 'committed',
  upTo: 'up to (ceilings, not yet committed)',
  reported: 'reported, not confirmed',
};

/** "committed $63 billion (4 deals) · up to (ceilings…) $15 billion (2 deals) · …", or undefined when nothing sums. */
export function totalsText(totals: Totals): string | undefined {
  const parts: string[] = [];
  for (const bucket of ['committed', 'upTo', 'reported'] as const) {
    for (const [currency, sum] of totals.sums[bucket]) {
      const prefix = sum.qualifier === 'exact' ? '' : sum.qualifier === 'about' ? 'about ' : 'at least ';
      const n = `${sum.deals} deal${sum.deals === 1 ? '' : 's'}`;
      parts.push(`${BUCKET_WORDS[bucket]}: ${prefix}${formatMoney(sum.amount, currency)} (${n})`);
    }
  }
  if (totals.undisclosed > 0) parts.push(`${totals.undisclosed} undisclosed`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function exclusionText(totals: Totals): string | undefined {
  if (totals.excluded.length === 0) return undefined;
  return `Not in the totals: ${totals.excluded.map((e) => `${e.deal.id} (${e.reason})`).join(', ')}.`;
}
