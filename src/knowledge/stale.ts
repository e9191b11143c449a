/**
 * What a curator should look at again: not errors (the knowledge base still loads), but records that the
 * passing of time has made doubtful. Judged against the as-of date, the day the sweep reached.
 */
import type { KnowledgeBase } from './knowledgeBase.js';

/** Talks with no news for this long are probably over, or closed without our noticing. */
export const STALE_TALKS_DAYS = 90;

export interface StaleItem {
  deal: string;
  message: string;
}

export function staleItems(kb: KnowledgeBase): StaleItem[] {
  const asOf = kb.meta.asOf;
  const out: StaleItem[] = [];
  for (const deal of kb.dealList) {
    const last = deal.history[deal.history.length - 1]!;
    if (last.status === 'talks' && daysBetween(last.date, asOf) > STALE_TALKS_DAYS) {
      out.push({
        deal: deal.id,
        message: `in talks since ${last.date} with no later step (more than ${STALE_TALKS_DAYS} days before ${asOf}): record what happened, or that nothing has`,
      });
    }
    const open = !['closed', 'terminated', 'blocked', 'superseded', 'stalled'].includes(deal.status);
    if (deal.expectedClose && open && endOf(deal.expectedClose) < asOf) {
      out.push({
        deal: deal.id,
        message: `expected to close by ${deal.expectedClose}, still "${deal.status}" at ${asOf}: record the closing or the delay`,
      });
    }
  }
  return out;
}

/** The last day a partial date covers: "2026-09" → "2026-09-31" (compares correctly as a string). */
function endOf(date: string): string {
  return date.length === 7 ? `${date}-31` : date;
}

function daysBetween(from: string, to: string): number {
  const day = (d: string) => Date.parse(d.length === 7 ? `${d}-01` : d);
  return (day(to) - day(from)) / 86_400_000;
}
