/** The short amount written on an arrow: "$138B", "up to $40B", "≥$13B", "in $122B round", "undisclosed". */
import type { Qualifier } from '../knowledge/schema.js';
import type { Edge, Flow } from './moneyGraph.js';
import { shortMoney, shortQualified } from './style.js';

const MARK: Record<Qualifier, string> = {
  exact: '',
  'up-to': 'up to ',
  'at-least': '≥',
  'more-than': '>',
  about: '~',
  undisclosed: '',
};

export function edgeLabel(edge: Pick<Edge, 'flows'>): string {
  return flowsLabel(edge.flows);
}

export function flowsLabel(flows: readonly Flow[]): string {
  const known = flows.filter((f) => f.amount !== undefined);
  const rest = flows.length - known.length;
  if (known.length > 0) {
    const sums = new Map<string, number>();
    for (const f of known) sums.set(f.currency, (sums.get(f.currency) ?? 0) + (f.amount ?? 0));
    let mark = known.length === 1 ? MARK[known[0]!.qualifier] : combinedMark(known.map((f) => f.qualifier));
    let tail = '';
    if (rest > 0) {
      if (mark === '') mark = '≥';
      else tail = '+';
    }
    const money = [...sums]
      .sort((a, b) => b[1] - a[1])
      .map(([currency, sum]) => shortMoney(sum, currency))
      .join(' + ');
    return `${mark}${money}${tail}`;
  }
  const shares = flows.filter((f) => f.whole !== undefined).sort((a, b) => (b.whole ?? 0) - (a.whole ?? 0));
  const top = shares[0];
  if (top?.whole !== undefined) {
    const whole = shortQualified(top.qualifier, top.whole, top.currency);
    const more = shares.length > 1 ? '+' : '';
    if (top.deal.aggregate || top.deal.kind === 'spending-commitment') return `in ${whole} plan${more}`;
    if (top.deal.kind === 'funding-round') return `in ${whole} round${more}`;
    return `share of ${whole}${more}`;
  }
  return 'undisclosed';
}

function combinedMark(qualifiers: Qualifier[]): string {
  if (qualifiers.every((q) => q === 'exact')) return '';
  if (qualifiers.includes('up-to')) return 'up to ';
  if (qualifiers.includes('about')) return '~';
  if (qualifiers.includes('more-than')) return '>';
  if (qualifiers.includes('at-least')) return '≥';
  return '';
}
