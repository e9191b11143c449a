/**
 * Knowledge changes a watch can be told about, read from the knowledge base's dated events: a deal added
 * (its first step) or a step added to a deal's history. Each has a key that stays the same across reloads
 * and restarts — the deal id, plus the step's status and date for a later step — which the database
 * records once processed, and once posted per target.
 */
import type { DealEvent, KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { usd } from '../knowledge/knowledgeBase.js';
import type { WatchFilter } from '../store/store.js';

export interface KbChange extends DealEvent {
  key: string;
  /** new: the deal was added; status: its status changed; update: a step that keeps the status (news). */
  what: 'new' | 'status' | 'update';
}

export function changeKey(event: DealEvent): string {
  return event.index === 0
    ? `${event.deal.id}@new`
    : `${event.deal.id}@${event.step.status}@${event.step.date}`;
}

/** Every change in the knowledge base, oldest first, one per key. */
export function changesOf(kb: KnowledgeBase): KbChange[] {
  const seen = new Set<string>();
  const out: KbChange[] = [];
  for (const event of [...kb.events].reverse()) {
    const key = changeKey(event);
    if (seen.has(key)) continue;
    seen.add(key);
    const previous = event.deal.history[event.index - 1];
    const what = event.index === 0 ? 'new' : previous?.status === event.step.status ? 'update' : 'status';
    out.push({ ...event, key, what });
  }
  return out;
}

/**
 * The changes worth posting among those new since the last run: a deal added in this batch is posted once,
 * as new, not again for each step its history already had.
 */
export function postable(fresh: readonly KbChange[]): KbChange[] {
  const added = new Set(fresh.filter((c) => c.what === 'new').map((c) => c.deal.id));
  return fresh.filter((c) => c.what === 'new' || !added.has(c.deal.id));
}

/** Whether a change is one the watch asked for; every filter it sets must hold. */
export function matches(kb: KnowledgeBase, filter: WatchFilter, change: KbChange): boolean {
  const { deal, step } = change;
  if (filter.company !== undefined) {
    const family = new Set(kb.familyOf(filter.company));
    if (!deal.parties.some((p) => family.has(p.company))) return false;
  }
  if (filter.kind !== undefined && deal.kind !== filter.kind) return false;
  if (filter.status !== undefined && step.status !== filter.status) return false;
  if (filter.minUsd !== undefined) {
    // A fee per month or year is not the deal's size: only a whole amount meets a minimum.
    const amount = kb.comparableAmount(deal);
    if (!amount || usd(amount) < filter.minUsd) return false;
  }
  return true;
}
