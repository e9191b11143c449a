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
  /**
   * Keep only the first this many loops in the order they are shown (all are still counted): a hub of a
   * million-deal graph sits on thousands of loops, and building and sorting every one costs seconds.
   */
  limit?: number;
}

/** The first loops in the order they are shown, and how many there are in all. */
export interface LoopList {
  loops: Loop[];
  total: number;
  /** Of `total`, the loops between two groups. */
  twos: number;
}

/**
 * The money graph as integers, built once per list of flows: group `g` pays along the edges
 * `outStart[g]..outStart[g + 1]`, edge `e` goes to `edgeTo[e]` and carries the flows `legs[e]` (in the
 * order of the list), weighing `weight[e]`. The search walks these typed arrays and marks groups with a
 * stamp, so a request allocates nothing per step, only per loop it keeps.
 */
interface Adjacency {
  ids: string[];
  index: Map<string, number>;
  outStart: Uint32Array;
  edgeTo: Uint32Array;
  legs: Flow[][];
  weight: Float64Array;
  /** Payers of group `g`: the edges `inEdges[inStart[g]..inStart[g + 1]]` (edge ids, to read `edgeFrom`). */
  inStart: Uint32Array;
  inEdges: Uint32Array;
  edgeFrom: Uint32Array;
  /** Per group: how many steps it is from the group searched from (a stamp tells whose search set it). */
  steps: Uint8Array;
  stepsStamp: Uint32Array;
  onPath: Uint32Array;
  /** Per group: the leg by which it pays the origin of the current search, when `closeStamp` says so. */
  closeEdge: Uint32Array;
  closeStamp: Uint32Array;
  stamp: number;
}

/** Built once per list of flows (a knowledge base's money graph keeps its list): not per request. */
const adjacencies = new WeakMap<readonly Flow[], Adjacency>();

/**
 * Builds the loop search's index of a money graph now. Answers build it on their first search; the bench
 * calls this to time the one-off (seconds at a million deals) apart from the searches.
 */
export function prepareLoops(flows: readonly Flow[]): void {
  adjacencyOf(flows);
}

function adjacencyOf(flows: readonly Flow[]): Adjacency {
  const known = adjacencies.get(flows);
  if (known) return known;
  const ids = [...new Set(flows.flatMap((f) => (f.from === f.to ? [] : [f.from, f.to])))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  // Edges grouped by payer, in the order of the sorted ids, then by first appearance in the list.
  const byFrom: Map<number, Flow[]>[] = ids.map(() => new Map());
  for (const flow of flows) {
    if (flow.from === flow.to) continue;
    const targets = byFrom[index.get(flow.from)!]!;
    const to = index.get(flow.to)!;
    const list = targets.get(to);
    if (list) list.push(flow);
    else targets.set(to, [flow]);
  }
  const edgeCount = byFrom.reduce((n, m) => n + m.size, 0);
  const outStart = new Uint32Array(ids.length + 1);
  const edgeTo = new Uint32Array(edgeCount);
  const edgeFrom = new Uint32Array(edgeCount);
  const weight = new Float64Array(edgeCount);
  const legs: Flow[][] = new Array(edgeCount);
  const inCount = new Uint32Array(ids.length + 1);
  let e = 0;
  byFrom.forEach((targets, from) => {
    outStart[from] = e;
    for (const [to, list] of targets) {
      edgeTo[e] = to;
      edgeFrom[e] = from;
      legs[e] = list;
      weight[e] = list.reduce((sum, f) => sum + flowWeight(f), 0);
      inCount[to + 1]!++;
      e++;
    }
  });
  outStart[ids.length] = e;
  for (let g = 1; g <= ids.length; g++) inCount[g]! += inCount[g - 1]!;
  const inStart = inCount.slice();
  const inEdges = new Uint32Array(edgeCount);
  const fill = inCount.slice(0, -1);
  for (let edge = 0; edge < edgeCount; edge++) inEdges[fill[edgeTo[edge]!]!++] = edge;
  const adjacency: Adjacency = {
    ids,
    index,
    outStart,
    edgeTo,
    legs,
    weight,
    inStart,
    inEdges,
    edgeFrom,
    steps: new Uint8Array(ids.length),
    stepsStamp: new Uint32Array(ids.length),
    onPath: new Uint32Array(ids.length),
    closeEdge: new Uint32Array(ids.length),
    closeStamp: new Uint32Array(ids.length),
    stamp: 0,
  };
  adjacencies.set(flows, adjacency);
  return adjacency;
}

/** The loops through a group, kept for the groups asked about most recently (the graph never changes). */
const recent = new WeakMap<Adjacency, Map<string, LoopList>>();
const RECENT = 32;

/** How many loops an answer lists unless told otherwise (all are counted). */
export const LOOPS_LISTED = 50;

/** The first LOOPS_LISTED loops (or `limit`) in the order they are shown. */
export function findLoops(flows: readonly Flow[], options: LoopOptions = {}): Loop[] {
  return listLoops(flows, options).loops;
}

export function listLoops(flows: readonly Flow[], options: LoopOptions = {}): LoopList {
  const maxLength = Math.min(255, Math.max(2, options.maxLength ?? 4));
  const limit = options.limit ?? LOOPS_LISTED;
  const adjacency = adjacencyOf(flows);
  let kept = recent.get(adjacency);
  if (!kept) {
    kept = new Map();
    recent.set(adjacency, kept);
  }
  const key = `${maxLength}>${limit}>${options.through ?? ''}`;
  let list = kept.get(key);
  if (list) kept.delete(key);
  else {
    const through = options.through === undefined ? undefined : adjacency.index.get(options.through);
    const found = new Found();
    if (options.through === undefined)
      for (let start = 0; start < adjacency.ids.length; start++)
        search(adjacency, start, maxLength, true, found);
    else if (through !== undefined) search(adjacency, through, maxLength, false, found);
    list = found.first(adjacency, limit);
  }
  kept.set(key, list);
  if (kept.size > RECENT) kept.delete(kept.keys().next().value!);
  // Callers get their own array: the kept one is shared.
  return { ...list, loops: [...list.loops] };
}

/** Loops found so far, as edge ids in flat typed arrays (a loop of n groups is n edges). */
class Found {
  edges = new Uint32Array(256);
  used = 0;
  /** Per loop: where its edges start in `edges`, its length and its strength (its thinnest leg). */
  starts: number[] = [];
  lengths: number[] = [];
  strengths: number[] = [];
  twos = 0;

  add(path: Uint32Array, length: number, strength: number): void {
    if (this.used + length > this.edges.length) {
      const grown = new Uint32Array(this.edges.length * 2 + length);
      grown.set(this.edges);
      this.edges = grown;
    }
    this.starts.push(this.used);
    this.lengths.push(length);
    this.strengths.push(strength);
    for (let i = 0; i < length; i++) this.edges[this.used++] = path[i]!;
    if (length === 2) this.twos++;
  }

  /**
   * Shortest loops first, then the strongest, then by their groups' ids; only the first `limit` are built
   * as loops, and only loops tied with those on length and strength have their ids compared.
   */
  first(adjacency: Adjacency, limit: number): LoopList {
    const total = this.starts.length;
    const order = Array.from({ length: total }, (_, i) => i);
    order.sort((a, b) => this.lengths[a]! - this.lengths[b]! || this.strengths[b]! - this.strengths[a]!);
    const keys = new Map<number, string>();
    const keyOf = (i: number) => {
      let key = keys.get(i);
      if (key === undefined) {
        key = this.nodes(adjacency, i).join('>');
        keys.set(i, key);
      }
      return key;
    };
    const kept: number[] = [];
    for (let run = 0; run < total && kept.length < limit; ) {
      let end = run + 1;
      const [length, strength] = [this.lengths[order[run]!]!, this.strengths[order[run]!]!];
      while (end < total && this.lengths[order[end]!] === length && this.strengths[order[end]!] === strength)
        end++;
      const tied = order.slice(run, end);
      if (tied.length > 1) tied.sort((a, b) => collator.compare(keyOf(a), keyOf(b)));
      for (const i of tied) if (kept.length < limit) kept.push(i);
      run = end;
    }
    const loops = kept.map((i) => {
      const edges = this.edges.subarray(this.starts[i]!, this.starts[i]! + this.lengths[i]!);
      return { nodes: this.nodes(adjacency, i), legs: Array.from(edges, (e) => adjacency.legs[e]!) };
    });
    return { loops, total, twos: this.twos };
  }

  private nodes(adjacency: Adjacency, i: number): string[] {
    const edges = this.edges.subarray(this.starts[i]!, this.starts[i]! + this.lengths[i]!);
    return Array.from(edges, (e) => adjacency.ids[adjacency.edgeFrom[e]!]!);
  }
}

/**
 * The loops through `origin`, walked from it. With `fromSmallest` (the search over every group), only
 * loops whose other groups all sort after `origin` are taken, so each loop is found once, from its
 * smallest group; otherwise each loop found is turned to start at its smallest group, as that search
 * reports it. A walk goes on to a group only if the money can still come back within the loop's length
 * (known from a backward search of at most `maxLength - 1` steps), so a hub with thousands of partners
 * costs its own neighbourhood, not the whole graph.
 */
function search(
  adjacency: Adjacency,
  origin: number,
  maxLength: number,
  fromSmallest: boolean,
  found: Found,
): void {
  const { outStart, edgeTo, inStart, inEdges, edgeFrom, steps, stepsStamp, onPath, legs, weight } = adjacency;
  adjacency.stamp++;
  const stamp = adjacency.stamp;
  // Backward breadth-first search: steps[g] = how few legs take money from g to the origin.
  stepsStamp[origin] = stamp;
  steps[origin] = 0;
  let frontier = [origin];
  for (let k = 1; k < maxLength && frontier.length > 0; k++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let j = inStart[node]!; j < inStart[node + 1]!; j++) {
        const payer = edgeFrom[inEdges[j]!]!;
        if (stepsStamp[payer] === stamp) continue;
        if (fromSmallest && payer < origin) continue;
        stepsStamp[payer] = stamp;
        steps[payer] = k;
        next.push(payer);
      }
    }
    frontier = next;
  }
  const reaches = (g: number, within: number) => stepsStamp[g] === stamp && steps[g]! <= within;
  // The last two legs are read backwards: for each group b, the legs b → c where c pays the origin
  // directly (`closeEdge[c]`). A walk that has room for two more legs reads b's list instead of every
  // leg out of b, so two hubs in a row cost the loops they close, not the product of their partners.
  const { closeEdge, closeStamp } = adjacency;
  const heads = new Map<number, number>();
  const nextEntry: number[] = [];
  const entryEdge: number[] = [];
  for (let j = inStart[origin]!; j < inStart[origin + 1]!; j++) {
    const c = edgeFrom[inEdges[j]!]!;
    if (fromSmallest && c < origin) continue;
    closeStamp[c] = stamp;
    closeEdge[c] = inEdges[j]!;
  }
  for (let j = inStart[origin]!; j < inStart[origin + 1]!; j++) {
    const c = edgeFrom[inEdges[j]!]!;
    if (closeStamp[c] !== stamp) continue;
    for (let k = inStart[c]!; k < inStart[c + 1]!; k++) {
      const b = edgeFrom[inEdges[k]!]!;
      if (fromSmallest && b < origin) continue;
      nextEntry.push(heads.get(b) ?? -1);
      entryEdge.push(inEdges[k]!);
      heads.set(b, entryEdge.length - 1);
    }
  }
  // Depth-first, with an explicit stack: path[d] is the edge taken at depth d, cursor[d] the next to try.
  const path = new Uint32Array(maxLength);
  const cursor = new Uint32Array(maxLength + 1);
  const at = new Uint32Array(maxLength + 1);
  const record = (length: number) => {
    if (!distinctDeals(legs, path, length)) return;
    let strength = Number.POSITIVE_INFINITY;
    for (let i = 0; i < length; i++) strength = Math.min(strength, weight[path[i]!]!);
    found.add(fromSmallest ? path : rotated(adjacency, path, length), length, strength);
  };
  /** A group with room for two more legs at most: it pays the origin, or pays one that does. */
  const last = (node: number, depth: number) => {
    if (depth >= 1 && closeStamp[node] === stamp) {
      path[depth] = closeEdge[node]!;
      record(depth + 1);
    }
    for (let k = heads.get(node) ?? -1; k >= 0; k = nextEntry[k]!) {
      const edge = entryEdge[k]!;
      const c = edgeTo[edge]!;
      if (onPath[c] === stamp) continue;
      path[depth] = edge;
      path[depth + 1] = closeEdge[c]!;
      record(depth + 2);
    }
  };
  onPath[origin] = stamp;
  if (maxLength === 2) last(origin, 0);
  else {
    at[0] = origin;
    cursor[0] = outStart[origin]!;
    let depth = 0;
    while (depth >= 0) {
      const node = at[depth]!;
      if (cursor[depth]! >= outStart[node + 1]!) {
        if (depth > 0) onPath[node] = 0;
        depth--;
        continue;
      }
      const edge = cursor[depth]!++;
      const next = edgeTo[edge]!;
      if (next === origin) {
        if (depth < 1) continue;
        path[depth] = edge;
        record(depth + 1);
        continue;
      }
      // Groups on the path so far: depth + 1; going on to `next` leaves maxLength - depth - 1 legs at most.
      if (onPath[next] === stamp || !reaches(next, maxLength - depth - 1)) continue;
      if (fromSmallest && next < origin) continue;
      path[depth] = edge;
      if (depth + 1 === maxLength - 2) {
        onPath[next] = stamp;
        last(next, depth + 1);
        onPath[next] = 0;
        continue;
      }
      depth++;
      at[depth] = next;
      cursor[depth] = outStart[next]!;
      onPath[next] = stamp;
    }
  }
  onPath[origin] = 0;
}

const turned = new Uint32Array(256);

/** The loop's edges starting at its smallest group (ids are numbered in sorted order). */
function rotated(adjacency: Adjacency, path: Uint32Array, length: number): Uint32Array {
  let first = 0;
  for (let i = 1; i < length; i++)
    if (adjacency.edgeFrom[path[i]!]! < adjacency.edgeFrom[path[first]!]!) first = i;
  for (let i = 0; i < length; i++) turned[i] = path[(first + i) % length]!;
  return turned;
}

/** One deal with a party on each side is not a loop by itself: a loop needs at least two deals. */
function distinctDeals(legs: Flow[][], path: Uint32Array, length: number): boolean {
  const first = legs[path[0]!]![0]!.deal;
  for (let i = 0; i < length; i++) for (const f of legs[path[i]!]!) if (f.deal.id !== first.id) return true;
  return false;
}

/** The money a loop can carry round: its thinnest leg. */
export function loopStrength(loop: Loop): number {
  return Math.min(...loop.legs.map((leg) => leg.reduce((sum, f) => sum + flowWeight(f), 0)));
}

const collator = new Intl.Collator();

/** "amazon>anthropic": a stable key for a loop. */
export function loopKey(loop: Loop): string {
  return loop.nodes.join('>');
}
