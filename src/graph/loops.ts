/**
 * Loops in the money graph: A pays B, B pays A (Amazon invests in Anthropic, Anthropic buys compute from
 * AWS), and longer cycles through three or four groups. A loop follows the money: every leg goes the way
 * its deals pay, so two deals in the same direction are never a loop. Each loop is found once, starting at
 * its smallest group id (its canonical rotation); the same groups in the opposite direction are another
 * loop, found only when the money really goes that way too.
 */
import { type Flow, flowWeight } from './moneyGraph.js';

export interface Loop {
  /** Group ids in the order the money goes; the last pays the first. */
  nodes: string[];
  /** `legs[i]`: the flows from `nodes[i]` to `nodes[(i + 1) % nodes.length]`, oldest first. */
  legs: Flow[][];
}

export interface LoopOptions {
  /** Longest loop, in groups (default 4, at least 2). */
  maxLength?: number;
  /** Only loops through this group. */
  through?: string;
}

interface Adjacency {
  /** from → to → the flows of that leg */
  out: Map<string, Map<string, Flow[]>>;
  /** to → the groups that pay it */
  in: Map<string, Set<string>>;
}

/** Built once per list of flows (a knowledge base's money graph keeps its list): not per request. */
const adjacencies = new WeakMap<readonly Flow[], Adjacency>();

function adjacencyOf(flows: readonly Flow[]): Adjacency {
  const known = adjacencies.get(flows);
  if (known) return known;
  const adjacency: Adjacency = { out: new Map(), in: new Map() };
  for (const flow of flows) {
    if (flow.from === flow.to) continue;
    const targets = adjacency.out.get(flow.from) ?? new Map<string, Flow[]>();
    const list = targets.get(flow.to) ?? [];
    list.push(flow);
    targets.set(flow.to, list);
    adjacency.out.set(flow.from, targets);
    const payers = adjacency.in.get(flow.to) ?? new Set<string>();
    payers.add(flow.from);
    adjacency.in.set(flow.to, payers);
  }
  adjacencies.set(flows, adjacency);
  return adjacency;
}

/** The loops through a group, kept for the groups asked about most recently (the graph never changes). */
const recent = new WeakMap<Adjacency, Map<string, readonly Loop[]>>();
const RECENT = 32;

export function findLoops(flows: readonly Flow[], options: LoopOptions = {}): Loop[] {
  const maxLength = Math.max(2, options.maxLength ?? 4);
  const adjacency = adjacencyOf(flows);
  if (options.through === undefined) return sortLoops(everyLoop(adjacency, maxLength));
  let kept = recent.get(adjacency);
  if (!kept) {
    kept = new Map();
    recent.set(adjacency, kept);
  }
  const key = `${maxLength}>${options.through}`;
  let loops = kept.get(key);
  if (loops) kept.delete(key);
  else loops = sortLoops(loopsThrough(adjacency, options.through, maxLength));
  kept.set(key, loops);
  if (kept.size > RECENT) kept.delete(kept.keys().next().value!);
  // Callers get their own array: the kept one is shared.
  return [...loops];
}

function everyLoop({ out }: Adjacency, maxLength: number): Loop[] {
  const nodes = [...out.keys()].sort();
  const loops: Loop[] = [];
  for (const start of nodes) {
    // Every other group on the loop sorts after `start`: each loop is found from its smallest group only.
    const path = [start];
    const walk = (at: string) => {
      for (const [next, legFlows] of out.get(at) ?? []) {
        if (next === start && path.length >= 2) {
          const legs = path.map((id, i) => out.get(id)!.get(path[(i + 1) % path.length]!)!);
          if (distinctDeals(legs)) loops.push({ nodes: [...path], legs });
          continue;
        }
        if (next <= start || path.includes(next) || path.length >= maxLength || legFlows.length === 0)
          continue;
        path.push(next);
        walk(next);
        path.pop();
      }
    };
    walk(start);
  }
  return loops;
}

/**
 * The loops through one group, searched from that group only: the walk goes on to a group only if the
 * money can still come back within the loop's length (known from a short backward search), so a hub with
 * thousands of partners costs its own neighbourhood, not the whole graph.
 */
function loopsThrough({ out, in: payersOf }: Adjacency, through: string, maxLength: number): Loop[] {
  // reach[k]: the groups from which money reaches `through` in at most k steps.
  const reach: Set<string>[] = [new Set([through])];
  let frontier = [through];
  for (let k = 1; k < maxLength; k++) {
    const next = new Set(reach[k - 1]);
    const added: string[] = [];
    for (const node of frontier)
      for (const payer of payersOf.get(node) ?? [])
        if (!next.has(payer)) {
          next.add(payer);
          added.push(payer);
        }
    reach.push(next);
    frontier = added;
  }
  const loops: Loop[] = [];
  const path = [through];
  const walk = (at: string) => {
    for (const [next, legFlows] of out.get(at) ?? []) {
      if (legFlows.length === 0) continue;
      if (next === through) {
        if (path.length < 2) continue;
        const legs = path.map((id, i) => out.get(id)!.get(path[(i + 1) % path.length]!)!);
        if (distinctDeals(legs)) loops.push(canonical(path, legs));
        continue;
      }
      if (path.length >= maxLength || path.includes(next) || !reach[maxLength - path.length]!.has(next))
        continue;
      path.push(next);
      walk(next);
      path.pop();
    }
  };
  walk(through);
  return loops;
}

/** The same loop as the search over every group reports it: starting at its smallest group. */
function canonical(path: readonly string[], legs: Flow[][]): Loop {
  let first = 0;
  for (let i = 1; i < path.length; i++) if (path[i]! < path[first]!) first = i;
  const rotate = <T>(list: readonly T[]) => [...list.slice(first), ...list.slice(0, first)];
  return { nodes: rotate(path), legs: rotate(legs) };
}

/** One deal with a party on each side is not a loop by itself: a loop needs at least two deals. */
function distinctDeals(legs: Flow[][]): boolean {
  const first = legs[0]![0]!.deal;
  return legs.some((leg) => leg.some((f) => f.deal.id !== first.id));
}

/** The money a loop can carry round: its thinnest leg. */
export function loopStrength(loop: Loop): number {
  return Math.min(...loop.legs.map((leg) => leg.reduce((sum, f) => sum + flowWeight(f), 0)));
}

const collator = new Intl.Collator();

/**
 * Shortest loops first, then the strongest, then by their groups' ids. Each loop's strength and key are
 * computed once, not at every comparison: a hub can sit on thousands of loops.
 */
function sortLoops(loops: Loop[]): Loop[] {
  return loops
    .map((loop) => ({ loop, strength: loopStrength(loop), key: loopKey(loop) }))
    .sort(
      (a, b) =>
        a.loop.nodes.length - b.loop.nodes.length ||
        b.strength - a.strength ||
        collator.compare(a.key, b.key),
    )
    .map((entry) => entry.loop);
}

/** "amazon>anthropic": a stable key for a loop. */
export function loopKey(loop: Loop): string {
  return loop.nodes.join('>');
}
