/**
 * `/graph`, `/loops` and `/timeline` as answers: the same cited text as every other answer (so the
 * console, screen readers and the Sources button work as usual) plus a picture drawn from the knowledge
 * base. A company with nothing to draw gets an `empty` answer that says why, and no picture.
 *
 * English only for now: the strings live here until the message catalogs (src/i18n) get keys for them.
 */
import { Citations } from '../answers/citations.js';
import type { Engine } from '../answers/engine.js';
import { formatDate, formatMoney, formatMonth, KIND_WORDS, qualified } from '../answers/format.js';
import { type Block, type Inline, type Line, labelled, line, toned } from '../answers/model.js';
import { resolveCompany } from '../answers/resolve.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Company, Deal } from '../knowledge/schema.js';
import { lazyImage, type PictureAnswer } from './image.js';
import { findLoops, type Loop } from './loops.js';
import { type Flow, flowWeight, isLive, moneyGraph, neighbourhood } from './moneyGraph.js';
import { shortMoney } from './style.js';
import { graphSize, graphSvg, HEIGHT, loopsSvg, WIDTH } from './svg.js';
import { TIMELINE_HEIGHT, TIMELINE_WIDTH, timelineData, timelineSvg } from './timeline.js';

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 3;

/** How many loops the picture shows; the text lists them all. */
export const LOOPS_DRAWN = 9;

function clampDepth(depth: number | undefined): number {
  if (depth === undefined || !Number.isFinite(depth)) return 1;
  return Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, Math.round(depth)));
}

const nameOf = (kb: KnowledgeBase, id: string) => kb.company(id)?.name ?? id;

/** "in 2 steps", "in 1 step". */
const steps = (n: number) => `${n} step${n === 1 ? '' : 's'}`;

function emptyAnswer(engine: Engine, title: string, text: string, company?: Company): PictureAnswer {
  const { kb } = engine;
  return {
    status: 'empty',
    title,
    lead: line(`${text} (checked up to ${kb.meta.asOf})`),
    blocks: [],
    citations: [],
    asOf: kb.meta.asOf,
    ...(company && {
      suggestions: suggestionsFor(kb, company, title),
      canonical: { company: company.id },
    }),
  };
}

/** The parent's picture when the company has no deals of its own, else the company's deal list. */
function suggestionsFor(kb: KnowledgeBase, company: Company, title: string) {
  const parent = company.parent ? kb.company(company.parent) : undefined;
  const command = title.startsWith('Money loops')
    ? '/loops'
    : title.endsWith('over time')
      ? '/timeline'
      : '/graph';
  if (parent && kb.dealsOf(company.id).length === 0)
    return [{ label: parent.name, command: `${command} company:${parent.name}`, value: parent.id }];
  return [{ label: `Deals of ${company.name}`, command: `/deal company:${company.name}` }];
}

/** Why a company with deals has nothing to draw: its deals are not live, or move no money between companies. */
function nothingToDraw(kb: KnowledgeBase, company: Company, what: string): string {
  const deals = kb.dealsOf(company.id);
  if (deals.length === 0) {
    const parent = company.parent ? kb.company(company.parent) : undefined;
    return parent
      ? `${company.name} has no deals in the knowledge base; its parent ${parent.name} may: try it instead.`
      : `${company.name} has no deals in the knowledge base, so there is no ${what} to draw.`;
  }
  const inactive = deals.filter((d) => !isLive(d)).length;
  const undirected = deals.length - inactive;
  const reasons = [
    inactive > 0 &&
      `${inactive} ${inactive === 1 ? 'is' : 'are'} not live (talks, stalled, superseded or terminated)`,
    undirected > 0 && `${undirected} move${undirected === 1 ? 's' : ''} no money between two companies`,
  ].filter(Boolean);
  return `${company.name} has ${deals.length} deal${deals.length === 1 ? '' : 's'} in the knowledge base, but ${reasons.join(' and ')}: there is no ${what} to draw.`;
}

/** One flow as text: "up to $25 billion equity investment (Apr 2026) [3]", "share of a funding round of $30 billion". */
function flowParts(kb: KnowledgeBase, flow: Flow, cites: Citations): Inline[] {
  const kind = KIND_WORDS[flow.deal.kind];
  const rollUp = flow.deal.aggregate ? ' (a roll-up)' : '';
  const money = (amount: number) => qualified(flow.qualifier, formatMoney(amount, flow.currency));
  const what =
    flow.amount !== undefined
      ? `${money(flow.amount)} ${kind}${rollUp}`
      : flow.whole !== undefined
        ? `share of a ${kind}${rollUp} of ${money(flow.whole)}`
        : `${kind}${rollUp}, amount undisclosed`;
  const extra = flow.certainty === 'reported' ? ', reported' : '';
  return [
    `${what} (${formatMonth(flow.deal.date)}${extra}) `,
    ...cites.cite(kb.sourcesOfDeal(flow.deal.id), 1),
  ];
}

function flowsLine(kb: KnowledgeBase, label: string, flows: readonly Flow[], cites: Citations): Line {
  const parts: Inline[] = [];
  const sorted = [...flows].sort(
    (a, b) => flowWeight(b) - flowWeight(a) || a.deal.date.localeCompare(b.deal.date),
  );
  sorted.forEach((flow, i) => {
    if (i > 0) parts.push('; ');
    parts.push(...flowParts(kb, flow, cites));
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

export function graphAnswer(engine: Engine, name: string, depth?: number): PictureAnswer {
  const { kb } = engine;
  const d = clampDepth(depth);
  const resolved = resolveCompany(engine, name, (c) => ({
    label: c.name,
    command: `/graph company:${c.name} depth:${d}`,
  }));
  if (!resolved.ok) return resolved.answer;
  const company = resolved.company;
  const graph = moneyGraph(kb);
  const group = graph.groupOf(company.id);
  const family = new Set(kb.familyOf(company.id));
  const own = graph.flowsOf(group).filter((f) => family.has(f.payer) || family.has(f.payee));
  const title = `Money around ${company.name}`;
  if (own.length === 0) return emptyAnswer(engine, title, nothingToDraw(kb, company, 'money graph'), company);

  const hood = neighbourhood(graph, group, d);
  const groupName = nameOf(kb, group);
  const cites = new Citations(kb);
  const blocks: Block[] = [];
  const centreFlows = hood.flows.filter((f) => f.from === group || f.to === group);
  for (const [heading, flows, other] of [
    [`Money into ${groupName}`, centreFlows.filter((f) => f.to === group), (f: Flow) => f.from],
    [`Money out of ${groupName}`, centreFlows.filter((f) => f.from === group), (f: Flow) => f.to],
  ] as const) {
    if (flows.length === 0) continue;
    const byPartner = [...groupBy(flows, other)].sort(
      (a, b) => totalWeight(b[1]) - totalWeight(a[1]) || a[0].localeCompare(b[0]),
    );
    blocks.push({
      heading,
      lines: byPartner.map(([partner, list]) => flowsLine(kb, nameOf(kb, partner), list, cites)),
    });
  }

  const loops = findLoops(graph.flows, { through: group });
  if (loops.length > 0) {
    const shown = loops.slice(0, 6).map((l) => loopTitle(kb, l));
    blocks.push({
      heading: 'Loops',
      lines: [
        line(
          `${loops.length} money loop${loops.length === 1 ? '' : 's'} through ${groupName}: ${shown.join('; ')}${loops.length > shown.length ? `; and ${loops.length - shown.length} more` : ''}.`,
        ),
        toned('muted', `See them with their deals: /loops company:${company.name}`),
      ],
    });
  }

  const notes = notDrawn(kb, company, hood.left, d);
  if (notes.length > 0) blocks.push({ heading: 'Not drawn', lines: notes });

  const dealCount = new Set(hood.flows.map((f) => f.deal.id)).size;
  const lead = [
    `${hood.nodes.length} companies and ${dealCount} live deal${dealCount === 1 ? '' : 's'} within ${steps(d)} of ${groupName}; arrows point the way the money goes.`,
  ];
  if (group !== company.id) lead.push(`${company.name} is drawn as part of the ${groupName} group.`);
  if (d > 1) lead.push(`Listed below: ${groupName}'s own deals; the picture shows the rest.`);

  const picture = {
    hood,
    title,
    subtitle: `${steps(d)} · ${hood.nodes.length} companies · ${dealCount} deals · arrows point the way the money goes`,
    asOf: formatDate(kb.meta.asOf),
    note: 'width: amount (log scale)',
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
      { label: `Loops through ${company.name}`, command: `/loops company:${company.name}` },
      { label: `${company.name} over time`, command: `/timeline company:${company.name}` },
    ],
    canonical: { company: company.id, depth: d },
    image: lazyImage(
      `money-${company.id}-${d}.png`,
      `Money graph around ${groupName}, ${steps(d)}: ${hood.nodes.length} companies and ${dealCount} deals, arrows in the direction the money goes. Biggest partners: ${partners.join(', ')}.`,
      graphSize(hood.nodes.length),
      () => graphSvg(picture),
    ),
  };
}

function notDrawn(kb: KnowledgeBase, company: Company, left: number, depth: number): Line[] {
  const lines: Line[] = [];
  if (left > 0) {
    lines.push(
      toned(
        'muted',
        `${left} more compan${left === 1 ? 'y' : 'ies'} within ${steps(depth)} left out to keep the picture legible (the ones with the least money).`,
      ),
    );
  }
  const deals = kb.dealsOf(company.id);
  const inactive = deals.filter((d) => !isLive(d));
  if (inactive.length > 0) {
    lines.push(
      toned(
        'muted',
        `Not live, so not drawn: ${inactive
          .slice(0, 5)
          .map((d) => `${d.title} (${d.status})`)
          .join('; ')}${inactive.length > 5 ? `; and ${inactive.length - 5} more` : ''}.`,
      ),
    );
  }
  const graph = moneyGraph(kb);
  const drawn = new Set(graph.flows.map((f) => f.deal.id));
  const undirected = deals.filter((d) => isLive(d) && !drawn.has(d.id) && !coveredByParent(kb, d, drawn));
  if (undirected.length > 0) {
    lines.push(
      toned(
        'muted',
        `No money direction between two companies, so not drawn: ${undirected
          .slice(0, 5)
          .map((d) => d.title)
          .join('; ')}${undirected.length > 5 ? `; and ${undirected.length - 5} more` : ''}.`,
      ),
    );
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

export function loopsAnswer(engine: Engine, name?: string): PictureAnswer {
  const { kb } = engine;
  const graph = moneyGraph(kb);
  let company: Company | undefined;
  if (name?.trim()) {
    const resolved = resolveCompany(engine, name, (c) => ({
      label: c.name,
      command: `/loops company:${c.name}`,
    }));
    if (!resolved.ok) return resolved.answer;
    company = resolved.company;
  }
  const group = company ? graph.groupOf(company.id) : undefined;
  const loops = findLoops(graph.flows, group ? { through: group } : {});
  const groupName = group ? nameOf(kb, group) : undefined;
  const title = company ? `Money loops through ${company.name}` : 'Money loops';
  if (loops.length === 0) {
    const text = company
      ? kb.dealsOf(company.id).length === 0
        ? nothingToDraw(kb, company, 'loop')
        : `No money loop goes through ${groupName}: none of the companies it pays pays it back, directly or through up to two others, in the live deals.`
      : 'No money loops in the live deals of the knowledge base.';
    return emptyAnswer(engine, title, text, company);
  }

  const cites = new Citations(kb);
  const blocks: Block[] = loops.map((loop, i) => {
    const legs = loop.legs.map((flows, j) => {
      const from = nameOf(kb, loop.nodes[j]!);
      const to = nameOf(kb, loop.nodes[(j + 1) % loop.nodes.length]!);
      return flowsLine(kb, `${from} → ${to}`, flows, cites);
    });
    return {
      heading: `${i + 1}. ${loopTitle(kb, loop)}`,
      badge: `${loop.nodes.length} companies · ${loop.legs.flat().length} deals`,
      lines: legs,
    };
  });
  const drawn = loops.slice(0, LOOPS_DRAWN);
  const twos = loops.filter((l) => l.nodes.length === 2).length;
  const lead = `${loops.length} loop${loops.length === 1 ? '' : 's'}${groupName ? ` through ${groupName}` : ''} in the live deals (${twos} between two companies, ${loops.length - twos} through three or four): money that goes out along one leg comes back along another. Shortest first, then by the money on the thinnest leg.`;
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
      loops.length > drawn.length
        ? `the first ${drawn.length} of ${loops.length} loops · arrows point the way the money goes`
        : `${loops.length} loop${loops.length === 1 ? '' : 's'} · arrows point the way the money goes`,
    asOf: formatDate(kb.meta.asOf),
    note: 'width: amount (log scale)',
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

export function timelineAnswer(engine: Engine, name: string): PictureAnswer {
  const { kb } = engine;
  const resolved = resolveCompany(engine, name, (c) => ({
    label: c.name,
    command: `/timeline company:${c.name}`,
  }));
  if (!resolved.ok) return resolved.answer;
  const company = resolved.company;
  const title = `${company.name} over time`;
  const data = timelineData(kb, company.id);
  if (data.points.length === 0 && data.valuations.length === 0) {
    const deals = kb.dealsOf(company.id);
    const text =
      deals.length === 0
        ? nothingToDraw(kb, company, 'timeline')
        : `None of ${company.name}'s ${deals.length} deal${deals.length === 1 ? '' : 's'} states an amount, so there is nothing to chart.`;
    return emptyAnswer(engine, title, text, company);
  }

  const cites = new Citations(kb);
  const blocks: Block[] = [];
  if (data.valuations.length > 0) {
    blocks.push({
      heading: 'Valuations',
      lines: data.valuations.map((v) =>
        labelled(
          formatDate(v.date),
          `${shortMoney(v.amount, v.currency)} (${v.basis === 'implied' ? 'implied' : `${v.basis}-money`}) · ${v.deal.title} `,
          ...cites.cite(kb.sourcesOfDeal(v.deal.id), 1),
        ),
      ),
    });
  }
  blocks.push({
    heading: 'Deals, oldest first',
    lines: data.points.map((p) =>
      labelled(
        formatDate(p.date),
        `${p.direction === 'in' ? '▲' : p.direction === 'out' ? '▼' : '●'} ${p.label} · ${KIND_WORDS[p.deal.kind]}${p.certainty === 'reported' ? ', reported' : ''} · ${p.deal.title} `,
        ...cites.cite(kb.sourcesOfDeal(p.deal.id), 1),
      ),
    ),
  });
  if (data.undisclosed.length > 0) {
    blocks.push({
      heading: 'Not charted',
      lines: [
        toned(
          'muted',
          `No amount stated: ${data.undisclosed
            .slice(0, 6)
            .map((d) => `${d.title} (${formatMonth(d.date)})`)
            .join('; ')}${data.undisclosed.length > 6 ? `; and ${data.undisclosed.length - 6} more` : ''}.`,
        ),
      ],
    });
  }
  const first = [...data.points, ...data.valuations].map((p) => p.date).sort()[0]!;
  const lead = `${data.points.length} deal${data.points.length === 1 ? '' : 's'} with an amount and ${data.valuations.length} valuation${data.valuations.length === 1 ? '' : 's'} since ${formatMonth(first)}, on a scale from millions to trillions. ▲ money in, ▼ money out.`;
  return {
    status: 'ok',
    title,
    lead: line(lead),
    blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
    canonical: { company: company.id },
    suggestions: [{ label: `Money around ${company.name}`, command: `/graph company:${company.name}` }],
    image: lazyImage(
      `timeline-${company.id}.png`,
      `${title}: ${data.points.length} deals and ${data.valuations.length} valuations since ${formatMonth(first)}, amounts on a logarithmic scale.`,
      { width: TIMELINE_WIDTH, height: TIMELINE_HEIGHT },
      () =>
        timelineSvg({
          title,
          subtitle: `deals and valuations since ${formatMonth(first)} · amounts on a log scale`,
          asOf: formatDate(kb.meta.asOf),
          asOfIso: kb.meta.asOf,
          data,
        }),
    ),
  };
}
