/**
 * A network picture shows at most `MAX_DRAWN` companies besides the one asked about: past a dozen, boxes
 * and amounts shrink below what a phone can read. The text answer keeps every company; the picture names
 * the ones it leaves out ("+19 more"), and so do its caption and alt text.
 *
 * Which companies stay: nearer steps first (every direct partner before any partner's partner), and within
 * a step the most money to the companies already kept, then the most deals with them (connectedness), then
 * the name, so the choice is stable. Kept one at a time, so a company tied to an earlier pick counts that.
 */
import { flowWeight, type GraphNode, type Neighbourhood } from './moneyGraph.js';

export const MAX_DRAWN = 12;

export interface Cropped {
  /** The neighbourhood the picture draws: the kept companies and the flows among them. */
  hood: Neighbourhood;
  /** The companies left out, most money first. */
  omitted: GraphNode[];
}

export function cropNeighbourhood(hood: Neighbourhood, max = MAX_DRAWN): Cropped {
  if (hood.nodes.length <= max + 1) return { hood, omitted: [] };
  const kept = new Set<string>([hood.centre]);
  const levelOf = new Map(hood.nodes.map((n) => [n.id, n.level]));
  const maxLevel = Math.max(0, ...hood.nodes.map((n) => n.level));
  for (let level = 1; level <= maxLevel && kept.size < max + 1; level++) {
    const candidates = new Set(hood.nodes.filter((n) => n.level === level).map((n) => n.id));
    while (kept.size < max + 1 && candidates.size > 0) {
      let best: { id: string; money: number; links: number } | undefined;
      for (const id of candidates) {
        let money = 0;
        let links = 0;
        for (const f of hood.flows) {
          const other = f.from === id ? f.to : f.to === id ? f.from : undefined;
          if (other === undefined || !kept.has(other)) continue;
          money += flowWeight(f);
          links++;
        }
        const better =
          !best ||
          money > best.money ||
          (money === best.money && (links > best.links || (links === best.links && id < best.id)));
        if (better) best = { id, money, links };
      }
      // A company with no flow to the kept ones would float alone in the picture.
      if (!best || best.links === 0) break;
      kept.add(best.id);
      candidates.delete(best.id);
    }
  }
  const nodes = hood.nodes.filter((n) => kept.has(n.id));
  const omitted = hood.nodes
    .filter((n) => !kept.has(n.id))
    .sort(
      (a, b) =>
        (levelOf.get(a.id) ?? 0) - (levelOf.get(b.id) ?? 0) ||
        b.weight - a.weight ||
        a.id.localeCompare(b.id),
    );
  const flows = hood.flows.filter((f) => kept.has(f.from) && kept.has(f.to));
  return { hood: { ...hood, nodes, flows }, omitted };
}
