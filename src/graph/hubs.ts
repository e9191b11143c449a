/**
 * Multi-party deals drawn once. A funding round with nine investors would otherwise be nine arrows, each
 * labelled "in $122B round"; instead the investors' lines meet at a small hub that carries the deal's
 * amount, and one arrow goes on to the company that gets the money. Only deals with at least two share
 * flows in the picture get a hub; a pair whose amount is known keeps its own arrow.
 */
import type { Catalog } from '../i18n/index.js';
import type { Deal } from '../knowledge/schema.js';
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

/** `t` gives the hub's words (`t.graph.picture.hub`): "$122B round", "ronda de 122.000 M$". */
export function hubsOf(flows: readonly Flow[], t: Catalog): { hubs: Hub[]; rest: Flow[] } {
  const words = t.graph.picture;
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
    const word = first.deal.aggregate ? words.plan : words.hub[first.deal.kind];
    const label = words.hubLabel(
      first.whole !== undefined ? shortQualified(first.qualifier, first.whole, first.currency, t) : undefined,
      word,
    );
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
