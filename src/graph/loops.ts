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

export function findLoops(flows: readonly Flow[], options: LoopOptions = {}): Loop[] {
  const maxLength = Math.max(2, options.maxLength ?? 4);
  const out = new Map<string, Map<string, Flow[]>>();
  for (const flow of flows) {
    if (flow.from === flow.to) continue;
    const targets = out.get(flow.from) ?? new Map<string, Flow[]>();
    const list = targets.get(flow.to) ?? [];
    list.push(flow);
    targets.set(flow.to, list);
    out.set(flow.from, targets);
  }
  const nodes = [...new Set(flows.flatMap((f) => [f.from, f.to]))].sort();
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

  const through = options.through;
  return loops.filter((l) => through === undefined || l.nodes.includes(through)).sort(compareLoops);
}

/** One deal with a party on each side is not a loop by itself: a loop needs at least two deals. */
function distinctDeals(legs: Flow[][]): boolean {
  const deals = new Set(legs.flat().map((f) => f.deal.id));
  return deals.size >= 2;
}

/** The money a loop can carry round: its thinnest leg. */
export function loopStrength(loop: Loop): number {
  return Math.min(...loop.legs.map((leg) => leg.reduce((sum, f) => sum + flowWeight(f), 0)));
}

function compareLoops(a: Loop, b: Loop): number {
  return (
    a.nodes.length - b.nodes.length ||
    loopStrength(b) - loopStrength(a) ||
    a.nodes.join('>').localeCompare(b.nodes.join('>'))
  );
}

/** "amazon>anthropic": a stable key for a loop. */
export function loopKey(loop: Loop): string {
  return loop.nodes.join('>');
}
