/**
 * The short amount written on an arrow: "$138B", "up to $40B", "≥$13B", "in $122B round", "$3B/yr" (a
 * fee per period, never added), "undisclosed"
 * (in Spanish "en ronda de 122.000 M$", in Italian "in round da 122 mld $").
 */

import { sumTerms } from '../answers/totals.js';
import type { Catalog } from '../i18n/index.js';
import { periodOf } from '../knowledge/knowledgeBase.js';
import type { Edge, Flow } from './moneyGraph.js';
import { shortQualified } from './style.js';

export function edgeLabel(edge: Pick<Edge, 'flows'>, t: Catalog): string {
  return flowsLabel(edge.flows, t);
}

export function flowsLabel(flows: readonly Flow[], t: Catalog): string {
  const words = t.graph.picture;
  const known = flows.filter((f) => f.amount !== undefined);
  const rest = flows.length - known.length;
  if (known.length > 0) {
    // The same sum as the text: only like figures are added ("$3B + up to $40B", never "up to $43B").
    const groups = sumTerms(
      known.map((f) => ({
        amount: f.amount ?? 0,
        currency: f.currency,
        qualifier: f.qualifier,
        disclosure: f.disclosure,
        ...(f.deal.expands?.effect === 'overlaps' && { apart: f.deal.id }),
      })),
    );
    const money = groups.map((g) => shortQualified(g.qualifier, g.amount, g.currency, t)).join(' + ');
    return rest > 0 ? `${money} +` : money;
  }
  const shares = flows.filter((f) => f.whole !== undefined).sort((a, b) => (b.whole ?? 0) - (a.whole ?? 0));
  const top = shares[0];
  if (top?.whole !== undefined) {
    const whole = shortQualified(top.qualifier, top.whole, top.currency, t);
    const more = shares.length > 1 ? '+' : '';
    if (top.deal.aggregate || top.deal.kind === 'spending-commitment') return `${words.inPlan(whole)}${more}`;
    if (top.deal.kind === 'funding-round') return `${words.inRound(whole)}${more}`;
    return `${words.shareOf(whole)}${more}`;
  }
  // A fee per period is said with its period, and never added to anything.
  const fee = flows.find((f) => f.fee?.amount !== undefined)?.fee;
  const period = fee && periodOf(fee);
  if (fee?.amount !== undefined && period) {
    const more = flows.length > 1 ? '+' : '';
    return `${shortQualified(fee.qualifier, fee.amount, fee.currency, t)}${words.perPeriod[period]}${more}`;
  }
  return words.undisclosed;
}
