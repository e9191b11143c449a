/**
 * Multi-party deals drawn once. A funding round with nine investors would otherwise be nine arrows, each
 * labelled "in $122B round"; instead the investors' lines meet at a small hub that carries the deal's
 * amount, and one arrow goes on to the company that gets the money. Only deals with at least two share
 * flows in the picture get a hub; a pair whose amount is known keeps its own arrow.
 */
import type { Deal, DealKind } from '../knowledge/schema.js';
import type { Flow } from './moneyGraph.js';
import { type Category, type Certainty, shortQualified } from './style.js';

export interface Hub {
  id: string;
  deal: Deal;
  payers: string[];
  payees: string[];
  flows: Flow[];
  label: string;
  category: Category;
  certainty: Certainty;
  /** The deal's amount, when stated. */
  whole?: number;
}

const HUB_WORDS: Record<DealKind, string> = {
  'equity-investment': 'investment',
  'funding-round': 'round',
  'secondary-sale': 'share sale',
  'compute-contract': 'compute deal',
  'chip-supply': 'chip deal',
  'data-centre-build': 'build-out',
  'joint-venture': 'joint venture',
  acquisition: 'acquisition',
  'licence-and-hiring': 'licence deal',
  'spending-commitment': 'plan',
  partnership: 'deal',
  restructuring: 'deal',
};

export function hubsOf(flows: readonly Flow[]): { hubs: Hub[]; rest: Flow[] } {
  const byDeal = new Map<string, Flow[]>();
  for (const flow of flows) {
    if (flow.pairs < 2 || flow.amount !== undefined) continue;
    byDeal.set(flow.deal.id, [...(byDeal.get(flow.deal.id) ?? []), flow]);
  }
  const hubs: Hub[] = [];
  const hubbed = new Set<Flow>();
  for (const [id, list] of byDeal) {
    if (list.length < 2) continue;
    const first = list[0]!;
    const word = first.deal.aggregate ? 'plan' : HUB_WORDS[first.deal.kind];
    const label =
      first.whole !== undefined
        ? `${shortQualified(first.qualifier, first.whole, first.currency)} ${word}`
        : word;
    hubs.push({
      id: `hub:${id}`,
      deal: first.deal,
      payers: [...new Set(list.map((f) => f.from))].sort(),
      payees: [...new Set(list.map((f) => f.to))].sort(),
      flows: list,
      label,
      category: first.category,
      certainty: first.certainty,
      ...(first.whole !== undefined && { whole: first.whole }),
    });
    for (const f of list) hubbed.add(f);
  }
  hubs.sort((a, b) => (b.whole ?? 0) - (a.whole ?? 0) || a.id.localeCompare(b.id));
  return { hubs, rest: flows.filter((f) => !hubbed.has(f)) };
}
