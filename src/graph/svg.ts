/**
 * The money pictures as SVG: companies as boxes, deals as curved arrows in the direction the money goes,
 * width by amount (log scale), colour by kind of deal, dashed for "up to" and dotted for reported amounts,
 * a short amount on each arrow, a legend, a title and the knowledge base's as-of date. Every word drawn comes
 * from the catalog the picture carries (`Frame.t`), so a Spanish or Italian reader gets a Spanish or Italian
 * picture.
 *
 * Everything is computed here (positions, curves, arrowheads, text widths), so the SVG uses only plain
 * shapes and text that any renderer draws the same way, and it is byte-for-byte stable for a given graph.
 */
import type { Catalog } from '../i18n/index.js';
import { cropNeighbourhood } from './crop.js';
import { FONT_FAMILY, textWidth, type Weight } from './fonts.js';
import { type Hub, hubsOf } from './hubs.js';
import { edgeLabel } from './labels.js';
import {
  type Area,
  type Box,
  circleLayout,
  type LayeredNode,
  layeredLayout,
  type Point,
  separate,
} from './layout.js';
import type { Loop } from './loops.js';
import { type Edge, edgesOf, type Neighbourhood } from './moneyGraph.js';
import {
  CATEGORIES,
  CATEGORY_COLOUR,
  type Certainty,
  COLOURS,
  clip,
  dashFor,
  esc,
  round,
  widthFor,
} from './style.js';

/**
 * Sizes for a phone: Discord shows a picture about 400 px wide there, half of this canvas, so no text is
 * set below 22 px (11 px on the phone) and no arrow is thinner than 3 px (1.5 px on the phone). The PNG is
 * drawn at 1.5×, so it stays sharp when zoomed on a larger screen.
 */
export const WIDTH = 800;
export const HEIGHT = 1000;

export const PAD = 20;
export const HEADER = 104;
/** Text sizes: the title, secondary lines (subtitle, legend, notes), company names and arrow labels. */
export const TEXT = { title: 34, small: 22, name: 24, label: 22 } as const;
export const LEGEND_ROW = 32;

/** A tiny SVG writer: every number rounded, every text escaped. */
export class SvgWriter {
  private readonly parts: string[] = [];
  /** The picture's text alternative, written as its <title>. */
  title = '';

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  raw(markup: string): void {
    this.parts.push(markup);
  }

  rect(x: number, y: number, w: number, h: number, attrs: Record<string, string | number> = {}): void {
    this.parts.push(
      `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}"${attr(attrs)}/>`,
    );
  }

  line(x1: number, y1: number, x2: number, y2: number, attrs: Record<string, string | number> = {}): void {
    this.parts.push(
      `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}"${attr(attrs)}/>`,
    );
  }

  path(d: string, attrs: Record<string, string | number> = {}): void {
    this.parts.push(`<path d="${d}"${attr(attrs)}/>`);
  }

  circle(x: number, y: number, r: number, attrs: Record<string, string | number> = {}): void {
    this.parts.push(`<circle cx="${round(x)}" cy="${round(y)}" r="${round(r)}"${attr(attrs)}/>`);
  }

  text(
    x: number,
    y: number,
    content: string,
    size: number,
    attrs: Record<string, string | number> & { weight?: Weight; anchor?: 'start' | 'middle' | 'end' } = {},
  ): void {
    const { weight, anchor, ...rest } = attrs;
    const extra: Record<string, string | number> = { 'font-size': size, ...rest };
    if (weight === 'bold') extra['font-weight'] = 'bold';
    if (anchor && anchor !== 'start') extra['text-anchor'] = anchor;
    this.parts.push(`<text x="${round(x)}" y="${round(y)}"${attr(extra)}>${esc(content)}</text>`);
  }

  toString(): string {
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}" viewBox="0 0 ${this.width} ${this.height}" font-family="${FONT_FAMILY}">`,
      ...(this.title ? [`<title>${esc(this.title)}</title>`] : []),
      ...this.parts,
      '</svg>',
      '',
    ].join('\n');
  }
}

function attr(attrs: Record<string, string | number>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? round(v, 2) : esc(v)}"`)
    .join('');
}

export interface Frame {
  title: string;
  subtitle: string;
  /** "31 May 2026", already in the catalog's language. */
  asOf: string;
  /** The language of every word drawn. */
  t: Catalog;
}

/** Background, title, subtitle and the as-of date; returns the writer. */
export function frame(info: Frame, width = WIDTH, height = HEIGHT): SvgWriter {
  const svg = new SvgWriter(width, height);
  const words = info.t.graph.picture;
  svg.title = words.alt(info.title, info.subtitle, info.asOf);
  svg.rect(0, 0, width, height, { fill: COLOURS.background });
  const asOf = words.asOf(info.asOf);
  const asOfWidth = textWidth(asOf, TEXT.small);
  // The title gets the whole width (a long name shrinks it a little before it is cut); the subtitle
  // shares the second line with the as-of date.
  let titleSize: number = TEXT.title;
  while (titleSize > 28 && textWidth(info.title, titleSize, 'bold') > width - 2 * PAD) titleSize--;
  svg.text(PAD, 44, fitText(info.title, titleSize, width - 2 * PAD, 'bold'), titleSize, {
    weight: 'bold',
    fill: COLOURS.text,
  });
  svg.text(width - PAD, 82, asOf, TEXT.small, { anchor: 'end', fill: COLOURS.muted });
  const subtitleRoom = width - 2 * PAD - asOfWidth - 20;
  svg.text(PAD, 82, fitText(info.subtitle, TEXT.small, subtitleRoom), TEXT.small, { fill: COLOURS.muted });
  return svg;
}

/** Shortens text with an ellipsis until it fits `room` px. */
export function fitText(text: string, size: number, room: number, weight: Weight = 'regular'): string {
  if (textWidth(text, size, weight) <= room) return text;
  let n = text.length;
  while (n > 1 && textWidth(`${text.slice(0, n).trimEnd()}…`, size, weight) > room) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}

export interface LegendItem {
  kind: 'colour' | 'style' | 'note';
  text: string;
  colour?: string;
  certainty?: Certainty;
}

interface PlacedLegendItem {
  item: LegendItem;
  x: number;
  /** Baseline, from the legend's first baseline. */
  dy: number;
  text: string;
}

/** Where each legend item goes: rows that wrap within the width; an item too long for a line is cut. */
function legendPlaces(
  rows: readonly LegendItem[][],
  width: number,
): { places: PlacedLegendItem[]; height: number } {
  const size = TEXT.small;
  const places: PlacedLegendItem[] = [];
  let dy = 0;
  for (const row of rows) {
    if (row.length === 0) continue;
    let x = PAD;
    for (const item of row) {
      const sample = item.kind === 'note' ? 0 : 44;
      const text = fitText(item.text, size, width - 2 * PAD - sample);
      const w = sample + textWidth(text, size) + 24;
      if (x + w - 24 > width - PAD && x > PAD) {
        x = PAD;
        dy += LEGEND_ROW;
      }
      places.push({ item, x, dy, text });
      x += w;
    }
    dy += LEGEND_ROW;
  }
  return { places, height: dy };
}

/** How tall the legend of these rows is, to keep room for it under the drawing. */
export function legendHeight(rows: readonly LegendItem[][], width: number): number {
  return legendPlaces(rows, width).height;
}

/** The legend: rows of items that wrap within the width; `top` is the first row's baseline. */
export function legend(svg: SvgWriter, rows: LegendItem[][], top: number): void {
  const size = TEXT.small;
  for (const { item, x, dy, text } of legendPlaces(rows, svg.width).places) {
    const y = top + dy;
    if (item.kind === 'colour') {
      svg.line(x, y - 7, x + 34, y - 7, {
        stroke: item.colour ?? COLOURS.text,
        'stroke-width': 7,
        'stroke-linecap': 'round',
      });
    } else if (item.kind === 'style') {
      const dash = dashFor(item.certainty ?? 'committed', 4);
      svg.line(x, y - 7, x + 34, y - 7, {
        stroke: COLOURS.muted,
        'stroke-width': 4,
        'stroke-linecap': 'round',
        ...(dash && { 'stroke-dasharray': dash }),
      });
    }
    const tx = item.kind === 'note' ? x : x + 44;
    svg.text(tx, y, text, size, { fill: item.kind === 'note' ? COLOURS.muted : COLOURS.text });
  }
}

export function legendRows(
  edges: readonly Pick<Edge, 'category' | 'certainty'>[],
  note: string,
  t: Catalog,
): LegendItem[][] {
  const words = t.graph.picture;
  const categories = new Set(edges.map((e) => e.category));
  const certainties = new Set(edges.map((e) => e.certainty));
  const colours: LegendItem[] = CATEGORIES.filter((c) => categories.has(c)).map((c) => ({
    kind: 'colour',
    text: words.category[c],
    colour: CATEGORY_COLOUR[c],
  }));
  const styles: LegendItem[] = (['committed', 'up-to', 'reported'] as const)
    .filter((c) => certainties.has(c))
    .map((c) => ({ kind: 'style', text: words.certainty[c], certainty: c }));
  return [colours, [...styles, { kind: 'note', text: note }]];
}

// ---------------------------------------------------------------------------------------------------------
// Nodes and arrows

export interface DrawNode extends Box {
  name: string;
  sub?: string;
  centre: boolean;
  nameSize: number;
  subSize: number;
  /** A hub: a pill in the deal's colour instead of a company box. */
  hub?: { colour: string; certainty: Certainty };
}

export function nodeBox(
  id: string,
  name: string,
  via: readonly string[],
  centre: boolean,
  nameSize: number,
  maxWidth: number,
  t: Catalog,
): DrawNode {
  const size = centre ? nameSize + 4 : nameSize;
  const subSize = TEXT.small;
  const shown = fitText(clip(name, 32), size, maxWidth - 20, 'bold');
  const sub =
    via.length > 0 ? fitText(t.graph.picture.including(via.join(', ')), subSize, maxWidth - 20) : undefined;
  const w = Math.max(textWidth(shown, size, 'bold'), sub ? textWidth(sub, subSize) : 0) + 20;
  const h = size * 1.25 + (sub ? subSize * 1.25 : 0) + 12;
  return { id, w: round(w), h: round(h), name: shown, ...(sub && { sub }), centre, nameSize: size, subSize };
}

function drawNode(svg: SvgWriter, node: DrawNode, at: Point): void {
  const x = at.x - node.w / 2;
  const y = at.y - node.h / 2;
  if (node.hub) {
    const dash = dashFor(node.hub.certainty, 3);
    svg.rect(x, y, node.w, node.h, {
      rx: node.h / 2,
      fill: COLOURS.background,
      stroke: node.hub.colour,
      'stroke-width': 3,
      ...(dash && { 'stroke-dasharray': dash, 'stroke-linecap': 'round' }),
    });
    svg.text(at.x, at.y + node.nameSize * 0.36, node.name, node.nameSize, {
      weight: 'bold',
      anchor: 'middle',
      fill: node.hub.colour,
    });
    return;
  }
  svg.rect(x, y, node.w, node.h, {
    rx: 8,
    fill: node.centre ? COLOURS.panelRaised : COLOURS.panel,
    stroke: node.centre ? COLOURS.centre : COLOURS.border,
    'stroke-width': node.centre ? 3 : 2,
  });
  const nameY = y + 6 + node.nameSize * 0.98;
  svg.text(at.x, nameY, node.name, node.nameSize, { weight: 'bold', anchor: 'middle', fill: COLOURS.text });
  if (node.sub) {
    svg.text(at.x, nameY + node.subSize * 1.25, node.sub, node.subSize, {
      anchor: 'middle',
      fill: COLOURS.muted,
    });
  }
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function rectOf(node: Box, at: Point, pad = 0): Rect {
  return {
    x0: at.x - node.w / 2 - pad,
    y0: at.y - node.h / 2 - pad,
    x1: at.x + node.w / 2 + pad,
    y1: at.y + node.h / 2 + pad,
  };
}

function inside(r: Rect, p: Point): boolean {
  return p.x >= r.x0 && p.x <= r.x1 && p.y >= r.y0 && p.y <= r.y1;
}

interface Curve {
  p0: Point;
  c: Point;
  p2: Point;
}

function at(q: Curve, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * q.p0.x + 2 * u * t * q.c.x + t * t * q.p2.x,
    y: u * u * q.p0.y + 2 * u * t * q.c.y + t * t * q.p2.y,
  };
}

/** The blossom of a quadratic: the control points of the piece between t = u and t = v. */
function blossom(q: Curve, u: number, v: number): Point {
  const a = (1 - u) * (1 - v);
  const b = (1 - u) * v + u * (1 - v);
  const c = u * v;
  return { x: a * q.p0.x + b * q.c.x + c * q.p2.x, y: a * q.p0.y + b * q.c.y + c * q.p2.y };
}

/** The t in [lo, hi] where `test` stops giving what it gives at `lo`, by bisection. */
function bisect(lo: number, hi: number, test: (t: number) => boolean): number {
  const start = test(lo);
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (test(mid) === start) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** One line to draw: an arrow between companies, or a line into or out of a hub. */
export interface Stroke {
  from: string;
  to: string;
  colour: string;
  width: number;
  certainty: Certainty;
  label: string;
  /** Perpendicular offset of the curve's middle, px (to the right of the direction of travel). */
  bend: number;
  arrow: boolean;
}

/** Bends: one arrow between two boxes is straight; several, or arrows both ways, fan out. */
export function bends(edges: readonly Edge[], spacing: number): Map<Edge, number> {
  const pairs = new Map<string, Edge[]>();
  for (const e of edges) {
    const key = e.from < e.to ? `${e.from}|${e.to}` : `${e.to}|${e.from}`;
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }
  const out = new Map<Edge, number>();
  for (const list of pairs.values()) {
    const forward = list.filter((e) => e.from < e.to);
    const backward = list.filter((e) => e.from > e.to);
    if (forward.length === 0 || backward.length === 0) {
      list.forEach((e, i) => {
        out.set(e, (i - (list.length - 1) / 2) * spacing);
      });
    } else {
      for (const side of [forward, backward]) {
        side.forEach((e, i) => {
          out.set(e, (i + 0.75) * spacing);
        });
      }
    }
  }
  return out;
}

interface Taken {
  rect: Rect;
  node: boolean;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function aim(box: Box, p: Point, toward: Point): Point {
  const hx = box.w / 2;
  const hy = box.h / 2;
  return {
    x: p.x + Math.max(-hx * 0.6, Math.min(hx * 0.6, (toward.x - p.x) * 0.25)),
    y: p.y + Math.max(-hy * 0.5, Math.min(hy * 0.5, (toward.y - p.y) * 0.25)),
  };
}

function curveFor(pa: Point, pb: Point, bend: number): Curve {
  const dx = pb.x - pa.x;
  const dy = pb.y - pa.y;
  const len = Math.hypot(dx, dy) || 1;
  const mid = { x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 };
  return { p0: pa, c: { x: mid.x - (dy / len) * bend * 2, y: mid.y + (dx / len) * bend * 2 }, p2: pb };
}

function obstacles(
  boxes: ReadonlyMap<string, DrawNode>,
  pos: ReadonlyMap<string, Point>,
  from: string,
  to: string,
): Rect[] {
  const out: Rect[] = [];
  for (const [id, box] of boxes) {
    const p = pos.get(id);
    if (p && id !== from && id !== to) out.push(rectOf(box, p, 4));
  }
  return out;
}

/**
 * The curve between two boxes that crosses the fewest other boxes: the wanted bend first, then bends
 * farther out on the same side (or either side, for a straight line). Crossing a box hides the arrow
 * under it and makes it look as if the money went through that company.
 */
function route(
  pa: Point,
  pb: Point,
  bend: number,
  ra: Rect,
  rb: Rect,
  others: readonly Rect[],
  bounds: Rect,
): Curve {
  const sign = bend >= 0 ? 1 : -1;
  const steps = [0, 26, 52, 85];
  const candidates =
    bend === 0
      ? steps.flatMap((s) => (s === 0 ? [0] : [s, -s]))
      : // The other side last: for a curve that would leave the picture (two boxes along its edge).
        [...steps.map((s) => bend + sign * s), ...steps.map((s) => -bend - sign * s)];
  let best: { q: Curve; cost: number } | undefined;
  for (const b of candidates) {
    const q = curveFor(pa, pb, b);
    let hits = 0;
    for (let i = 1; i < 24; i++) {
      const p = at(q, i / 24);
      if (!inside(bounds, p)) hits += 40;
      if (inside(ra, p) || inside(rb, p)) continue;
      for (const r of others) if (inside(r, p)) hits++;
    }
    const cost = hits + Math.abs(b - bend) / 40;
    if (!best || cost < best.cost) best = { q, cost };
    if (hits === 0) break;
  }
  return best!.q;
}

/** Draws the lines; returns the labels, to be drawn after all lines and before the boxes. */
function drawStrokes(
  svg: SvgWriter,
  strokes: readonly Stroke[],
  boxes: ReadonlyMap<string, DrawNode>,
  pos: ReadonlyMap<string, Point>,
  labelSize: number,
  taken: Taken[],
  centre: string | undefined,
  bounds: Rect,
): (() => void)[] {
  const labels: (() => void)[] = [];
  // Thick lines first, so thin ones stay visible on top of them.
  const order = [...strokes].sort(
    (a, b) =>
      b.width - a.width ||
      a.from.localeCompare(b.from) ||
      a.to.localeCompare(b.to) ||
      a.label.localeCompare(b.label),
  );
  for (const d of order) {
    const a = boxes.get(d.from);
    const b = boxes.get(d.to);
    const pa = pos.get(d.from);
    const pb = pos.get(d.to);
    if (!a || !b || !pa || !pb) continue;
    const ra = rectOf(a, pa, 3);
    const rb = rectOf(b, pb, 3);
    // Aim at a point of each box on the side facing the other, so arrowheads do not all meet in one spot.
    const q = route(
      aim(a, pa, pb),
      aim(b, pb, pa),
      d.bend,
      ra,
      rb,
      obstacles(boxes, pos, d.from, d.to),
      bounds,
    );
    const t0 = bisect(0, 0.5, (t) => inside(ra, at(q, t)));
    const t1 = bisect(0.5, 1, (t) => inside(rb, at(q, t)));
    const tip = at(q, t1);
    const head = d.arrow ? 12 + d.width * 1.5 : 0;
    const tb = d.arrow
      ? bisect(t0, t1, (t) => Math.hypot(at(q, t).x - tip.x, at(q, t).y - tip.y) > head)
      : t1;
    if (tb <= t0 + 0.01) continue; // the boxes touch: nothing to draw between them
    const base = at(q, tb);
    const start = at(q, t0);
    const ctrl = blossom(q, t0, tb);
    const dash = dashFor(d.certainty, d.width);
    svg.path(
      `M${round(start.x)} ${round(start.y)} Q${round(ctrl.x)} ${round(ctrl.y)} ${round(base.x)} ${round(base.y)}`,
      {
        fill: 'none',
        stroke: d.colour,
        'stroke-width': d.width,
        'stroke-linecap': d.certainty === 'reported' ? 'round' : 'butt',
        ...(dash && { 'stroke-dasharray': dash }),
      },
    );
    if (d.arrow) {
      const ux = (tip.x - base.x) / head;
      const uy = (tip.y - base.y) / head;
      const half = 7 + d.width * 1.1;
      svg.path(
        `M${round(tip.x)} ${round(tip.y)} L${round(base.x - uy * half)} ${round(base.y + ux * half)} L${round(base.x + uy * half)} ${round(base.y - ux * half)} Z`,
        { fill: d.colour },
      );
    }

    if (!d.label) continue;
    const tw = textWidth(d.label, labelSize, 'bold') + 12;
    const th = labelSize + 10;
    // Away from the centre, where every arrow meets.
    const fractions =
      d.from === centre
        ? [0.6, 0.7, 0.5, 0.8, 0.4, 0.88]
        : d.to === centre
          ? [0.4, 0.3, 0.5, 0.2, 0.6, 0.12]
          : [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
    const placed = placeLabel(q, t0, tb, fractions, tw, th, d.width, taken, bounds);
    // No free room anywhere along the arrow: the label is dropped (the text answer has the amount).
    if (!placed) continue;
    const { p, r } = placed;
    taken.push({ rect: r, node: false });
    labels.push(() => {
      svg.rect(r.x0, r.y0, tw, th, {
        rx: 5,
        fill: COLOURS.background,
        'fill-opacity': 0.9,
        stroke: d.colour,
        'stroke-width': 1.5,
      });
      svg.text(p.x, p.y + labelSize * 0.36, d.label, labelSize, {
        weight: 'bold',
        anchor: 'middle',
        fill: d.colour,
      });
    });
  }
  return labels;
}

/**
 * A place for an arrow's label that overlaps nothing drawn so far (boxes, hubs, other labels) and stays in
 * `bounds`: on the arrow at one of `fractions` of its length first, then beside it on either side. The
 * boxes come from the font's own advance widths (`textWidth`), the same metrics the picture is set in.
 */
function placeLabel(
  q: Curve,
  t0: number,
  t1: number,
  fractions: readonly number[],
  tw: number,
  th: number,
  lineWidth: number,
  taken: readonly Taken[],
  bounds: Rect,
): { p: Point; r: Rect } | undefined {
  for (const side of [0, 1, -1]) {
    for (const f of fractions) {
      const t = t0 + (t1 - t0) * f;
      const on = at(q, t);
      let p = on;
      if (side !== 0) {
        const a = at(q, Math.max(0, t - 0.01));
        const b = at(q, Math.min(1, t + 0.01));
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const nx = -(b.y - a.y) / len;
        const ny = (b.x - a.x) / len;
        // Far enough along the normal that the box clears the line.
        const d = (Math.abs(nx) * tw) / 2 + (Math.abs(ny) * th) / 2 + lineWidth / 2 + 3;
        p = { x: on.x + side * nx * d, y: on.y + side * ny * d };
      }
      const r = { x0: p.x - tw / 2, y0: p.y - th / 2, x1: p.x + tw / 2, y1: p.y + th / 2 };
      if (r.x0 < bounds.x0 || r.y0 < bounds.y0 || r.x1 > bounds.x1 || r.y1 > bounds.y1) continue;
      if (taken.some((o) => overlapArea(o.rect, r) > 0)) continue;
      return { p, r };
    }
  }
  return undefined;
}

/** Arrows between companies, fanned out where several join the same two. */
export function arrowStrokes(edges: readonly Edge[], spacing: number, t: Catalog): Stroke[] {
  const bend = bends(edges, spacing);
  return edges.map((edge) => ({
    from: edge.from,
    to: edge.to,
    colour: CATEGORY_COLOUR[edge.category],
    width: widthFor(edge.amount || undefined),
    certainty: edge.certainty,
    label: edgeLabel(edge, t),
    bend: bend.get(edge) ?? 0,
    arrow: true,
  }));
}

/** Lines from the payers into a hub and arrows from the hub to the payees; the single side is thick. */
export function hubStrokes(hub: Hub): Stroke[] {
  const colour = CATEGORY_COLOUR[hub.category];
  const thick = widthFor(hub.whole);
  const thin = 3;
  return [
    ...hub.payers.map((p) => ({
      from: p,
      to: hub.id,
      colour,
      width: hub.payers.length === 1 ? thick : thin,
      certainty: hub.certainty,
      label: '',
      bend: 0,
      arrow: false,
    })),
    ...hub.payees.map((p) => ({
      from: hub.id,
      to: p,
      colour,
      width: hub.payees.length === 1 ? thick : thin,
      certainty: hub.certainty,
      label: '',
      bend: 0,
      arrow: true,
    })),
  ];
}

export function hubBox(hub: Hub, size: number): DrawNode {
  return {
    id: hub.id,
    w: round(textWidth(hub.label, size, 'bold') + 16),
    h: round(size + 10),
    name: hub.label,
    centre: false,
    nameSize: size,
    subSize: size,
    hub: { colour: CATEGORY_COLOUR[hub.category], certainty: hub.certainty },
  };
}

/** Draws boxes, hubs and arrows at the given places. */
function drawNetwork(
  svg: SvgWriter,
  nodes: readonly DrawNode[],
  strokes: readonly Stroke[],
  pos: ReadonlyMap<string, Point>,
  labelSize: number,
  bounds: Rect,
  centre?: string,
): void {
  const boxes = new Map(nodes.map((n) => [n.id, n]));
  const taken: Taken[] = nodes.flatMap((n) => {
    const p = pos.get(n.id);
    return p ? [{ rect: rectOf(n, p, 2), node: true }] : [];
  });
  const labels = drawStrokes(svg, strokes, boxes, pos, labelSize, taken, centre, bounds);
  for (const draw of labels) draw();
  for (const n of nodes) {
    const p = pos.get(n.id);
    if (p) drawNode(svg, n, p);
  }
}

/** Hubs sit between their payers and payees, nearer the side that is one company; companies stay put. */
function placeHubs(
  companies: readonly DrawNode[],
  hubs: readonly Hub[],
  hubBoxes: readonly DrawNode[],
  pos: ReadonlyMap<string, Point>,
  area: Area,
): Map<string, Point> {
  const centroid = (ids: readonly string[]) => {
    const points = ids.flatMap((id) => {
      const p = pos.get(id);
      return p ? [p] : [];
    });
    const n = Math.max(1, points.length);
    return { x: points.reduce((s, p) => s + p.x, 0) / n, y: points.reduce((s, p) => s + p.y, 0) / n };
  };
  const anchors = new Map(pos);
  for (const hub of hubs) {
    const from = centroid(hub.payers);
    const to = centroid(hub.payees);
    const f = hub.payees.length === 1 && hub.payers.length > 1 ? 0.62 : hub.payers.length === 1 ? 0.38 : 0.5;
    anchors.set(hub.id, { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f });
  }
  return separate([...companies, ...hubBoxes], anchors, area, new Set(companies.map((c) => c.id)), 160, 10);
}

// ---------------------------------------------------------------------------------------------------------
// The pictures

export interface GraphPicture extends Frame {
  hood: Neighbourhood;
  note: string;
}

/** Every network picture has the same size: at most a dozen companies, set for a phone. */
export function graphSize(_count?: number): { width: number; height: number } {
  return { width: WIDTH, height: HEIGHT };
}

/**
 * Spreads a layout over the whole height of its area: the columns are stacked for the old wide canvas and
 * leave bands empty on a tall one, while arrows and labels need the room. Only ever stretches, never squeezes.
 */
function stretch(
  pos: ReadonlyMap<string, Point>,
  boxes: ReadonlyMap<string, Box>,
  area: Area,
): Map<string, Point> {
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const [id, p] of pos) {
    const h = (boxes.get(id)?.h ?? 0) / 2;
    top = Math.min(top, p.y - h);
    bottom = Math.max(bottom, p.y + h);
  }
  const span = bottom - top;
  const room = area.y1 - area.y0;
  if (!(span > 0) || span >= room) return new Map(pos);
  const mid = (top + bottom) / 2;
  const target = (area.y0 + area.y1) / 2;
  // Box centres move apart by about the factor that brings the outermost edges to the area's edges;
  // the clamp below keeps every box inside.
  const tallest = Math.max(...[...pos.keys()].map((id) => boxes.get(id)?.h ?? 0));
  const factor = Math.max(1, (room - tallest) / Math.max(1, span - tallest));
  const out = new Map<string, Point>();
  for (const [id, p] of pos) {
    const h = (boxes.get(id)?.h ?? 0) / 2;
    const y = target + (p.y - mid) * factor;
    out.set(id, { x: p.x, y: round(Math.min(area.y1 - h, Math.max(area.y0 + h, y)), 2) });
  }
  return out;
}

/** Pairs of boxes closer than `gap` px to each other. */
function clashes(nodes: readonly Box[], pos: ReadonlyMap<string, Point>, gap: number): [Box, Box][] {
  const out: [Box, Box][] = [];
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      const pa = pos.get(a.id);
      const pb = pos.get(b.id);
      if (pa && pb && overlapArea(rectOf(a, pa, gap / 2), rectOf(b, pb, gap / 2)) > 0) out.push([a, b]);
    }
  return out;
}

/**
 * The check after placing the boxes: any two that still touch (a hub pushed onto a company, a box the
 * stretch clamped to an edge) are pushed apart again from where they are, the centre staying put.
 */
function untangle(
  nodes: readonly Box[],
  pos: ReadonlyMap<string, Point>,
  area: Area,
  centre: string,
): Map<string, Point> {
  let current = new Map(pos);
  for (let attempt = 0; attempt < 4 && clashes(nodes, current, 4).length > 0; attempt++)
    current = separate(nodes, current, area, new Set([centre]), 200, 10 + attempt * 4);
  return current;
}

/** "Fidelity, Coatue, MGX…": the first names that fit `room` px, then an ellipsis. */
function namesFitting(names: readonly string[], room: number, line: (list: string) => string): string {
  for (let n = names.length; n > 0; n--) {
    const list = n < names.length ? `${names.slice(0, n).join(', ')}…` : names.join(', ');
    const text = line(list);
    if (textWidth(text, TEXT.small) <= room) return text;
  }
  return fitText(line('…'), TEXT.small, room);
}

/** The note and alt text for companies a network picture leaves out ('' when none). */
export function omittedNote(omitted: readonly { name: string }[], t: Catalog): string {
  if (omitted.length === 0) return '';
  const names = omitted.slice(0, 8).map((n) => n.name);
  const list = omitted.length > names.length ? `${names.join(', ')}…` : names.join(', ');
  return t.pics.altMore(omitted.length, list);
}

export function graphSvg(picture: GraphPicture): string {
  const { t } = picture;
  const { hood, omitted } = cropNeighbourhood(picture.hood);
  const { width, height } = graphSize();
  const svg = frame(picture, width, height);
  if (omitted.length > 0) svg.title = `${svg.title} ${omittedNote(omitted, t)}`;
  const { hubs, rest } = hubsOf(hood.flows, t);
  const edges = edgesOf(rest);
  const rows = legendRows([...edges, ...hubs], picture.note, t);
  // From the bottom up: the legend, the "+N more" line, then the drawing takes what is left.
  const legendTop = height - PAD - legendHeight(rows, width) + LEGEND_ROW - 8;
  const moreY = legendTop - LEGEND_ROW - 6;
  const bottom = (omitted.length > 0 ? moreY - TEXT.small : legendTop - TEXT.small) - 10;
  // Columns really used: a picture cropped to direct partners has three even when two steps were asked.
  const columns = 2 * Math.max(1, ...hood.nodes.map((n) => n.level)) + 1;
  const narrow = columns > 3;
  const maxWidth = Math.min(260, (width - 2 * PAD) / columns - 8);
  const boxFor = (n: (typeof hood.nodes)[number], bare = false) =>
    n.level === 0
      ? nodeBox(n.id, n.name, bare ? [] : n.via, true, TEXT.name, 260, t)
      : nodeBox(n.id, n.name, bare || narrow ? [] : n.via, false, TEXT.name, maxWidth, t);
  let boxes = hood.nodes.map((n) => boxFor(n));
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const layered: LayeredNode[] = hood.nodes.map((n) => {
    const box = byId.get(n.id)!;
    const pays = hood.flows.some((f) => f.from === n.id && f.to === hood.centre);
    const paid = hood.flows.some((f) => f.to === n.id && f.from === hood.centre);
    return { ...box, level: n.level, weight: n.weight, side: pays && !paid ? -1 : paid && !pays ? 1 : 0 };
  });
  const area: Area = { x0: PAD, y0: HEADER + 8, x1: width - PAD, y1: bottom };
  const links = hood.flows.map((f) => [f.from, f.to] as const);
  const pos = stretch(layeredLayout(layered, links, area), byId, area);
  const hubBoxes = hubs.map((h) => hubBox(h, TEXT.label));
  let placed = untangle(
    [...boxes, ...hubBoxes],
    hubs.length > 0 ? placeHubs(boxes, hubs, hubBoxes, pos, area) : pos,
    area,
    hood.centre,
  );
  // Boxes that still touch lose their "incl. …" line, which makes them smaller, and are pushed apart again.
  const clashing = new Set(clashes([...boxes, ...hubBoxes], placed, 4).flatMap(([a, b]) => [a.id, b.id]));
  if (clashing.size > 0) {
    boxes = hood.nodes.map((n) => boxFor(n, clashing.has(n.id)));
    placed = untangle([...boxes, ...hubBoxes], placed, area, hood.centre);
  }
  const strokes = [...arrowStrokes(edges, 36, t), ...hubs.flatMap(hubStrokes)];
  const bounds = { x0: 4, y0: HEADER, x1: width - 4, y1: bottom + 6 };
  drawNetwork(svg, [...boxes, ...hubBoxes], strokes, placed, TEXT.label, bounds, hood.centre);
  if (omitted.length > 0) {
    const line = namesFitting(
      omitted.map((n) => n.name),
      width - 2 * PAD,
      (list) => t.pics.more(omitted.length, list),
    );
    svg.text(PAD, moreY, line, TEXT.small, { fill: COLOURS.text });
  }
  legend(svg, rows, legendTop);
  return svg.toString();
}

export interface LoopsPicture extends Frame {
  loops: readonly Loop[];
  names: (id: string) => string;
  /** Group members named in the loop's deals, other than the group itself ("AWS"). */
  via: (loop: Loop, id: string) => string[];
  centre?: string;
  note: string;
}

/** How many loops the picture draws, two panels a row: more would be too small on a phone. */
export const LOOPS_PANELS = 6;

/** Loops side by side, one panel each (up to six), so each stays readable; the text lists them all. */
export function loopsSvg(picture: LoopsPicture): string {
  const svg = frame(picture);
  const shown = picture.loops.slice(0, LOOPS_PANELS);
  const cols = shown.length <= 1 ? 1 : 2;
  const rows = Math.max(1, Math.ceil(shown.length / cols));
  const allEdges = shown.flatMap((loop) => edgesOf(loop.legs.flat()));
  const legendRowsOf = legendRows(allEdges, picture.note, picture.t);
  const legendTop = HEIGHT - PAD - legendHeight(legendRowsOf, WIDTH) + LEGEND_ROW - 8;
  const area: Area = { x0: PAD, y0: HEADER + 4, x1: WIDTH - PAD, y1: legendTop - TEXT.small - 12 };
  const gap = 12;
  const pw = (area.x1 - area.x0 - gap * (cols - 1)) / cols;
  const ph = (area.y1 - area.y0 - gap * (rows - 1)) / rows;
  shown.forEach((loop, i) => {
    const x0 = area.x0 + (i % cols) * (pw + gap);
    const y0 = area.y0 + Math.floor(i / cols) * (ph + gap);
    svg.rect(x0, y0, pw, ph, { rx: 10, fill: '#232428', stroke: COLOURS.grid, 'stroke-width': 1.5 });
    const caption = `${i + 1}. ${loop.nodes.map(picture.names).join(' → ')} → ${picture.names(loop.nodes[0]!)}`;
    svg.text(x0 + 10, y0 + 28, fitText(caption, TEXT.small, pw - 20, 'bold'), TEXT.small, {
      weight: 'bold',
      fill: COLOURS.muted,
    });
    const boxes = loop.nodes.map((id) =>
      nodeBox(
        id,
        picture.names(id),
        picture.via(loop, id),
        id === picture.centre,
        TEXT.name,
        Math.max(150, pw * (loop.nodes.length === 2 ? 0.5 : 0.45)),
        picture.t,
      ),
    );
    const inner: Area = { x0: x0 + 8, y0: y0 + 40, x1: x0 + pw - 8, y1: y0 + ph - 8 };
    const pos = circleLayout(boxes, inner);
    const edges = edgesOf(loop.legs.flat());
    const spacing = loop.nodes.length === 2 ? Math.min(60, ph / 6) : 36;
    drawNetwork(svg, boxes, arrowStrokes(edges, spacing, picture.t), pos, TEXT.label, inner);
  });
  legend(svg, legendRowsOf, legendTop);
  return svg.toString();
}
