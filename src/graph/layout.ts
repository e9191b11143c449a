/**
 * Deterministic layouts: the same graph always lands in the same place (no randomness, a fixed number of
 * iterations), so SVG snapshots are stable and a picture does not jump between two runs.
 *
 * - `layeredLayout`: columns, money reading left → centre → right (see there).
 * - `circleLayout`: a loop's companies in the order the money goes.
 * Both finish with `separate`, which pushes overlapping boxes apart while pulling each towards its place.
 */

export interface Box {
  id: string;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Area {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LayeredNode extends Box {
  level: number;
  /** One step from the centre: -1 pays the centre only, 1 is paid by it only, 0 both (or neither). */
  side: -1 | 0 | 1;
  /** Ordering within a side: bigger first. */
  weight: number;
}

const DEG = Math.PI / 180;

/**
 * A loop's companies in the order the money goes, clockwise: two side by side, three as a triangle with
 * its point up, four at the corners of the area (longer arrows than on a ring, so labels fit), more on a ring.
 */
export function circleLayout(nodes: readonly Box[], area: Area): Map<string, Point> {
  const cx = (area.x0 + area.x1) / 2;
  const cy = (area.y0 + area.y1) / 2;
  const maxW = Math.max(...nodes.map((n) => n.w));
  const maxH = Math.max(...nodes.map((n) => n.h));
  const left = area.x0 + maxW / 2 + 4;
  const right = area.x1 - maxW / 2 - 4;
  const top = area.y0 + maxH / 2 + 4;
  const bottom = area.y1 - maxH / 2 - 4;
  const anchors = new Map<string, Point>();
  const corners: Point[][] = [
    [],
    [{ x: cx, y: cy }],
    [
      { x: left, y: cy },
      { x: right, y: cy },
    ],
    [
      { x: cx, y: top },
      { x: right, y: bottom },
      { x: left, y: bottom },
    ],
    [
      { x: left, y: top },
      { x: right, y: top },
      { x: right, y: bottom },
      { x: left, y: bottom },
    ],
  ];
  const fixed = corners[nodes.length];
  nodes.forEach((n, i) => {
    if (fixed) anchors.set(n.id, fixed[i]!);
    else {
      const a = (-90 + (360 * i) / nodes.length) * DEG;
      anchors.set(n.id, {
        x: cx + ((right - left) / 2) * Math.cos(a),
        y: cy + ((bottom - top) / 2) * Math.sin(a),
      });
    }
  });
  return separate(nodes, anchors, area, new Set());
}

/** Pushes overlapping boxes apart (with a margin) and pulls each back towards its anchor; keeps them in the area. */
export function separate(
  nodes: readonly Box[],
  anchors: ReadonlyMap<string, Point>,
  area: Area,
  fixed: ReadonlySet<string>,
  iterations = 240,
  margin = 14,
): Map<string, Point> {
  const pos = nodes.map((n) => ({ ...(anchors.get(n.id) ?? { x: area.x0, y: area.y0 }) }));
  const clamp = (i: number) => {
    const n = nodes[i]!;
    const p = pos[i]!;
    p.x = Math.min(area.x1 - n.w / 2, Math.max(area.x0 + n.w / 2, p.x));
    p.y = Math.min(area.y1 - n.h / 2, Math.max(area.y0 + n.h / 2, p.y));
  };
  for (let iter = 0; iter < iterations; iter++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const pa = pos[i]!;
        const pb = pos[j]!;
        const ox = (a.w + b.w) / 2 + margin - Math.abs(pa.x - pb.x);
        const oy = (a.h + b.h) / 2 + margin * 0.6 - Math.abs(pa.y - pb.y);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const fa = fixed.has(a.id) ? 0 : fixed.has(b.id) ? 1 : 0.5;
        const fb = fixed.has(b.id) ? 0 : fixed.has(a.id) ? 1 : 0.5;
        // Along the axis that needs the smaller push; ties broken by index, so the result is stable.
        if (ox < oy * 1.6) {
          const dir = pa.x < pb.x || (pa.x === pb.x && i < j) ? -1 : 1;
          pa.x += dir * ox * fa * 0.5;
          pb.x -= dir * ox * fb * 0.5;
        } else {
          const dir = pa.y < pb.y || (pa.y === pb.y && i < j) ? -1 : 1;
          pa.y += dir * oy * fa * 0.5;
          pb.y -= dir * oy * fb * 0.5;
        }
      }
    const pull = iter < iterations * 0.7 ? 0.04 : 0;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      const anchor = anchors.get(n.id);
      if (anchor && fixed.has(n.id)) pos[i] = { ...anchor };
      else if (anchor) {
        pos[i]!.x += (anchor.x - pos[i]!.x) * pull;
        pos[i]!.y += (anchor.y - pos[i]!.y) * pull;
      }
      clamp(i);
    }
    if (!moved && pull === 0) break;
  }
  return new Map(nodes.map((n, i) => [n.id, { x: round2(pos[i]!.x), y: round2(pos[i]!.y) }]));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Columns, for two steps and more: the centre in the middle column with the companies that both pay it and
 * are paid by it above and below; those that only pay it to the left, those it only pays to the right; each
 * farther step one column farther out on the side of the companies it deals with. Within a column,
 * companies are ordered by where their partners sit (a few barycentre sweeps), which keeps crossings down.
 */
export function layeredLayout(
  nodes: readonly LayeredNode[],
  links: readonly (readonly [string, string])[],
  area: Area,
): Map<string, Point> {
  const column = new Map<string, number>();
  const neighbours = new Map<string, string[]>();
  const pays = new Map<string, Set<string>>();
  for (const [a, b] of links) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
    const set = pays.get(a) ?? new Set<string>();
    set.add(b);
    pays.set(a, set);
  }
  const maxLevel = Math.max(0, ...nodes.map((n) => n.level));
  for (let level = 0; level <= maxLevel; level++) {
    for (const n of nodes.filter((m) => m.level === level)) {
      if (level === 0) column.set(n.id, 0);
      else if (level === 1) column.set(n.id, n.side);
      else {
        const near = (neighbours.get(n.id) ?? []).filter((m) => column.has(m));
        const sum = near.reduce((s, m) => s + Math.sign(column.get(m)!), 0);
        const payer = near.some((m) => pays.get(n.id)?.has(m));
        const sign = sum < 0 ? -1 : sum > 0 ? 1 : payer ? -1 : 1;
        column.set(n.id, sign * level);
      }
    }
  }
  // Empty columns close up, but the centre stays in the middle: each side counts its own columns.
  const used = [...new Set(column.values())].sort((a, b) => a - b);
  const rank = new Map<number, number>();
  for (const sign of [-1, 1]) {
    used
      .filter((c) => Math.sign(c) === sign)
      .sort((a, b) => Math.abs(a) - Math.abs(b))
      .forEach((c, i) => {
        rank.set(c, sign * (i + 1));
      });
  }
  rank.set(0, 0);
  const ranks = Math.max(1, ...[...rank.values()].map(Math.abs));
  const colW = (area.x1 - area.x0) / (2 * ranks + 1);
  const centreX = (area.x0 + area.x1) / 2;
  const xOf = new Map(used.map((c) => [c, centreX + (rank.get(c) ?? 0) * colW]));
  const cy = (area.y0 + area.y1) / 2;
  const height = area.y1 - area.y0;
  const y = new Map<string, number>();
  const columns = new Map<number, LayeredNode[]>();
  for (const n of nodes) {
    const c = column.get(n.id)!;
    columns.set(c, [...(columns.get(c) ?? []), n]);
  }
  const byWeight = (a: LayeredNode, b: LayeredNode) => b.weight - a.weight || a.id.localeCompare(b.id);
  // In the centre column, companies sit in rows above and below the centre, side by side where they
  // fit, so that their arrows to the centre do not run through each other.
  const dx = new Map<string, number>();
  const centreBox = nodes.find((n) => n.level === 0);
  const placeAround = (list: LayeredNode[], direction: -1 | 1) => {
    const widest = Math.max(1, ...list.map((n) => n.w));
    const spacing = Math.max(widest + 40, Math.min(330, colW * 0.85));
    const perRow = Math.max(1, Math.min(3, Math.floor((colW * 1.75) / spacing)));
    const rowH = Math.max(...list.map((n) => n.h), 30) + 70;
    const first = Math.min(height / 2 - rowH / 2, (centreBox?.h ?? 40) / 2 + 175);
    list.forEach((n, i) => {
      const row = Math.floor(i / perRow);
      const inRow = Math.min(perRow, list.length - row * perRow);
      const col = i % perRow;
      y.set(n.id, cy + direction * (first + row * rowH));
      dx.set(n.id, (col - (inRow - 1) / 2) * spacing);
    });
  };
  const stack = (list: LayeredNode[], c: number) => {
    if (c === 0) {
      // The centre keeps the middle; the others go above or below it, biggest nearest.
      const centre = list.find((n) => n.level === 0);
      const others = list.filter((n) => n !== centre);
      placeAround(
        others.filter((_, i) => i % 2 === 0),
        -1,
      );
      placeAround(
        others.filter((_, i) => i % 2 === 1),
        1,
      );
      if (centre) y.set(centre.id, cy);
      return;
    }
    const total = list.reduce((s, n) => s + n.h, 0);
    const gap = Math.min(70, Math.max(6, (height - total) / Math.max(1, list.length)));
    let at = cy - (total + gap * (list.length - 1)) / 2;
    for (const n of list) {
      y.set(n.id, at + n.h / 2);
      at += n.h + gap;
    }
  };
  for (const [c, list] of columns) stack(list.sort(byWeight), c);
  const order = [...columns.keys()].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  for (let sweep = 0; sweep < 4; sweep++) {
    for (const c of sweep % 2 === 0 ? order : [...order].reverse()) {
      const list = columns.get(c)!;
      const bary = new Map(
        list.map((n) => {
          const ys = (neighbours.get(n.id) ?? [])
            .filter((m) => column.get(m) !== c)
            .map((m) => y.get(m) ?? cy);
          return [n.id, ys.length > 0 ? ys.reduce((s, v) => s + v, 0) / ys.length : (y.get(n.id) ?? cy)];
        }),
      );
      if (c === 0) {
        const centre = list.find((n) => n.level === 0);
        const rest = list
          .filter((n) => n !== centre)
          .sort((a, b) => bary.get(a.id)! - bary.get(b.id)! || byWeight(a, b));
        // Keep the centre in the middle: the upper half of the others above it.
        const half = Math.ceil(rest.length / 2);
        placeAround(rest.slice(0, half).reverse(), -1);
        placeAround(rest.slice(half), 1);
        if (centre) y.set(centre.id, cy);
      } else {
        list.sort((a, b) => bary.get(a.id)! - bary.get(b.id)! || byWeight(a, b));
        stack(list, c);
      }
    }
  }
  const anchors = new Map(
    nodes.map(
      (n) => [n.id, { x: xOf.get(column.get(n.id)!)! + (dx.get(n.id) ?? 0), y: y.get(n.id) ?? cy }] as const,
    ),
  );
  const centre = nodes.find((n) => n.level === 0);
  return separate(nodes, anchors, area, centre ? new Set([centre.id]) : new Set(), 120, 8);
}
