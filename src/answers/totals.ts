/**
 * Sums that a careful analyst would sign: committed, up-to and reported money kept apart, per currency,
 * with superseded, stalled and talks-stage deals left out and no part of a larger deal counted twice.
 */

import { type Catalog, catalog } from '../i18n/index.js';
import { INACTIVE_STATUSES, type KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Deal } from '../knowledge/schema.js';

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
  excluded: { deal: Deal; reason: Exclusion }[];
}

const EXCLUSIONS_NAMED = 8;

export type Exclusion =
  | { why: 'status' }
  | { why: 'roll-up' }
  | { why: 'shared' }
  | { why: 'counted-in'; parent: string };

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
      totals.excluded.push({ deal, reason: { why: 'status' } });
      continue;
    }
    if (deal.aggregate) {
      totals.excluded.push({ deal, reason: { why: 'roll-up' } });
      continue;
    }
    if (!included.has(deal.id)) {
      totals.excluded.push({ deal, reason: { why: 'shared' } });
      continue;
    }
    const parent = deal.partOf ? kb.deals.get(deal.partOf) : undefined;
    if (parent && included.has(parent.id) && kb.headlineAmount(parent)?.amount !== undefined) {
      totals.excluded.push({ deal, reason: { why: 'counted-in', parent: parent.id } });
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

/** "committed: $63 billion (4 deals) · up to (ceilings…): $15 billion (2 deals) · …", or undefined when nothing sums. */
export function totalsText(totals: Totals, t: Catalog = catalog('en')): string | undefined {
  const words: Record<Bucket, string> = {
    committed: t.totals.committed,
    upTo: t.totals.upTo,
    reported: t.totals.reported,
  };
  const parts: string[] = [];
  for (const bucket of ['committed', 'upTo', 'reported'] as const) {
    for (const [currency, sum] of totals.sums[bucket]) {
      const prefix =
        sum.qualifier === 'exact' ? '' : sum.qualifier === 'about' ? t.totals.about : t.totals.atLeast;
      parts.push(
        `${words[bucket]}: ${prefix}${t.money(sum.amount, currency)} (${t.totals.deals(sum.deals)})`,
      );
    }
  }
  if (totals.undisclosed > 0) parts.push(t.totals.undisclosed(totals.undisclosed));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function exclusionText(totals: Totals, t: Catalog = catalog('en')): string | undefined {
  if (totals.excluded.length === 0) return undefined;
  const reason = ({ deal, reason }: Totals['excluded'][number]) => {
    switch (reason.why) {
      case 'status':
        return t.status[deal.status];
      case 'roll-up':
        return t.totals.rollUp;
      case 'shared':
        return t.totals.sharedWithOthers;
      case 'counted-in':
        return t.totals.countedIn(reason.parent);
    }
  };
  // A handful by name is informative; thousands would be a wall of ids (and cost every request).
  const named = totals.excluded.slice(0, EXCLUSIONS_NAMED).map((e) => `${e.deal.id} (${reason(e)})`);
  const rest = totals.excluded.length - named.length;
  return t.totals.notInTotals(rest > 0 ? `${named.join(', ')} ${t.more(rest)}` : named.join(', '));
}
