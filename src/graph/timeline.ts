/**
 * `/timeline`: a company's deals and valuations over time on one chart. Amounts run from millions to
 * trillions, so the y axis is logarithmic with a labelled tick every power of ten ("$1M" … "$1T").
 *
 * Which deals become points: every deal of the company (and its subsidiaries) with a stated amount. A
 * multi-party deal counts as the company's own when the company is alone on its side (OpenAI raising a
 * round); when it is one of several (Amazon in OpenAI's round) its own part deal stands in for it, and
 * without one the point is the whole deal drawn hollow, labelled as a share. Live deals are coloured by
 * kind; talks, stalled, superseded and terminated deals are grey: history, not money on the table.
 * Valuations are the company's post-money (else pre-money or implied) valuations from live deals.
 */
import type { Catalog } from '../i18n/index.js';
import { amountCertainty, type KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Deal } from '../knowledge/schema.js';
import { textWidth } from './fonts.js';
import { isLive } from './moneyGraph.js';
import {
  CATEGORIES,
  CATEGORY_COLOUR,
  CATEGORY_OF,
  type Category,
  type Certainty,
  COLOURS,
  dashFor,
  round,
  shortMoney,
  shortQualified,
} from './style.js';
import { frame, HEADER, LEGEND_ROW, type LegendItem, legend, legendHeight, PAD, TEXT } from './svg.js';

/** The same phone-sized canvas as the network pictures (see svg.ts). */
export const TIMELINE_WIDTH = 800;
export const TIMELINE_HEIGHT = 1000;

export type Direction = 'in' | 'out' | 'none';

export interface TimelinePoint {
  deal: Deal;
  date: string;
  amount: number;
  currency: string;
  label: string;
  direction: Direction;
  category: Category;
  certainty: Certainty;
  live: boolean;
  /** The company has only an unknown share of this amount. */
  share: boolean;
}

export interface ValuationPoint {
  deal: Deal;
  date: string;
  amount: number;
  currency: string;
  basis: 'pre' | 'post' | 'implied';
  /** The figure itself, so a text listing keeps its qualifier and whether it was only reported. */
  figure: Extract<Deal['figures'][number], { kind: 'valuation' }>;
}

export interface TimelineData {
  company: string;
  points: TimelinePoint[];
  valuations: ValuationPoint[];
  /** Deals of the company left off the chart because they state no amount. */
  undisclosed: Deal[];
  /**
   * Deals left off the chart because their only amount is a fee per month or year: on an axis of deal
   * sizes it would read as a (small) whole deal.
   */
  fees: Deal[];
}

/** `t` writes the points' short labels ("Amazon $8B", "Amazon: 8.000 M$"). */
export function timelineData(kb: KnowledgeBase, companyId: string, t: Catalog): TimelineData {
  const words = t.graph.picture;
  const family = new Set(kb.familyOf(companyId));
  const deals = kb.dealsOf(companyId);
  const name = (id: string) => kb.company(id)?.name ?? id;
  const sideOf = (deal: Deal): { mine: string[]; theirs: string[]; direction: Direction } => {
    const payers = kb.payers(deal);
    const payees = kb.payees(deal);
    if (payers.some((id) => family.has(id)))
      return { mine: payers, theirs: payees.filter((id) => !family.has(id)), direction: 'out' };
    if (payees.some((id) => family.has(id)))
      return { mine: payees, theirs: payers.filter((id) => !family.has(id)), direction: 'in' };
    const others = deal.parties.map((p) => p.company).filter((id) => !family.has(id));
    return { mine: [], theirs: others, direction: 'none' };
  };
  /** The company is alone on its side of the deal: the deal's amount is its own. */
  const alone = (deal: Deal) => {
    const { mine, direction } = sideOf(deal);
    return direction === 'none' || mine.every((id) => family.has(id));
  };
  const shown = new Set(deals.map((d) => d.id));

  const points: TimelinePoint[] = [];
  const undisclosed: Deal[] = [];
  const fees: Deal[] = [];
  for (const deal of deals) {
    const parent = deal.partOf ? kb.deals.get(deal.partOf) : undefined;
    if (parent && shown.has(parent.id) && alone(parent)) continue;
    const parts = kb.partsOf(deal.id).filter((p) => shown.has(p.id));
    if (parts.length > 0 && !alone(deal)) continue;
    // A roll-up names the company among many: its own deals are on the chart already.
    if (deal.aggregate && !alone(deal)) continue;
    const headline = kb.comparableAmount(deal);
    if (headline?.amount === undefined) {
      const fee = headline ? undefined : kb.headlineAmount(deal);
      (fee?.amount !== undefined ? fees : undisclosed).push(deal);
      continue;
    }
    const { theirs, direction } = sideOf(deal);
    const share = !alone(deal);
    const amount = shortQualified(headline.qualifier, headline.amount, headline.currency, t);
    const who =
      theirs.length === 0
        ? ''
        : theirs.length <= 2
          ? theirs.map(name).join(' + ')
          : direction === 'in'
            ? words.investors(theirs.length)
            : words.parties(theirs.length);
    const round = deal.kind === 'funding-round';
    // A plan or a round is labelled by itself; anything else by who is on the other side.
    const [what, labelledAlone] =
      deal.aggregate || deal.kind === 'spending-commitment'
        ? [words.plainPlan(amount), true]
        : round && direction === 'in' && theirs.length > 2
          ? [words.round(amount), true]
          : share
            ? [words.inDeal(amount, round), round]
            : [amount, false];
    const label = labelledAlone || !who ? what : words.who(who, what);
    points.push({
      deal,
      date: deal.date,
      amount: headline.amount,
      currency: headline.currency,
      label: isLive(deal) ? label : `${label} (${words.status[deal.status]})`,
      direction,
      category: CATEGORY_OF[deal.kind],
      certainty: amountCertainty(deal, headline),
      live: isLive(deal),
      share,
    });
  }

  const valuations: ValuationPoint[] = [];
  for (const deal of deals) {
    if (!isLive(deal)) continue;
    const valued = deal.parties.some(
      (p) => family.has(p.company) && (p.role === 'investee' || p.role === 'target'),
    );
    if (!valued) continue;
    const figures = deal.figures.flatMap((f) =>
      f.kind === 'valuation' && f.amount !== undefined ? [f] : [],
    );
    const best =
      figures.find((f) => f.basis === 'post') ?? figures.find((f) => f.basis === 'pre') ?? figures[0];
    if (
      best?.amount !== undefined &&
      !valuations.some((v) => v.date === deal.date && v.amount === best.amount)
    ) {
      valuations.push({
        deal,
        date: deal.date,
        amount: best.amount,
        currency: best.currency,
        basis: best.basis,
        figure: best,
      });
    }
  }
  const byDate = (a: { date: string; deal: Deal }, b: { date: string; deal: Deal }) =>
    a.date.localeCompare(b.date) || a.deal.id.localeCompare(b.deal.id);
  points.sort(byDate);
  valuations.sort(byDate);
  return { company: companyId, points, valuations, undisclosed, fees };
}

/** Months since year 0, with a day-less date in the middle of its month. */
export function monthIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  return y * 12 + (m - 1) + (d === undefined ? 0.5 : (d - 1) / 30);
}

/** The y axis: powers of ten that cover the amounts, at least three decades, within $1M–$10T. */
export function logTicks(amounts: readonly number[]): number[] {
  const positive = amounts.filter((a) => a > 0);
  const min = positive.length > 0 ? Math.min(...positive) : 1e9;
  const max = positive.length > 0 ? Math.max(...positive) : 1e9;
  // A little room above and below, so no point sits on the edge of the chart.
  let lo = Math.max(6, Math.floor(Math.log10(min) - 0.05));
  let hi = Math.min(13, Math.max(lo + 1, Math.ceil(Math.log10(max) + 0.05)));
  for (let up = true; hi - lo < 3; up = !up) {
    if ((up || lo <= 6) && hi < 13) hi++;
    else if (lo > 6) lo--;
    else break;
  }
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) ticks.push(10 ** e);
  return ticks;
}

/** "$1M", "$10M", "$100M", "$1B", "$1T"; "1.000 M$", "1 billón $"; "1 mld $", "1.000 mld $". */
export function tickLabel(value: number, currency: string, t: Catalog): string {
  return shortMoney(value, currency, t);
}

/** Month ticks: every year, half year or quarter depending on the span, always with a year ("Jan 2025", "ene 2025"). */
export function timeTicks(
  start: number,
  end: number,
  t: Catalog,
  step = stepFor(end - start),
): { at: number; label: string }[] {
  const ticks: { at: number; label: string }[] = [];
  for (let m = Math.ceil(start / step) * step; m <= end; m += step) {
    const year = Math.floor(m / 12);
    const month = m % 12;
    ticks.push({
      at: m,
      label: step === 12 ? `${year}` : t.date(`${year}-${String(month + 1).padStart(2, '0')}`),
    });
  }
  return ticks;
}

/** Months between ticks for a span of months. */
export function stepFor(span: number): number {
  return span > 48 ? 12 : span > 18 ? 6 : span > 8 ? 3 : 1;
}

/** A stretch of the time axis that is drawn; between two of them, empty years are skipped. */
export interface Segment {
  /** Month indexes (see `monthIndex`). */
  start: number;
  end: number;
}

/**
 * The time axis in pieces: from a month before the first date to the end, leaving out every calendar year
 * with no date in it (a deal or valuation from 2019 and the rest from 2023 on skip 2020–2022), so a few
 * early deals do not squeeze the rest into a corner. The caller draws a break between pieces.
 */
export function timeSegments(months: readonly number[], end: number): Segment[] {
  const start = Math.floor(Math.min(...months, end - 6)) - 1;
  const years = new Set(months.map((m) => Math.floor(m / 12)));
  years.add(Math.floor(end / 12));
  const segments: Segment[] = [];
  let from = start;
  const last = Math.floor(end / 12);
  for (let year = Math.floor(start / 12) + 1; year <= last; year++) {
    if (years.has(year)) continue;
    // `year` is empty: the piece ends where it starts, and the next starts at the next year with a date.
    let next = year;
    while (next <= last && !years.has(next)) next++;
    if (year * 12 > from) segments.push({ start: from, end: year * 12 });
    from = next * 12;
    year = next;
  }
  segments.push({ start: from, end: end + 0.5 });
  return segments;
}

/** The years a list of pieces leaves out: "2020–2022", "2020", "2016–2017, 2020". */
export function skippedYears(segments: readonly Segment[]): string {
  const gaps: string[] = [];
  for (let i = 1; i < segments.length; i++) {
    const first = Math.ceil(segments[i - 1]!.end / 12);
    const last = Math.floor(segments[i]!.start / 12) - 1;
    gaps.push(first === last ? `${first}` : `${first}–${last}`);
  }
  return gaps.join(', ');
}

/** The years a company's timeline skips ('' when none), for its alt text. */
export function timelineSkips(data: TimelineData, asOfIso: string): string {
  const months = [...data.points.map((p) => p.date), ...data.valuations.map((v) => v.date)].map(monthIndex);
  if (months.length === 0) return '';
  return skippedYears(timeSegments(months, Math.max(monthIndex(asOfIso), ...months)));
}

export interface TimelinePicture {
  title: string;
  subtitle: string;
  asOf: string;
  /** The language of every word drawn. */
  t: Catalog;
  /** The knowledge base's as-of date, ISO, the right end of the time axis. */
  asOfIso: string;
  data: TimelineData;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function timelineSvg(picture: TimelinePicture): string {
  const { data, t } = picture;
  const W = TIMELINE_WIDTH;
  const H = TIMELINE_HEIGHT;
  const svg = frame(picture, W, H);
  const amounts = [...data.points.map((p) => p.amount), ...data.valuations.map((v) => v.amount)];
  const ticks = logTicks(amounts);
  const lo = Math.log10(ticks[0]!);
  const hi = Math.log10(ticks[ticks.length - 1]!);
  const months = [...data.points.map((p) => p.date), ...data.valuations.map((v) => v.date)].map(monthIndex);
  const end = Math.max(monthIndex(picture.asOfIso), ...months);
  const segments = timeSegments(months, end);
  const skipped = skippedYears(segments);
  if (skipped) svg.title = `${svg.title} ${t.pics.altYearsSkipped(skipped)}`;
  const rows = timelineLegend(data, t, skipped !== '');
  const legendTop = H - PAD - legendHeight(rows, W) + LEGEND_ROW - 8;
  // The money axis's labels are never set smaller than the rest: the plot starts where the widest ends.
  const tickLabels = ticks.map((tick) => tickLabel(tick, 'USD', t));
  const labelsWidth = Math.max(...tickLabels.map((l) => textWidth(l, TEXT.small, 'bold')));
  const plot = {
    x0: PAD + labelsWidth + 12,
    y0: HEADER + 22,
    x1: W - PAD,
    y1: legendTop - 2 * TEXT.small - 22,
  };

  // Time: the pieces share the width in proportion to their months, with a fixed gap at each break.
  const BREAK = 24;
  const months_ = segments.reduce((sum, g) => sum + (g.end - g.start), 0);
  const perMonth = (plot.x1 - plot.x0 - BREAK * (segments.length - 1)) / months_;
  const x = (month: number) => {
    let at = plot.x0;
    for (const [i, g] of segments.entries()) {
      const last = i === segments.length - 1;
      if (month < g.end || last) return at + (Math.max(g.start, Math.min(month, g.end)) - g.start) * perMonth;
      at += (g.end - g.start) * perMonth + BREAK;
    }
    return at;
  };
  const y = (amount: number) =>
    plot.y1 - ((Math.log10(Math.max(amount, 10 ** lo)) - lo) / (hi - lo)) * (plot.y1 - plot.y0);

  // Grid and axes.
  svg.rect(plot.x0, plot.y0, plot.x1 - plot.x0, plot.y1 - plot.y0, { fill: '#232428' });
  ticks.forEach((tick, i) => {
    svg.line(plot.x0, y(tick), plot.x1, y(tick), { stroke: COLOURS.grid, 'stroke-width': 1.5 });
    svg.text(plot.x0 - 12, y(tick) + TEXT.small * 0.36, tickLabels[i]!, TEXT.small, {
      anchor: 'end',
      fill: COLOURS.muted,
      weight: 'bold',
    });
  });
  const step = stepFor(months_);
  let lastRight = Number.NEGATIVE_INFINITY;
  const timeLabel = (tx: number, label: string) => {
    const half = textWidth(label, TEXT.small) / 2;
    // A label that would run into the previous one (or off the picture) is left out.
    if (tx - half <= lastRight + 10 || tx + half > W - 4 || tx - half < 4) return false;
    svg.text(tx, plot.y1 + 34, label, TEXT.small, { anchor: 'middle', fill: COLOURS.muted });
    lastRight = tx + half;
    return true;
  };
  for (const [i, g] of segments.entries()) {
    const last = i === segments.length - 1;
    const inPiece = timeTicks(g.start, last ? end : g.end - 0.01, t, step);
    let named = false;
    for (const tick of inPiece) {
      const tx = x(tick.at);
      svg.line(tx, plot.y0, tx, plot.y1, { stroke: COLOURS.grid, 'stroke-width': 1.5 });
      svg.line(tx, plot.y1, tx, plot.y1 + 8, { stroke: COLOURS.muted, 'stroke-width': 2 });
      named = timeLabel(tx, tick.label) || named;
    }
    // A short piece before a break may hold no tick: its year, in its middle, says when it is.
    if (!named) timeLabel(x((g.start + Math.min(g.end, end)) / 2), `${Math.floor((g.start + g.end) / 24)}`);
  }
  svg.line(plot.x0, plot.y1, plot.x1, plot.y1, { stroke: COLOURS.muted, 'stroke-width': 2 });
  // Each break: a band of the background across the plot, and a pair of slanted strokes on the axis.
  for (let i = 1; i < segments.length; i++) {
    const bx = x(segments[i]!.start) - BREAK / 2;
    svg.rect(bx - BREAK / 2 + 4, plot.y0, BREAK - 8, plot.y1 - plot.y0 + 12, { fill: COLOURS.background });
    for (const dx of [-5, 5])
      svg.line(bx + dx - 5, plot.y1 + 10, bx + dx + 5, plot.y1 - 10, {
        stroke: COLOURS.muted,
        'stroke-width': 2.5,
      });
  }
  const asOfX = x(monthIndex(picture.asOfIso));
  svg.line(asOfX, plot.y0, asOfX, plot.y1, {
    stroke: COLOURS.faint,
    'stroke-width': 2,
    'stroke-dasharray': '5 5',
  });

  const taken: Rect[] = [];
  // Valuations: a white line with diamonds, behind the deals.
  if (data.valuations.length > 0) {
    const pts = data.valuations.map((v) => ({ v, px: x(monthIndex(v.date)), py: y(v.amount) }));
    if (pts.length > 1) {
      svg.path(pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.px)} ${round(p.py)}`).join(' '), {
        fill: 'none',
        stroke: COLOURS.text,
        'stroke-width': 3,
        'stroke-opacity': 0.6,
      });
    }
    for (const p of pts) {
      const r = 10;
      svg.path(
        `M${round(p.px)} ${round(p.py - r)} L${round(p.px + r)} ${round(p.py)} L${round(p.px)} ${round(p.py + r)} L${round(p.px - r)} ${round(p.py)} Z`,
        {
          fill: COLOURS.text,
          stroke: COLOURS.background,
          'stroke-width': 3,
        },
      );
      taken.push({ x0: p.px - r, y0: p.py - r, x1: p.px + r, y1: p.py + r });
    }
  }

  // Deals: triangles up (money in), down (money out), circles (no direction).
  const marks = data.points.map((p) => ({ p, px: x(monthIndex(p.date)), py: y(p.amount) }));
  const size = 12;
  for (const { p, px, py } of marks) {
    const colour = p.live ? CATEGORY_COLOUR[p.category] : COLOURS.faint;
    const hollow = p.share || p.certainty !== 'committed' || !p.live;
    const dash = p.live ? dashFor(p.certainty, 3) : undefined;
    const attrs = {
      fill: hollow ? COLOURS.background : colour,
      stroke: colour,
      'stroke-width': 3,
      ...(dash && { 'stroke-dasharray': dash, 'stroke-linecap': 'round' }),
    };
    if (p.direction === 'none') svg.circle(px, py, size * 0.8, attrs);
    else {
      const up = p.direction === 'in' ? -1 : 1;
      svg.path(
        `M${round(px)} ${round(py + up * size)} L${round(px + size)} ${round(py - up * size * 0.75)} L${round(px - size)} ${round(py - up * size * 0.75)} Z`,
        attrs,
      );
    }
    taken.push({ x0: px - size, y0: py - size, x1: px + size, y1: py + size });
  }

  // Labels, biggest first, where they overlap nothing drawn; the others are dropped (the text answer
  // lists every deal).
  const labelSize = TEXT.label;
  const labelled = [
    ...marks.map((m) => ({
      text: m.p.label,
      px: m.px,
      py: m.py,
      amount: m.p.amount,
      colour: m.p.live ? CATEGORY_COLOUR[m.p.category] : COLOURS.faint,
    })),
    ...data.valuations.map((v) => ({
      text: t.graph.picture.valuation(shortQualified(v.figure.qualifier, v.amount, v.currency, t)),
      px: x(monthIndex(v.date)),
      py: y(v.amount),
      amount: v.amount * 1.0001,
      colour: COLOURS.text,
    })),
  ].sort((a, b) => b.amount - a.amount || a.px - b.px);
  for (const l of labelled) {
    const w = textWidth(l.text, labelSize, 'bold');
    const h = labelSize + 4;
    const d = size + 6;
    const options: Rect[] = [
      { x0: l.px + d, y0: l.py - h / 2, x1: l.px + d + w, y1: l.py + h / 2 },
      { x0: l.px - d - w, y0: l.py - h / 2, x1: l.px - d, y1: l.py + h / 2 },
      { x0: l.px - w / 2, y0: l.py - d - h, x1: l.px + w / 2, y1: l.py - d },
      { x0: l.px - w / 2, y0: l.py + d, x1: l.px + w / 2, y1: l.py + d + h },
      { x0: l.px + d, y0: l.py - h - 8, x1: l.px + d + w, y1: l.py - 8 },
      { x0: l.px + d, y0: l.py + 8, x1: l.px + d + w, y1: l.py + h + 8 },
      { x0: l.px - d - w, y0: l.py - h - 8, x1: l.px - d, y1: l.py - 8 },
      { x0: l.px - d - w, y0: l.py + 8, x1: l.px - d, y1: l.py + h + 8 },
      { x0: l.px - w / 2, y0: l.py - d - 4 - 2 * h, x1: l.px + w / 2, y1: l.py - d - 4 - h },
      { x0: l.px - w / 2, y0: l.py + d + 4 + h, x1: l.px + w / 2, y1: l.py + d + 4 + 2 * h },
    ];
    const fits = options.find(
      (r) =>
        r.x0 >= plot.x0 + 2 &&
        r.x1 <= plot.x1 - 2 &&
        r.y0 >= plot.y0 + 2 &&
        r.y1 <= plot.y1 - 2 &&
        !taken.some((o) => o.x0 < r.x1 && r.x0 < o.x1 && o.y0 < r.y1 && r.y0 < o.y1),
    );
    if (!fits) continue;
    taken.push(fits);
    svg.text(fits.x0, fits.y1 - 6, l.text, labelSize, { weight: 'bold', fill: l.colour });
  }

  legend(svg, rows, legendTop);
  return svg.toString();
}

function timelineLegend(data: TimelineData, t: Catalog, breaks: boolean): LegendItem[][] {
  const words = t.graph.picture;
  const categories = new Set(data.points.filter((p) => p.live).map((p) => p.category));
  const colours: LegendItem[] = CATEGORIES.filter((c) => categories.has(c)).map((c) => ({
    kind: 'colour',
    text: words.category[c],
    colour: CATEGORY_COLOUR[c],
  }));
  const notes: LegendItem[] = [{ kind: 'note', text: words.directions }];
  if (data.valuations.length > 0) notes.push({ kind: 'note', text: words.valuationMark });
  notes.push({ kind: 'note', text: words.hollow });
  if (data.points.some((p) => !p.live))
    notes.push({ kind: 'colour', text: words.notLive, colour: COLOURS.faint });
  if (breaks) notes.push({ kind: 'note', text: t.pics.yearsSkipped });
  return [colours, notes];
}
