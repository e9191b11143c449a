/** `/deal`: every deal between two companies in both directions, or every deal of one, newest first. */
import type { Deal } from '../knowledge/schema.js';
import { Citations } from './citations.js';
import { companyName, dealBlock } from './dealView.js';
import type { Engine } from './engine.js';
import { type Answer, type Line, line, toned } from './model.js';
import { resolveCompany } from './resolve.js';
import { computeTotals, totalsText } from './totals.js';

export interface DealQuery {
  company: string;
  with?: string | undefined;
}

export type FoundDeals =
  | {
      ok: true;
      title: string;
      deals: Deal[];
      empty: string;
      flows: Line[];
      suggestions: Answer['suggestions'];
      canonical: Record<string, string>;
    }
  | { ok: false; answer: Answer };

/** Resolves the companies of a /deal question and selects their deals; /sources shares it. */
export function findDeals(engine: Engine, query: DealQuery, command = '/deal'): FoundDeals {
  const { kb } = engine;
  const first = resolveCompany(engine, query.company, (c) => ({
    label: c.name,
    command: query.with ? `${command} company:${c.name} with:${query.with}` : `${command} company:${c.name}`,
  }));
  if (!first.ok) return first;
  const a = first.company;
  if (!query.with) {
    return {
      ok: true,
      title: `Deals of ${a.name}`,
      deals: kb.dealsOf(a.id),
      empty: `${a.name} has no deals in the knowledge base.`,
      flows: [],
      suggestions: [],
      canonical: { company: a.id },
    };
  }

  const second = resolveCompany(engine, query.with, (c) => ({
    label: c.name,
    command: `${command} company:${a.name} with:${c.name}`,
  }));
  if (!second.ok) return second;
  const b = second.company;

  if (kb.familyOf(a.id).includes(b.id) || kb.familyOf(b.id).includes(a.id)) {
    return {
      ok: false,
      answer: {
        status: 'invalid',
        title: `${a.name} and ${b.name} are one group`,
        lead: line(
          `A question about ${a.name} already covers ${b.name}. Try \`${command} company:${a.name}\`.`,
        ),
        blocks: [],
        citations: [],
        asOf: kb.meta.asOf,
        suggestions: [{ label: `Deals of ${a.name}`, command: `${command} company:${a.name}` }],
      },
    };
  }

  const familyB = new Set(kb.familyOf(b.id));
  const deals = kb.dealsOf(a.id).filter((d) => d.parties.some((p) => familyB.has(p.company)));
  return {
    ok: true,
    title: `Deals between ${a.name} and ${b.name}`,
    deals,
    empty: `No deal between ${a.name} and ${b.name} in the knowledge base.`,
    flows: flowLines(engine, deals, kb.familyOf(a.id), [...familyB], a.name, b.name),
    suggestions: [
      { label: `Deals of ${a.name}`, command: `${command} company:${a.name}` },
      { label: `Deals of ${b.name}`, command: `${command} company:${b.name}` },
    ],
    canonical: { company: a.id, with: b.id },
  };
}

export function dealAnswer(engine: Engine, query: DealQuery): Answer {
  const found = findDeals(engine, query);
  if (!found.ok) return found.answer;
  const { kb } = engine;
  if (found.deals.length === 0) {
    return {
      status: 'empty',
      title: found.title,
      lead: line(`${found.empty} (checked up to ${kb.meta.asOf})`),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: found.suggestions,
      canonical: found.canonical,
    };
  }
  const cites = new Citations(kb);
  const blocks = found.deals.map((d) => dealBlock(kb, d, cites));
  const count = `${found.deals.length} deal${found.deals.length === 1 ? '' : 's'}, newest first.`;
  return {
    status: 'ok',
    title: found.title,
    lead: line(count),
    blocks: found.flows.length > 0 ? [{ heading: 'Money flows', lines: found.flows }, ...blocks] : blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
    canonical: found.canonical,
  };
}

/** For a pair: what each side pays the other, so circular financing shows at a glance. */
function flowLines(
  engine: Engine,
  deals: readonly Deal[],
  familyA: readonly string[],
  familyB: readonly string[],
  nameA: string,
  nameB: string,
): Line[] {
  const { kb } = engine;
  const lines: Line[] = [];
  const directions: [readonly string[], readonly string[], string, string][] = [
    [familyA, familyB, nameA, nameB],
    [familyB, familyA, nameB, nameA],
  ];
  for (const [from, to, fromName, toName] of directions) {
    const flowing = deals.filter(
      (d) => kb.payers(d).some((id) => from.includes(id)) && kb.payees(d).some((id) => to.includes(id)),
    );
    if (flowing.length === 0) continue;
    const text = totalsText(computeTotals(kb, flowing, from)) ?? 'no live amounts';
    lines.push(line(`${fromName} → ${toName}: ${text}`));
  }
  const neutral = deals.filter((d) => kb.payers(d).length === 0 || kb.payees(d).length === 0);
  if (neutral.length > 0) {
    lines.push(
      toned(
        'muted',
        `Plus ${neutral.length} agreement(s) with no money direction (${neutral.map((d) => d.id).join(', ')}).`,
      ),
    );
  }
  if (lines.length === 0)
    lines.push(
      toned('muted', `No money flows recorded between ${companyName(kb, familyA[0]!)} and ${nameB}.`),
    );
  return lines;
}
