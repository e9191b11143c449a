/** `/company`: a short profile — what it is, its latest valuation, and who it deals with, in each direction. */
import type { Company, Deal, DealKind, PartyRole } from '../knowledge/schema.js';
import { Citations } from './citations.js';
import { companyName, headlineText } from './dealView.js';
import type { Engine } from './engine.js';
import { figureValue, formatDate, formatMonth, KIND_WORDS, STATUS_WORDS } from './format.js';
import { type Answer, type Block, type Inline, type Line, labelled, line, toned } from './model.js';
import { backingDeals, investingDeals } from './money.js';
import { resolveCompany } from './resolve.js';

const LIST_LIMIT = 6;
const COMPUTE_KINDS = new Set<DealKind>(['compute-contract', 'chip-supply']);

export function companyAnswer(engine: Engine, name: string): Answer {
  const { kb } = engine;
  const resolved = resolveCompany(engine, name, (c) => ({
    label: c.name,
    command: `/company name:${c.name}`,
  }));
  if (!resolved.ok) return resolved.answer;
  const company = resolved.company;
  const cites = new Citations(kb);
  const family = kb.familyOf(company.id);

  const about: Line[] = [line(company.description)];
  about.push(labelled('Kind', company.kind.replace(/-/g, ' ')));
  if (company.aliases.length > 0) about.push(labelled('Also called', company.aliases.join(', ')));
  if (company.parent) about.push(labelled('Part of', companyName(kb, company.parent)));
  const subsidiaries = kb.subsidiariesOf(company.id);
  if (subsidiaries.length > 0)
    about.push(labelled('Owns', subsidiaries.map((id) => companyName(kb, id)).join(', ')));
  if (company.headquarters) about.push(labelled('Headquarters', company.headquarters));
  if (company.founded) about.push(labelled('Founded', String(company.founded)));

  const valuation = kb.latestValuation(company.id);
  if (valuation) {
    const basis = valuation.figure.basis === 'implied' ? 'implied' : `${valuation.figure.basis}-money`;
    about.push(
      labelled(
        'Latest valuation',
        `${figureValue(valuation.figure)} ${basis}, ${formatDate(valuation.deal.date)} (${valuation.deal.id}, ${STATUS_WORDS[valuation.deal.status]}) `,
        ...cites.cite(valuation.figure.sources),
      ),
    );
  }

  const blocks: Block[] = [{ heading: 'About', lines: about }];
  const section = (heading: string, deals: Deal[], counterpart: (d: Deal) => string[], more: string) => {
    if (deals.length === 0) return;
    const lines = deals.slice(0, LIST_LIMIT).map((d) => summaryLine(engine, d, counterpart(d), cites));
    if (deals.length > LIST_LIMIT)
      lines.push(toned('muted', `…and ${deals.length - LIST_LIMIT} more: ${more}`));
    blocks.push({ heading, lines });
  };
  const others = (ids: string[]) => ids.filter((id) => !family.includes(id));
  const withRole = (d: Deal, roles: PartyRole[]) =>
    others(d.parties.filter((p) => roles.includes(p.role)).map((p) => p.company));
  const allDeals = kb.dealsOf(company.id);
  const inRole = (d: Deal, roles: PartyRole[]) =>
    d.parties.some((p) => family.includes(p.company) && roles.includes(p.role));

  section(
    'Backers',
    backingDeals(engine, company),
    (d) => withRole(d, ['investor', 'funder']),
    `/backers company:${company.name}`,
  );
  section(
    'Investments',
    investingDeals(engine, company),
    (d) => others(kb.payees(d)),
    `/investments company:${company.name}`,
  );
  section(
    'Compute and chip suppliers',
    allDeals.filter((d) => COMPUTE_KINDS.has(d.kind) && inRole(d, ['customer'])),
    (d) => withRole(d, ['supplier']),
    `/deal company:${company.name}`,
  );
  section(
    'Compute and chip customers',
    allDeals.filter((d) => COMPUTE_KINDS.has(d.kind) && inRole(d, ['supplier'])),
    (d) => withRole(d, ['customer']),
    `/deal company:${company.name}`,
  );
  if (blocks.length === 1 && allDeals.length > 0) {
    section(
      'Deals',
      allDeals,
      (d) => others(d.parties.map((p) => p.company)),
      `/deal company:${company.name}`,
    );
  }

  return {
    status: 'ok',
    title: company.name,
    lead: line(`${allDeals.length} deal${allDeals.length === 1 ? '' : 's'} in the knowledge base.`),
    blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
    suggestions: profileSuggestions(company),
    canonical: { name: company.id },
  };
}

/** "Amazon — up to $25 billion, equity investment, signed, Apr 2026 [3]" */
function summaryLine(engine: Engine, deal: Deal, counterparts: string[], cites: Citations): Line {
  const { kb } = engine;
  const names = counterparts.map((id) => companyName(kb, id)).join(', ') || deal.title;
  const value = headlineText(kb, deal);
  const parts: Inline[] = [
    `${names} — ${value ? `${value}, ` : ''}${KIND_WORDS[deal.kind]}, ${STATUS_WORDS[deal.status]}, ${formatMonth(deal.date)} `,
    ...cites.cite(kb.headlineAmount(deal)?.sources ?? deal.sources, 1),
  ];
  return deal.status === 'superseded' || deal.status === 'stalled' ? { parts, tone: 'muted' } : { parts };
}

function profileSuggestions(company: Company): Answer['suggestions'] {
  return [
    { label: 'Backers', command: `/backers company:${company.name}` },
    { label: 'Investments', command: `/investments company:${company.name}` },
    { label: 'All deals', command: `/deal company:${company.name}` },
  ];
}
