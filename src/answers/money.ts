/** `/backers` and `/investments`: the two directions of equity money around one company. */
import { type Catalog, catalog, type Lang } from '../i18n/index.js';
import type { Company, Deal, DealKind, PartyRole } from '../knowledge/schema.js';
import { Citations } from './citations.js';
import { certaintyOf, withNotes } from './deal.js';
import { companyName, dealBlock, listNames, SHOWN_DEALS } from './dealView.js';
import type { Engine } from './engine.js';
import { type Answer, type Block, call, labelled, line, toned } from './model.js';
import { productNote, resolveCompany } from './resolve.js';
import { computeTotals, exclusionText, totalsText } from './totals.js';

const INVESTOR_ROLES = new Set<PartyRole>(['investor', 'funder']);
/** Spending on goods and services, and lending, are not investments, even when they are large. */
const NOT_INVESTMENTS = new Set<DealKind>([
  'compute-contract',
  'chip-supply',
  'data-centre-build',
  'spending-commitment',
  'debt-financing',
  'ipo',
]);
const INVESTING_ROLES = new Set<PartyRole>(['investor', 'funder', 'acquirer', 'licensee', 'buyer']);
/**
 * What an investment is in: the company invested in, bought, licensed from or whose shares were bought.
 * Sellers are paid in an acquisition or a secondary sale, but nobody invested in them.
 */
const INVESTED_IN_ROLES = new Set<PartyRole>(['investee', 'target', 'licensor', 'subject', 'builder']);

/**
 * Deals in which the company (or a subsidiary) received investment, and the secondary sales of its shares
 * (listed, never counted as money into it). A listing is not a backer: its buyers are the public, and a
 * filing moves no money; /deal lists both.
 */
export function backingDeals(engine: Engine, company: Company): readonly Deal[] {
  return engine.kb.dealsWhere(
    'backing',
    company.id,
    (d, family) =>
      d.kind !== 'ipo' &&
      d.parties.some((p) => family.has(p.company) && (p.role === 'investee' || p.role === 'subject')),
  );
}

/** The companies a deal puts money into, for an investor's view of it. */
export function investedIn(deal: Deal): string[] {
  return deal.parties.filter((p) => INVESTED_IN_ROLES.has(p.role)).map((p) => p.company);
}

/** Deals in which the company (or a subsidiary) put money into another company. */
export function investingDeals(engine: Engine, company: Company): readonly Deal[] {
  return engine.kb.dealsWhere(
    'investing',
    company.id,
    (d, family) =>
      !NOT_INVESTMENTS.has(d.kind) &&
      d.parties.some((p) => family.has(p.company) && INVESTING_ROLES.has(p.role)),
  );
}

export function backersAnswer(engine: Engine, name: string, lang: Lang = 'en'): Answer {
  const t = catalog(lang);
  const resolved = resolveCompany(
    engine,
    name,
    (c) => ({ label: c.name, command: call('backers', { company: c.name }) }),
    t,
  );
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
  const names = listNames(
    investors.map((id) => companyName(engine.kb, id)),
    12,
    t,
  );
  return moneyAnswer(engine, t, {
    title: t.answers.backersOf(company.name),
    deals,
    who: investors.length > 0 ? t.answers.investors(names) : '',
    totalsPaidBy: undefined,
    empty: t.answers.noBackers(company.name),
    company,
    notes: [productNote(resolved.match, t)].filter((n): n is string => n !== undefined),
  });
}

export function investmentsAnswer(engine: Engine, name: string, lang: Lang = 'en'): Answer {
  const t = catalog(lang);
  const resolved = resolveCompany(
    engine,
    name,
    (c) => ({ label: c.name, command: call('investments', { company: c.name }) }),
    t,
  );
  if (!resolved.ok) return resolved.answer;
  const company = resolved.company;
  const deals = investingDeals(engine, company);
  const family = engine.kb.familyOf(company.id);
  const targets = unique(deals.flatMap((d) => investedIn(d).filter((id) => !family.includes(id))));
  const names = listNames(
    targets.map((id) => companyName(engine.kb, id)),
    12,
    t,
  );
  return moneyAnswer(engine, t, {
    title: t.answers.investmentsBy(company.name),
    deals,
    who: targets.length > 0 ? t.answers.into(names) : '',
    totalsPaidBy: family,
    empty: t.answers.noInvestments(company.name),
    company,
    notes: [productNote(resolved.match, t)].filter((n): n is string => n !== undefined),
  });
}

interface MoneyQuery {
  title: string;
  deals: readonly Deal[];
  who: string;
  totalsPaidBy: readonly string[] | undefined;
  empty: string;
  company: Company;
  notes: string[];
}

function moneyAnswer(engine: Engine, t: Catalog, q: MoneyQuery): Answer {
  const { kb } = engine;
  if (q.deals.length === 0) {
    return {
      status: 'empty',
      title: q.title,
      lead: withNotes(q.notes, `${q.empty} ${t.answers.checkedUpTo(kb.meta.asOf)}`),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: [
        { label: t.answers.profileOf(q.company.name), command: call('company', { name: q.company.name }) },
      ],
      canonical: { company: q.company.id },
    };
  }
  const totals = computeTotals(kb, q.deals, q.totalsPaidBy);
  const excluded = exclusionText(kb, totals, t);
  const highlights = [
    labelled(t.answers.totals, totalsText(totals, t) ?? t.answers.noDisclosedAmounts),
    ...(q.who ? [line(q.who)] : []),
  ];
  // Why some deals are not in the totals is part of the answer, but long: it closes the list.
  const notCounted: Block[] = excluded ? [{ lines: [toned('muted', excluded)] }] : [];
  const cites = new Citations(kb);
  const shown = q.deals.slice(0, SHOWN_DEALS);
  const count = q.deals.length;
  return {
    status: 'ok',
    title: q.title,
    lead: withNotes(
      q.notes,
      count > shown.length ? t.answers.showingNewest(shown.length, count) : t.answers.dealsCount(count),
    ),
    highlights,
    blocks: [...shown.map((d) => dealBlock(kb, d, cites, t)), ...notCounted],
    certainty: certaintyOf(kb, q.deals),
    citations: cites.list(),
    asOf: kb.meta.asOf,
    canonical: { company: q.company.id },
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
