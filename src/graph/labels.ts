/**
 * The short amount written on an arrow: "$138B", "up to $40B", "≥$13B", "in $122B round", "undisclosed"
 * (in Spanish "en ronda de 122.000 M$", in Italian "in round da 122 mld $").
 */
import { type Catalog, catalog } from '../i18n/index.js';
import type { Qualifier } from '../knowledge/schema.js';
import type { Edge, Flow } from './moneyGraph.js';
import { shortMoney, shortQualified } from './style.js';

export function edgeLabel(edge: Pick<Edge, 'flows'>, t: Catalog = catalog('en')): string {
  return flowsLabel(edge.flows, t);
}

export function flowsLabel(flows: readonly Flow[], t: Catalog = catalog('en')): string {
  const words = t.graph.picture;
  const known = flows.filter((f) => f.amount !== undefined);
  const rest = flows.length - known.length;
  if (known.length > 0) {
    const sums = new Map<string, number>();
    for (const f of known) sums.set(f.currency, (sums.get(f.currency) ?? 0) + (f.amount ?? 0));
    let mark =
      known.length === 1
        ? words.mark[known[0]!.qualifier]
        : words.mark[combinedQualifier(known.map((f) => f.qualifier))];
    let tail = '';
    if (rest > 0) {
      if (mark === '') mark = words.mark['at-least'];
      else tail = '+';
    }
    const money = [...sums]
      .sort((a, b) => b[1] - a[1])
      .map(([currency, sum]) => shortMoney(sum, currency, t))
      .join(' + ');
    return `${mark}${money}${tail}`;
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
  return words.undisclosed;
}

/** The qualifier several amounts summed on one arrow carry: the loosest of theirs. */
function combinedQualifier(qualifiers: Qualifier[]): Qualifier {
  if (qualifiers.every((q) => q === 'exact')) return 'exact';
  if (qualifiers.includes('up-to')) return 'up-to';
  if (qualifiers.includes('about')) return 'about';
  if (qualifiers.includes('more-than')) return 'more-than';
  if (qualifiers.includes('at-least')) return 'at-least';
  return 'exact';
}
