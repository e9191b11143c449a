/**
 * The money graph: company groups as nodes, live deals as flows in the direction the money goes.
 *
 * Decisions, so that the pictures and the loops agree with each other and with the text answers:
 * - A node is a whole group: a company and its subsidiaries at any depth, named after the top-most parent
 *   (Amazon with AWS and Annapurna Labs, Alphabet with Google, Google Cloud and DeepMind, SoftBank with Arm).
 *   Money inside a group is not a flow. Asking about AWS draws the Amazon group.
 * - Only live deals: superseded and terminated deals are skipped, and so are stalled deals and talks (the
 *   knowledge base's INACTIVE_STATUSES: no money on the table). The answers name what was left out.
 * - Direction comes from the party roles: every payer group → every payee group. Deals without both
 *   (partnerships, restructurings, a build paid by one side) have no direction and are not drawn.
 * - A deal with several payers or payees (a funding round, a joint venture) gives each pair only a share
 *   of its amount, unknown unless a part deal (`partOf`) states it; a part deal then replaces that pair.
 *   A deal between one pair that has parts is drawn whole and its parts are not drawn again.
 * - A roll-up (`aggregate`) is drawn only for pairs that no other live deal covers in the same direction,
 *   as a share of its total (OpenAI's $1.4T plan is the only record of its commitment to NVIDIA).
 * - Amounts are the deal's whole amount (kb.comparableAmount): a fee per month or year with no whole-term
 *   amount is said with its period in the text and never drawn as an amount. Certainty is the knowledge
 *   base's amountCertainty, the rule the answers' colour uses too: "reported" when the deal or its figure
 *   is a press report or an estimate, else "up-to" for a ceiling or a letter of intent, else "committed".
 */
import {
  type AmountFigure,
  amountCertainty,
  INACTIVE_STATUSES,
  type KnowledgeBase,
} from '../knowledge/knowledgeBase.js';
import type { CompanyKind, Deal, Disclosure, Qualifier } from '../knowledge/schema.js';
import { CATEGORY_OF, type Category, type Certainty } from './style.js';

export interface Flow {
  deal: Deal;
  /** Group ids (top-most parents). */
  from: string;
  to: string;
  /** The companies named in the deal. */
  payer: string;
  payee: string;
  /** This pair's own amount, when the deal states it. */
  amount?: number;
  /** The whole deal's amount when this pair has only an unknown share of it. */
  whole?: number;
  /**
   * A deal whose only amount is a fee per month or year: said with its period, never drawn, weighed or
   * added as an amount (the flow has neither `amount` nor `whole`).
   */
  fee?: AmountFigure;
  currency: string;
  qualifier: Qualifier;
  /** Whether the parties announced the amount, or the press reported it: sums never mix the two. */
  disclosure: Disclosure;
  certainty: Certainty;
  category: Category;
  /** How many payer × payee pairs share the deal (1: the amount is this pair's). */
  pairs: number;
}

export interface MoneyGraph {
  kb: KnowledgeBase;
  flows: readonly Flow[];
  /** The group (top-most parent) of every company. */
  groupOf(id: string): string;
  /** Flows into or out of a group, in the order of `flows`. */
  flowsOf(group: string): readonly Flow[];
  /** Where each of `flowsOf(group)` sits in `flows` (same order), to merge several groups' flows. */
  positionsOf(group: string): readonly number[];
  /** The ids of the deals drawn as at least one flow (built on first use, then kept). */
  drawnDeals(): ReadonlySet<string>;
}

/** Ids in the order the old `localeCompare` gave, without its per-call cost. */
const collator = new Intl.Collator();

const graphs = new WeakMap<KnowledgeBase, MoneyGraph>();

/** The money graph of a knowledge base, built once and kept while the knowledge base lives. */
export function moneyGraph(kb: KnowledgeBase): MoneyGraph {
  let graph = graphs.get(kb);
  if (!graph) {
    graph = buildMoneyGraph(kb);
    graphs.set(kb, graph);
  }
  return graph;
}

export function isLive(deal: Deal): boolean {
  return !INACTIVE_STATUSES.has(deal.status);
}

export function buildMoneyGraph(kb: KnowledgeBase): MoneyGraph {
  const groups = new Map<string, string>();
  const groupOf = (id: string): string => {
    const known = groups.get(id);
    if (known) return known;
    let current = id;
    const seen = new Set<string>();
    for (;;) {
      const parent = kb.company(current)?.parent;
      if (!parent || seen.has(parent)) break;
      seen.add(current);
      current = parent;
    }
    groups.set(id, current);
    return current;
  };

  // A roll-up or a large round can have hundreds of parties and as many parts, each asking for its
  // parent's pairs: each deal's pairs are worked out once.
  const knownPairs = new Map<Deal, { from: string; to: string; payer: string; payee: string }[]>();
  const pairsOf = (deal: Deal) => {
    let pairs = knownPairs.get(deal);
    if (!pairs) {
      pairs = pairsOfDeal(deal);
      knownPairs.set(deal, pairs);
    }
    return pairs;
  };
  const pairsOfDeal = (deal: Deal) => {
    const out = new Map<string, { from: string; to: string; payer: string; payee: string }>();
    for (const payer of kb.payers(deal))
      for (const payee of kb.payees(deal)) {
        const from = groupOf(payer);
        const to = groupOf(payee);
        if (from === to) continue;
        const key = `${from}>${to}`;
        if (!out.has(key)) out.set(key, { from, to, payer, payee });
      }
    return [...out.values()];
  };

  // Oldest first, so that flows come out in a stable, readable order. A deal whose amount was replaced
  // by a live new total is drawn through that new total only, as the text counts it.
  const live = [...kb.dealList].reverse().filter((d) => isLive(d) && !kb.newTotalOf(d.id));
  const flows: Flow[] = [];
  const rollUps: Flow[] = [];
  for (const deal of live) {
    const pairs = pairsOf(deal);
    if (pairs.length === 0) continue;
    const parent = deal.partOf ? kb.deals.get(deal.partOf) : undefined;
    if (parent && isLive(parent) && pairsOf(parent).length === 1) continue;
    const parts = kb.partsOf(deal.id).filter(isLive);
    const covered = new Set(
      pairs.length > 1 ? parts.flatMap((p) => pairsOf(p).map((q) => `${q.from}>${q.to}`)) : [],
    );
    // The whole-term amount; a fee per period alone is not the deal's size (comparableAmount).
    const headline = kb.comparableAmount(deal);
    const fee = headline ? undefined : kb.headlineAmount(deal);
    const tranches = kb.amountsOf(deal).filter((f) => f.paidBy !== undefined && f.amount !== undefined);
    for (const pair of pairs) {
      if (covered.has(`${pair.from}>${pair.to}`)) continue;
      // A payer's own tranche, when the deal states it, is that pair's amount.
      const tranche = pairs.length > 1 ? tranches.find((f) => f.paidBy === pair.payer) : undefined;
      const figure = tranche ?? headline;
      const flow: Flow = {
        deal,
        ...pair,
        currency: figure?.currency ?? 'USD',
        qualifier: figure?.amount === undefined ? 'undisclosed' : (figure?.qualifier ?? 'undisclosed'),
        disclosure: figure?.disclosure ?? 'announced',
        certainty: amountCertainty(deal, figure ?? fee),
        category: CATEGORY_OF[deal.kind],
        pairs: tranche ? 1 : pairs.length,
        ...(!tranche && fee?.amount !== undefined && { fee }),
      };
      if (figure?.amount !== undefined) {
        if (flow.pairs === 1) flow.amount = figure.amount;
        else flow.whole = figure.amount;
      }
      (deal.aggregate ? rollUps : flows).push(flow);
    }
  }
  const direct = new Set(flows.map((f) => `${f.from}>${f.to}`));
  for (const flow of rollUps) {
    if (direct.has(`${flow.from}>${flow.to}`)) continue;
    // A roll-up never states one pair's amount: only its total.
    if (flow.amount !== undefined) {
      flow.whole = flow.amount;
      delete flow.amount;
    }
    flows.push(flow);
  }

  const byGroup = new Map<string, Flow[]>();
  const positions = new Map<string, number[]>();
  flows.forEach((flow, position) => {
    for (const group of flow.from === flow.to ? [flow.from] : [flow.from, flow.to]) {
      const list = byGroup.get(group);
      if (list) {
        list.push(flow);
        positions.get(group)!.push(position);
      } else {
        byGroup.set(group, [flow]);
        positions.set(group, [position]);
      }
    }
  });
  let drawn: Set<string> | undefined;
  return {
    kb,
    flows,
    groupOf,
    flowsOf: (group) => byGroup.get(group) ?? [],
    positionsOf: (group) => positions.get(group) ?? [],
    drawnDeals: () => {
      drawn ??= new Set(flows.map((f) => f.deal.id));
      return drawn;
    },
  };
}

/** What a flow weighs when companies compete for room: its amount, or an even share of the deal. */
export function flowWeight(flow: Flow): number {
  return flow.amount ?? (flow.whole !== undefined ? flow.whole / flow.pairs : 0);
}

export interface GraphNode {
  id: string;
  name: string;
  kind: CompanyKind | undefined;
  /** Members of the group that appear in the drawn deals, other than the group itself ("AWS"). */
  via: string[];
  /** Steps from the centre (0 for the centre). */
  level: number;
  /** Money through this node in the drawn flows (shares counted evenly). */
  weight: number;
}

export interface Neighbourhood {
  centre: string;
  depth: number;
  nodes: GraphNode[];
  flows: Flow[];
  /** Companies within `depth` steps that were left out to keep the picture legible. */
  left: number;
}

export const MAX_NODES = 40;

/**
 * The groups within `depth` steps of `centre` (following money in either direction) and every flow
 * among them. When more than `maxNodes` qualify, nearer groups come first, and within a step those with
 * more money to the groups already kept.
 */
export function neighbourhood(
  graph: MoneyGraph,
  centre: string,
  depth: number,
  maxNodes = MAX_NODES,
): Neighbourhood {
  const root = graph.groupOf(centre);
  const levels = new Map<string, number>([[root, 0]]);
  let frontier = [root];
  let left = 0;
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const pull = new Map<string, number>();
    for (const id of frontier)
      for (const flow of graph.flowsOf(id)) {
        const other = flow.from === id ? flow.to : flow.from;
        if (levels.has(other)) continue;
        pull.set(other, (pull.get(other) ?? 0) + flowWeight(flow) + 1);
      }
    const ranked = [...pull].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
    const room = Math.max(0, maxNodes - levels.size);
    for (const [id] of ranked.slice(0, room)) levels.set(id, level);
    left += Math.max(0, ranked.length - room);
    frontier = ranked.slice(0, room).map(([id]) => id);
  }

  // The flows among the kept groups, read from each kept group's own flows (never the whole graph's),
  // in the graph's order.
  const kept: number[] = [];
  const taken = new Set<number>();
  for (const id of levels.keys()) {
    const own = graph.flowsOf(id);
    const at = graph.positionsOf(id);
    for (let i = 0; i < own.length; i++) {
      const f = own[i]!;
      if (levels.has(f.from) && levels.has(f.to) && !taken.has(at[i]!)) {
        taken.add(at[i]!);
        kept.push(at[i]!);
      }
    }
  }
  const flows = kept.sort((a, b) => a - b).map((i) => graph.flows[i]!);
  const weights = new Map<string, number>();
  const via = new Map<string, Set<string>>();
  for (const flow of flows) {
    for (const [group, member] of [
      [flow.from, flow.payer],
      [flow.to, flow.payee],
    ] as const) {
      weights.set(group, (weights.get(group) ?? 0) + flowWeight(flow));
      if (member !== group) {
        const set = via.get(group) ?? new Set<string>();
        set.add(member);
        via.set(group, set);
      }
    }
  }
  const { kb } = graph;
  const nodes = [...levels]
    .map(([id, level]) => ({
      id,
      name: kb.company(id)?.name ?? id,
      kind: kb.company(id)?.kind,
      via: [...(via.get(id) ?? [])].map((m) => kb.company(m)?.name ?? m).sort(),
      level,
      weight: weights.get(id) ?? 0,
    }))
    .sort((a, b) => a.level - b.level || b.weight - a.weight || a.id.localeCompare(b.id));
  return { centre: root, depth, nodes, flows, left };
}

/** Flows drawn as one arrow: same direction, same kind of deal, same certainty. */
export interface Edge {
  from: string;
  to: string;
  category: Category;
  certainty: Certainty;
  flows: Flow[];
  /** Known money on the arrow (for its width); shares count for nothing. */
  amount: number;
}

export function edgesOf(flows: readonly Flow[]): Edge[] {
  const edges = new Map<string, Edge>();
  for (const flow of flows) {
    const key = `${flow.from}>${flow.to}>${flow.category}>${flow.certainty}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = {
        from: flow.from,
        to: flow.to,
        category: flow.category,
        certainty: flow.certainty,
        flows: [],
        amount: 0,
      };
      edges.set(key, edge);
    }
    edge.flows.push(flow);
    edge.amount += flow.amount ?? 0;
  }
  return [...edges.values()].sort(
    (a, b) =>
      a.from.localeCompare(b.from) ||
      a.to.localeCompare(b.to) ||
      a.category.localeCompare(b.category) ||
      a.certainty.localeCompare(b.certainty),
  );
}
