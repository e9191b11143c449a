/** `/backers` and `/investments`: the two directions of equity money around one company. */
import type { Company, Deal, DealKind, PartyRole } from '../knowledge/schema.js';
import { Citations } from './citations.js';
import { companyName, dealBlock, listNames } from './dealView.js';
import type { Engine } from './engine.js';
import { type Answer, type Block, labelled, line, toned } from './model.js';
import { resolveCompany } from './resolve.js';
import { computeTotals, exclusionText, totalsText } from './totals.js';

const INVESTOR_ROLES = new Set<PartyRole>(['investor', 'funder']);
/** Spending on goods and services is not an investment, even when it is large. */
const NOT_INVESTMENTS = new Set<DealKind>([
  'compute-contract',
  'chip-supply',
  'data-centre-build',
  'spending-commitment',
]);
const INVESTING_ROLES = new Set<PartyRole>(['investor', 'funder', 'acquirer', 'licensee']);

/** Deals in which the company (or a subsidiary) received investment. */
export function backingDeals(engine: Engine, company: Company): Deal[] {
  const family = new Set(engine.kb.familyOf(company.id));
  return engine.kb
    .dealsOf(company.id)
    .filter((d) => d.parties.some((p) => family.has(p.company) && p.role === 'investee'));
}

/** Deals in which the company (or a subsidiary) put money into another company. */
export function investingDeals(engine: Engine, company: Company): Deal[] {
  const family = new Set(engine.kb.familyOf(company.id));
  return engine.kb
    .dealsOf(company.id)
    .filter(
      (d) =>
        !NOT_INVESTMENTS.has(d.kind) &&
        d.parties.some((p) => family.has(p.company) && INVESTING_ROLES.has(p.role)),
    );
}

export function backersAnswer(engine: Engine, name: string): Answer {
  const resolved = resolveCompany(engine, name, (c) => ({
    label: c.name,
    command: `/backers company:${c.name}`,
  }));
  if (!resolved.ok) return resolved.answer;
  const company = resolved.company;
  const deals = backingDeals(engine, company);
  const family = engine.kb.familyOf(company.id);
  const investors = unique(
    deals.flatMap((d) =>
      d.parties
        .filter((p) => INVESTOR_ROLES.has(p.role) && !family.includes(p.company))
        .map((p) => p.company),
    ),
  );
  return moneyAnswer(engine, {
    title: `Backers of ${company.name}`,
    deals,
    who:
      investors.length > 0
        ? `Investors: ${listNames(
            investors.map((id) => companyName(engine.kb, id)),
            12,
          )}.`
        : '',
    totalsPaidBy: undefined,
    empty: `No investment in ${company.name} is recorded in the knowledge base.`,
    company,
  });
}

export function investmentsAnswer(engine: Engine, name: string): Answer {
  const resolved = resolveCompany(engine, name, (c) => ({
    label: c.name,
    command: `/investments company:${c.name}`,
  }));
  if (!resolved.ok) return resolved.answer;
  const company = resolved.company;
  const deals = investingDeals(engine, company);
  const family = engine.kb.familyOf(company.id);
  const targets = unique(deals.flatMap((d) => engine.kb.payees(d).filter((id) => !family.includes(id))));
  return moneyAnswer(engine, {
    title: `Investments by ${company.name}`,
    deals,
    who:
      targets.length > 0
        ? `Into: ${listNames(
            targets.map((id) => companyName(engine.kb, id)),
            12,
          )}.`
        : '',
    totalsPaidBy: family,
    empty: `No investment by ${company.name} is recorded in the knowledge base.`,
    company,
  });
}

interface MoneyQuery {
  title: string;
  deals: Deal[];
  who: string;
  totalsPaidBy: readonly string[] | undefined;
  empty: string;
  company: Company;
}

function moneyAnswer(engine: Engine, q: MoneyQuery): Answer {
  const { kb } = engine;
  if (q.deals.length === 0) {
    return {
      status: 'empty',
      title: q.title,
      lead: line(`${q.empty} (checked up to ${kb.meta.asOf})`),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: [{ label: `Profile of ${q.company.name}`, command: `/company name:${q.company.name}` }],
      canonical: { company: q.company.id },
    };
  }
  const totals = computeTotals(kb, q.deals, q.totalsPaidBy);
  const summary: Block = {
    heading: 'In short',
    lines: [
      ...(q.who ? [line(q.who)] : []),
      labelled('Totals', totalsText(totals) ?? 'no disclosed amounts'),
      ...(exclusionText(totals) ? [toned('muted', exclusionText(totals)!)] : []),
    ],
  };
  const cites = new Citations(kb);
  return {
    status: 'ok',
    title: q.title,
    lead: line(`${q.deals.length} deal${q.deals.length === 1 ? '' : 's'}, newest first.`),
    blocks: [summary, ...q.deals.map((d) => dealBlock(kb, d, cites))],
    citations: cites.list(),
    asOf: kb.meta.asOf,
    canonical: { company: q.company.id },
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
