/**
 * `/graph`, `/loops` and `/timeline` as answers: the same cited text as every other answer (so the
 * console, screen readers and the Sources button work as usual) plus a picture drawn from the knowledge
 * base. A company with nothing to draw gets an `empty` answer that says why, and no picture.
 *
 * Every sentence comes from the message catalogs (`t.graph`, src/i18n), in the reader's language; amounts,
 * dates, kinds and statuses go through the catalog's own formatters, and the pictures get the catalog too.
 * The commands suggested (`/loops company:…`) stay in their canonical English form, as in every answer.
 */
import { Citations } from '../answers/citations.js';
import { periodicValue } from '../answers/dealView.js';
import type { Engine } from '../answers/engine.js';
import { figureValue, formatDate, formatMoney, formatMonth, qualified } from '../answers/format.js';
import {
  type Answer,
  type Block,
  call,
  type Inline,
  type Line,
  labelled,
  line,
  toned,
} from '../answers/model.js';
import { resolveCompany } from '../answers/resolve.js';
import { type Catalog, catalog, type Lang } from '../i18n/index.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Company, Deal } from '../knowledge/schema.js';
import { cropNeighbourhood } from './crop.js';
import { lazyImage } from './image.js';
import { type Loop, listLoops } from './loops.js';
import { type Flow, flowWeight, isLive, moneyGraph, neighbourhood } from './moneyGraph.js';
import { graphSize, graphSvg, HEIGHT, LOOPS_PANELS, loopsSvg, omittedNote, WIDTH } from './svg.js';
import { TIMELINE_HEIGHT, TIMELINE_WIDTH, timelineData, timelineSkips, timelineSvg } from './timeline.js';

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 3;

function clampDepth(depth: number | undefined): number {
  if (depth === undefined || !Number.isFinite(depth)) return 1;
  return Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, Math.round(depth)));
}

const nameOf = (kb: KnowledgeBase, id: string) => kb.company(id)?.name ?? id;

type Command = 'graph' | 'loops' | 'timeline';

/** "; and 3 more" after a list cut at `shown`. */
const andMore = (total: number, shown: number, t: Catalog) =>
  total > shown ? `; ${t.more(total - shown)}` : '';

function emptyAnswer(
  engine: Engine,
  command: Command,
  title: string,
  text: string,
  t: Catalog,
  company?: Company,
): Answer {
  const { kb } = engine;
  return {
    status: 'empty',
    title,
    lead: line(`${text} ${t.answers.checkedUpTo(kb.meta.asOf)}`),
    blocks: [],
    citations: [],
    asOf: kb.meta.asOf,
    ...(company && {
      suggestions: suggestionsFor(kb, company, command, t),
      canonical: { company: company.id },
    }),
  };
}

/** The parent's picture when the company has no deals of its own, else the company's deal list. */
function suggestionsFor(kb: KnowledgeBase, company: Company, command: Command, t: Catalog) {
  const parent = company.parent ? kb.company(company.parent) : undefined;
  if (parent && kb.dealsOf(company.id).length === 0)
    return [{ label: parent.name, command: call(command, { company: parent.name }), value: parent.id }];
  return [{ label: t.answers.dealsOf(company.name), command: call('deal', { company: company.name }) }];
}

/** Why a company with deals has nothing to draw: its deals are not live, or move no money between companies. */
function nothingToDraw(
  kb: KnowledgeBase,
  company: Company,
  what: keyof Catalog['graph']['what'],
  t: Catalog,
): string {
  const deals = kb.dealsOf(company.id);
  const thing = t.graph.what[what];
  if (deals.length === 0) {
    const parent = company.parent ? kb.company(company.parent) : undefined;
    return parent
      ? t.graph.noDealsTryParent(company.name, parent.name)
      : t.graph.noDealsNothing(company.name, thing);
  }
  const inactive = deals.filter((d) => !isLive(d)).length;
  return t.graph.nothingToDraw(company.name, deals.length, inactive, deals.length - inactive, thing);
}

/** One flow as text: "up to $25 billion equity investment (Apr 2026) [3]", "share of a funding round of $30 billion". */
function flowParts(kb: KnowledgeBase, flow: Flow, cites: Citations, t: Catalog): Inline[] {
  const kind = t.kind[flow.deal.kind];
  const rollUp = flow.deal.aggregate;
  const money = (amount: number) => qualified(flow.qualifier, formatMoney(amount, flow.currency, t), t);
  const what =
    flow.amount !== undefined
      ? t.graph.flowAmount(money(flow.amount), kind, rollUp)
      : flow.fee
        ? t.graph.flowAmount(periodicValue(flow.fee, t), kind, rollUp)
        : flow.whole !== undefined
          ? t.graph.flowShare(money(flow.whole), kind, rollUp)
          : t.graph.flowUndisclosed(kind, rollUp);
  const when = t.graph.flowWhen(formatMonth(flow.deal.date, t), flow.certainty === 'reported');
  return [`${what} ${when} `, ...cites.cite(kb.sourcesOfDeal(flow.deal.id), 1)];
}

function flowsLine(
  kb: KnowledgeBase,
  label: string,
  flows: readonly Flow[],
  cites: Citations,
  t: Catalog,
): Line {
  const parts: Inline[] = [];
  const sorted = [...flows].sort(
    (a, b) => flowWeight(b) - flowWeight(a) || a.deal.date.localeCompare(b.deal.date),
  );
  sorted.forEach((flow, i) => {
    if (i > 0) parts.push('; ');
    parts.push(...flowParts(kb, flow, cites, t));
  });
  return labelled(label, ...parts);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const totalWeight = (flows: readonly Flow[]) => flows.reduce((s, f) => s + flowWeight(f), 0);

// -------------------------------------------------------------------------------------------------------
// /graph

export function graphAnswer(engine: Engine, name: string, depth?: number, lang: Lang = 'en'): Answer {
  const { kb } = engine;
  const t = catalog(lang);
  const d = clampDepth(depth);
  const resolved = resolveCompany(
    engine,
    name,
    (c) => ({ label: c.name, command: call('graph', { company: c.name, depth: d }) }),
    t,
  );
  if (!resolved.ok) return resolved.answer;
  const company = resolved.company;
  const graph = moneyGraph(kb);
  const group = graph.groupOf(company.id);
  const family = new Set(kb.familyOf(company.id));
  const own = graph.flowsOf(group).filter((f) => family.has(f.payer) || family.has(f.payee));
  const title = t.graph.moneyAround(company.name);
  if (own.length === 0)
    return emptyAnswer(engine, 'graph', title, nothingToDraw(kb, company, 'graph', t), t, company);

  const hood = neighbourhood(graph, group, d);
  const groupName = nameOf(kb, group);
  const steps = t.graph.steps(d);
  const cites = new Citations(kb);
  const blocks: Block[] = [];
  const centreFlows = hood.flows.filter((f) => f.from === group || f.to === group);
  for (const [heading, flows, other] of [
    [t.graph.moneyInto(groupName), centreFlows.filter((f) => f.to === group), (f: Flow) => f.from],
    [t.graph.moneyOutOf(groupName), centreFlows.filter((f) => f.from === group), (f: Flow) => f.to],
  ] as const) {
    if (flows.length === 0) continue;
    const byPartner = [...groupBy(flows, other)].sort(
      (a, b) => totalWeight(b[1]) - totalWeight(a[1]) || a[0].localeCompare(b[0]),
    );
    blocks.push({
      heading,
      lines: byPartner.map(([partner, list]) => flowsLine(kb, nameOf(kb, partner), list, cites, t)),
    });
  }

  // The same list /loops shows (kept for the groups asked last), of which the first six are named here.
  const { loops: first, total } = listLoops(graph.flows, { through: group });
  if (total > 0) {
    const shown = first.slice(0, 6).map((l) => loopTitle(kb, l));
    blocks.push({
      heading: t.graph.loops,
      lines: [
        line(t.graph.loopsThrough(total, groupName, shown.join('; '), total - shown.length)),
        toned('muted', t.graph.seeLoops(`/loops company:${company.name}`)),
      ],
    });
  }

  const notes = notDrawn(kb, company, hood.left, steps, t);
  if (notes.length > 0) blocks.push({ heading: t.graph.notDrawn, lines: notes });

  const dealCount = new Set(hood.flows.map((f) => f.deal.id)).size;
  const lead = [t.graph.graphLead(hood.nodes.length, dealCount, steps, groupName)];
  if (group !== company.id) lead.push(t.graph.drawnAsPart(company.name, groupName));
  if (d > 1) lead.push(t.graph.listedBelow(groupName));

  const picture = {
    hood,
    title,
    subtitle: t.graph.graphSubtitle(steps, hood.nodes.length, dealCount),
    asOf: formatDate(kb.meta.asOf, t),
    note: t.graph.picture.widthNote,
    t,
  };
  const partners = hood.nodes
    .filter((n) => n.level === 1)
    .slice(0, 8)
    .map((n) => n.name);
  return {
    status: 'ok',
    title,
    lead: line(lead.join(' ')),
    blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
    suggestions: [
      { label: t.graph.loopsTitleThrough(company.name), command: call('loops', { company: company.name }) },
      { label: t.graph.overTime(company.name), command: call('timeline', { company: company.name }) },
    ],
    canonical: { company: company.id, depth: d },
    image: lazyImage(
      `money-${company.id}-${d}.png`,
      // The picture draws a dozen companies at most; its alt text names the rest.
      [
        t.graph.graphAlt(groupName, steps, hood.nodes.length, dealCount, partners.join(', ')),
        omittedNote(cropNeighbourhood(hood).omitted, t),
      ]
        .filter(Boolean)
        .join(' '),
      graphSize(hood.nodes.length),
      () => graphSvg(picture),
    ),
  };
}

function notDrawn(kb: KnowledgeBase, company: Company, left: number, steps: string, t: Catalog): Line[] {
  const lines: Line[] = [];
  if (left > 0) lines.push(toned('muted', t.graph.leftOut(left, steps)));
  const deals = kb.dealsOf(company.id);
  const inactive = deals.filter((d) => !isLive(d));
  if (inactive.length > 0) {
    const list = inactive
      .slice(0, 5)
      .map((d) => `${d.title} (${t.status[d.status]})`)
      .join('; ');
    lines.push(toned('muted', t.graph.notLive(`${list}${andMore(inactive.length, 5, t)}`)));
  }
  const graph = moneyGraph(kb);
  const drawn = graph.drawnDeals();
  const undirected = deals.filter((d) => isLive(d) && !drawn.has(d.id) && !coveredByParent(kb, d, drawn));
  if (undirected.length > 0) {
    const list = undirected
      .slice(0, 5)
      .map((d) => d.title)
      .join('; ');
    lines.push(toned('muted', t.graph.noDirection(`${list}${andMore(undirected.length, 5, t)}`)));
  }
  return lines;
}

/** A part deal drawn through its parent, or a roll-up whose pairs other deals already show. */
function coveredByParent(kb: KnowledgeBase, deal: Deal, drawn: ReadonlySet<string>): boolean {
  if (deal.partOf && drawn.has(deal.partOf)) return true;
  if (kb.partsOf(deal.id).some((p) => drawn.has(p.id))) return true;
  return deal.aggregate && kb.payers(deal).length > 0 && kb.payees(deal).length > 0;
}

// -------------------------------------------------------------------------------------------------------
// /loops

function loopTitle(kb: KnowledgeBase, loop: Loop): string {
  const names = loop.nodes.map((id) => nameOf(kb, id));
  return loop.nodes.length === 2 ? `${names[0]} ⇄ ${names[1]}` : `${[...names, names[0]].join(' → ')}`;
}

export function loopsAnswer(engine: Engine, name?: string, lang: Lang = 'en'): Answer {
  const { kb } = engine;
  const t = catalog(lang);
  const graph = moneyGraph(kb);
  let company: Company | undefined;
  if (name?.trim()) {
    const resolved = resolveCompany(
      engine,
      name,
      (c) => ({ label: c.name, command: call('loops', { company: c.name }) }),
      t,
    );
    if (!resolved.ok) return resolved.answer;
    company = resolved.company;
  }
  const group = company ? graph.groupOf(company.id) : undefined;
  const { loops, total, twos } = listLoops(graph.flows, group ? { through: group } : {});
  const groupName = group ? nameOf(kb, group) : undefined;
  const title = company ? t.graph.loopsTitleThrough(company.name) : t.graph.loopsTitle;
  if (loops.length === 0) {
    const text = company
      ? kb.dealsOf(company.id).length === 0
        ? nothingToDraw(kb, company, 'loop', t)
        : t.graph.noLoopThrough(groupName ?? company.name)
      : t.graph.noLoopsAtAll;
    return emptyAnswer(engine, 'loops', title, text, t, company);
  }

  const cites = new Citations(kb);
  const blocks: Block[] = loops.map((loop, i) => {
    const legs = loop.legs.map((flows, j) => {
      const from = nameOf(kb, loop.nodes[j]!);
      const to = nameOf(kb, loop.nodes[(j + 1) % loop.nodes.length]!);
      return flowsLine(kb, `${from} → ${to}`, flows, cites, t);
    });
    return {
      heading: `${i + 1}. ${loopTitle(kb, loop)}`,
      badge: t.graph.loopBadge(loop.nodes.length, loop.legs.flat().length),
      lines: legs,
    };
  });
  // The picture shows one panel per loop; the text lists them all, up to LOOPS_LISTED.
  const drawn = loops.slice(0, LOOPS_PANELS);
  const lead = [
    t.graph.loopsLead(total, groupName, twos, total - twos),
    ...(total > loops.length ? [t.graph.loopsListedFirst(loops.length, total - loops.length)] : []),
  ].join(' ');
  const names = (id: string) => nameOf(kb, id);
  const via = (loop: Loop, id: string) =>
    [...new Set(loop.legs.flat().flatMap((f) => [f.payer, f.payee]))]
      .filter((m) => m !== id && graph.groupOf(m) === id)
      .map(names)
      .sort();
  const picture = {
    loops: drawn,
    names,
    via,
    ...(group && { centre: group }),
    title,
    subtitle:
      total > drawn.length ? t.graph.loopsSubtitleFirst(drawn.length, total) : t.graph.loopsSubtitle(total),
    asOf: formatDate(kb.meta.asOf, t),
    note: t.graph.picture.widthNote,
    t,
  };
  return {
    status: 'ok',
    title,
    lead: line(lead),
    blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
    ...(company && { canonical: { company: company.id } }),
    image: lazyImage(
      `loops-${company?.id ?? 'all'}.png`,
      `${title}: ${drawn.map((l) => loopTitle(kb, l)).join('; ')}.`,
      { width: WIDTH, height: HEIGHT },
      () => loopsSvg(picture),
    ),
  };
}

// -------------------------------------------------------------------------------------------------------
// /timeline

export function timelineAnswer(engine: Engine, name: string, lang: Lang = 'en'): Answer {
  const { kb } = engine;
  const t = catalog(lang);
  const resolved = resolveCompany(
    engine,
    name,
    (c) => ({ label: c.name, command: call('timeline', { company: c.name }) }),
    t,
  );
  if (!resolved.ok) return resolved.answer;
  const company = resolved.company;
  const title = t.graph.overTime(company.name);
  const data = timelineData(kb, company.id, t);
  if (data.points.length === 0 && data.valuations.length === 0) {
    const deals = kb.dealsOf(company.id);
    const text =
      deals.length === 0
        ? nothingToDraw(kb, company, 'timeline', t)
        : t.graph.noAmounts(company.name, deals.length);
    return emptyAnswer(engine, 'timeline', title, text, t, company);
  }

  const cites = new Citations(kb);
  const blocks: Block[] = [];
  if (data.valuations.length > 0) {
    blocks.push({
      heading: t.graph.valuations,
      lines: data.valuations.map((v) =>
        labelled(
          formatDate(v.date, t),
          `${figureValue(v.figure, t)} (${t.answers.valuationBasis[v.basis]}${v.figure.disclosure === 'announced' ? '' : `, ${t.disclosure[v.figure.disclosure]}`}) · ${v.deal.title} `,
          ...cites.cite(v.figure.sources, 1),
        ),
      ),
    });
  }
  blocks.push({
    heading: t.graph.dealsOldestFirst,
    lines: data.points.map((p) =>
      labelled(
        formatDate(p.date, t),
        `${p.direction === 'in' ? '▲' : p.direction === 'out' ? '▼' : '●'} ${p.label} · ${t.kind[p.deal.kind]}${p.certainty === 'reported' ? `, ${t.graph.reported}` : ''} · ${p.deal.title} `,
        ...cites.cite(kb.sourcesOfDeal(p.deal.id), 1),
      ),
    ),
  });
  const notCharted: Line[] = [];
  if (data.undisclosed.length > 0) {
    const list = data.undisclosed
      .slice(0, 6)
      .map((d) => `${d.title} (${formatMonth(d.date, t)})`)
      .join('; ');
    notCharted.push(
      toned('muted', t.graph.noAmountStated(`${list}${andMore(data.undisclosed.length, 6, t)}`)),
    );
  }
  if (data.fees.length > 0) {
    // Each fee is stated with its period and its source, as everywhere else.
    const parts: Inline[] = [];
    data.fees.slice(0, 6).forEach((d, i) => {
      const fee = kb.headlineAmount(d)!;
      if (i > 0) parts.push('; ');
      parts.push(
        `${d.title} (${periodicValue(fee, t)}, ${formatMonth(d.date, t)}) `,
        ...cites.cite(fee.sources, 1),
      );
    });
    const more = andMore(data.fees.length, 6, t);
    notCharted.push(labelled(t.graph.feeOnly, ...parts, ...(more ? [more] : [])));
  }
  if (notCharted.length > 0) blocks.push({ heading: t.graph.notCharted, lines: notCharted });
  const first = [...data.points, ...data.valuations].map((p) => p.date).sort()[0]!;
  const since = formatMonth(first, t);
  return {
    status: 'ok',
    title,
    lead: line(t.graph.timelineLead(data.points.length, data.valuations.length, since)),
    blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
    canonical: { company: company.id },
    suggestions: [
      { label: t.graph.moneyAround(company.name), command: call('graph', { company: company.name }) },
    ],
    image: lazyImage(
      `timeline-${company.id}.png`,
      [
        t.graph.timelineAlt(title, data.points.length, data.valuations.length, since),
        timelineSkips(data, kb.meta.asOf) && t.pics.altYearsSkipped(timelineSkips(data, kb.meta.asOf)),
      ]
        .filter(Boolean)
        .join(' '),
      { width: TIMELINE_WIDTH, height: TIMELINE_HEIGHT },
      () =>
        timelineSvg({
          title,
          subtitle: t.graph.timelineSubtitle(since),
          asOf: formatDate(kb.meta.asOf, t),
          asOfIso: kb.meta.asOf,
          data,
          t,
        }),
    ),
  };
}
