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
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
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
import { frame, type LegendItem, legend } from './svg.js';

export const TIMELINE_WIDTH = 1200;
export const TIMELINE_HEIGHT = 900;

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
  for (const deal of deals) {
    const parent = deal.partOf ? kb.deals.get(deal.partOf) : undefined;
    if (parent && shown.has(parent.id) && alone(parent)) continue;
    const parts = kb.partsOf(deal.id).filter((p) => shown.has(p.id));
    if (parts.length > 0 && !alone(deal)) continue;
    // A roll-up names the company among many: its own deals are on the chart already.
    if (deal.aggregate && !alone(deal)) continue;
    const headline = kb.headlineAmount(deal);
    if (headline?.amount === undefined) {
      undisclosed.push(deal);
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
      certainty:
        headline.disclosure === 'reported' || headline.disclosure === 'estimate'
          ? 'reported'
          : headline.qualifier === 'up-to' || deal.status === 'letter-of-intent'
            ? 'up-to'
            : 'committed',
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
  return { company: companyId, points, valuations, undisclosed };
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
export function timeTicks(start: number, end: number, t: Catalog): { at: number; label: string }[] {
  const span = end - start;
  const step = span > 48 ? 12 : span > 18 ? 6 : span > 8 ? 3 : 1;
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
  const plot = { x0: 118, y0: 118, x1: W - 40, y1: H - 170 };
  const amounts = [...data.points.map((p) => p.amount), ...data.valuations.map((v) => v.amount)];
  const ticks = logTicks(amounts);
  const lo = Math.log10(ticks[0]!);
  const hi = Math.log10(ticks[ticks.length - 1]!);
  const dates = [...data.points.map((p) => p.date), ...data.valuations.map((v) => v.date)].map(monthIndex);
  const end = Math.max(monthIndex(picture.asOfIso), ...dates);
  let start = Math.min(...dates, end - 6);
  start = Math.floor(start) - 1;
  const x = (month: number) => plot.x0 + ((month - start) / (end + 0.5 - start)) * (plot.x1 - plot.x0);
  const y = (amount: number) =>
    plot.y1 - ((Math.log10(Math.max(amount, 10 ** lo)) - lo) / (hi - lo)) * (plot.y1 - plot.y0);

  // Grid and axes.
  svg.rect(plot.x0, plot.y0, plot.x1 - plot.x0, plot.y1 - plot.y0, { fill: '#232428' });
  for (const tick of ticks) {
    svg.line(plot.x0, y(tick), plot.x1, y(tick), { stroke: COLOURS.grid, 'stroke-width': 1 });
    // Longer labels ("10 billones $") get a smaller size rather than running off the left edge.
    const label = tickLabel(tick, 'USD', t);
    let size = 17;
    while (size > 12 && textWidth(label, size, 'bold') > plot.x0 - 20) size--;
    svg.text(plot.x0 - 12, y(tick) + (size * 6) / 17, label, size, {
      anchor: 'end',
      fill: COLOURS.muted,
      weight: 'bold',
    });
  }
  for (const tick of timeTicks(start, end, t)) {
    const tx = x(tick.at);
    svg.line(tx, plot.y0, tx, plot.y1, { stroke: COLOURS.grid, 'stroke-width': 1 });
    svg.line(tx, plot.y1, tx, plot.y1 + 8, { stroke: COLOURS.muted, 'stroke-width': 1.5 });
    svg.text(tx, plot.y1 + 30, tick.label, 16, { anchor: 'middle', fill: COLOURS.muted });
  }
  svg.line(plot.x0, plot.y1, plot.x1, plot.y1, { stroke: COLOURS.muted, 'stroke-width': 1.5 });
  const asOfX = x(monthIndex(picture.asOfIso));
  svg.line(asOfX, plot.y0, asOfX, plot.y1, {
    stroke: COLOURS.faint,
    'stroke-width': 1.5,
    'stroke-dasharray': '4 4',
  });

  const taken: Rect[] = [];
  // Valuations: a white line with diamonds, behind the deals.
  if (data.valuations.length > 0) {
    const pts = data.valuations.map((v) => ({ v, px: x(monthIndex(v.date)), py: y(v.amount) }));
    if (pts.length > 1) {
      svg.path(pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.px)} ${round(p.py)}`).join(' '), {
        fill: 'none',
        stroke: COLOURS.text,
        'stroke-width': 2,
        'stroke-opacity': 0.6,
      });
    }
    for (const p of pts) {
      const r = 8;
      svg.path(
        `M${round(p.px)} ${round(p.py - r)} L${round(p.px + r)} ${round(p.py)} L${round(p.px)} ${round(p.py + r)} L${round(p.px - r)} ${round(p.py)} Z`,
        {
          fill: COLOURS.text,
          stroke: COLOURS.background,
          'stroke-width': 1.5,
        },
      );
      taken.push({ x0: p.px - r, y0: p.py - r, x1: p.px + r, y1: p.py + r });
    }
  }

  // Deals: triangles up (money in), down (money out), circles (no direction).
  const marks = data.points.map((p) => ({ p, px: x(monthIndex(p.date)), py: y(p.amount) }));
  const size = 10;
  for (const { p, px, py } of marks) {
    const colour = p.live ? CATEGORY_COLOUR[p.category] : COLOURS.faint;
    const hollow = p.share || p.certainty !== 'committed' || !p.live;
    const dash = p.live ? dashFor(p.certainty, 2) : undefined;
    const attrs = {
      fill: hollow ? COLOURS.background : colour,
      stroke: colour,
      'stroke-width': 2.5,
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

  // Labels, biggest first, where they fit; the text answer lists every deal.
  const labelSize = 15;
  const labelled = [
    ...marks.map((m) => ({
      text: m.p.label,
      px: m.px,
      py: m.py,
      amount: m.p.amount,
      colour: m.p.live ? CATEGORY_COLOUR[m.p.category] : COLOURS.faint,
    })),
    ...data.valuations.map((v) => ({
      text: t.graph.picture.valuation(shortMoney(v.amount, v.currency, t)),
      px: x(monthIndex(v.date)),
      py: y(v.amount),
      amount: v.amount * 1.0001,
      colour: COLOURS.text,
    })),
  ].sort((a, b) => b.amount - a.amount || a.px - b.px);
  for (const l of labelled) {
    const w = textWidth(l.text, labelSize, 'bold');
    const h = labelSize + 4;
    const options: Rect[] = [
      { x0: l.px + 14, y0: l.py - h / 2, x1: l.px + 14 + w, y1: l.py + h / 2 },
      { x0: l.px - 14 - w, y0: l.py - h / 2, x1: l.px - 14, y1: l.py + h / 2 },
      { x0: l.px - w / 2, y0: l.py - 16 - h, x1: l.px + w / 2, y1: l.py - 16 },
      { x0: l.px - w / 2, y0: l.py + 16, x1: l.px + w / 2, y1: l.py + 16 + h },
      { x0: l.px + 14, y0: l.py - h - 6, x1: l.px + 14 + w, y1: l.py - 6 },
      { x0: l.px + 14, y0: l.py + 6, x1: l.px + 14 + w, y1: l.py + h + 6 },
      { x0: l.px - 14 - w, y0: l.py - h - 6, x1: l.px - 14, y1: l.py - 6 },
      { x0: l.px - 14 - w, y0: l.py + 6, x1: l.px - 14, y1: l.py + h + 6 },
      { x0: l.px - w / 2, y0: l.py - 20 - 2 * h, x1: l.px + w / 2, y1: l.py - 20 - h },
      { x0: l.px - w / 2, y0: l.py + 20 + h, x1: l.px + w / 2, y1: l.py + 20 + 2 * h },
      { x0: l.px - 14 - w, y0: l.py - 2 * h - 8, x1: l.px - 14, y1: l.py - h - 8 },
      { x0: l.px - 14 - w, y0: l.py + h + 8, x1: l.px - 14, y1: l.py + 2 * h + 8 },
    ];
    const fits = options.find(
      (r) =>
        r.x0 >= plot.x0 + 2 &&
        r.x1 <= plot.x1 - 2 &&
        r.y0 >= plot.y0 + 2 &&
        r.y1 <= plot.y1 - 2 &&
        !taken.some((t) => t.x0 < r.x1 && r.x0 < t.x1 && t.y0 < r.y1 && r.y0 < t.y1),
    );
    if (!fits) continue;
    taken.push(fits);
    svg.text(fits.x0, fits.y1 - 5, l.text, labelSize, { weight: 'bold', fill: l.colour });
  }

  legend(svg, timelineLegend(data, t), H - 110);
  return svg.toString();
}

function timelineLegend(data: TimelineData, t: Catalog): LegendItem[][] {
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
  return [colours, notes];
}
