/** `/company`: a short profile — what it is, its latest valuation, and who it deals with, in each direction. */
import { commandText } from '../i18n/commandText.js';
import { type Catalog, catalog, type Lang } from '../i18n/index.js';
import type { Company, Deal, DealKind, PartyRole } from '../knowledge/schema.js';
import { Citations } from './citations.js';
import { withNotes } from './deal.js';
import { companyName, headlineText, ownShareText } from './dealView.js';
import type { Engine } from './engine.js';
import { dealStatusText, figureValue, formatMonth } from './format.js';
import {
  type Answer,
  type Block,
  type CommandCall,
  call,
  type Inline,
  type Line,
  labelled,
  line,
  toned,
} from './model.js';
import { backingDeals, investedIn, investingDeals } from './money.js';
import { productNote, resolveCompany } from './resolve.js';

const LIST_LIMIT = 6;
const COMPUTE_KINDS = new Set<DealKind>(['compute-contract', 'chip-supply']);

export function companyAnswer(engine: Engine, name: string, lang: Lang = 'en'): Answer {
  const t = catalog(lang);
  const { kb } = engine;
  const resolved = resolveCompany(
    engine,
    name,
    (c) => ({ label: c.name, command: call('company', { name: c.name }) }),
    t,
    'accept',
  );
  if (!resolved.ok) return resolved.answer;
  const company = resolved.company;
  const cites = new Citations(kb);
  const family = kb.familyOf(company.id);
  const say = t.answers;

  const about: Line[] = [labelled(say.companyKind, t.companyKind[company.kind])];
  const highlights: Line[] = [];
  if (company.aliases.length > 0) about.push(labelled(say.alsoCalled, company.aliases.join(', ')));
  if (company.parent) about.push(labelled(say.partOf, companyName(kb, company.parent)));
  const subsidiaries = kb.subsidiariesOf(company.id);
  if (subsidiaries.length > 0)
    about.push(labelled(say.owns, subsidiaries.map((id) => companyName(kb, id)).join(', ')));
  if (company.headquarters) about.push(labelled(say.headquarters, company.headquarters));
  if (company.founded) about.push(labelled(say.founded, String(company.founded)));
  if (company.affiliation) about.push(labelled(say.linkedTo, companyName(kb, company.affiliation)));
  if (company.products.length > 0)
    about.push(labelled(say.products, company.products.map((p) => p.name).join(', ')));

  const valuation = kb.latestValuation(company.id);
  if (valuation) {
    highlights.push(
      labelled(
        say.latestValuation,
        `${figureValue(valuation.figure, t)} ${say.valuationBasis[valuation.figure.basis]}, ${t.date(valuation.date)} (${t.kind[valuation.deal.kind]}, ${valuation.deal.status === 'reported' || valuation.figure.disclosure === 'announced' ? t.status[valuation.deal.status] : `${t.status[valuation.deal.status]}, ${t.disclosure[valuation.figure.disclosure]}`})${
          // Now a headline figure: it says so when only secondary pages carry it, as deal cards do.
          kb.isLowConfidence(valuation.figure) ? ` · ⚠ ${t.figure.lowConfidence}` : ''
        } `,
        ...cites.cite(valuation.figure.sources),
      ),
    );
  }

  const blocks: Block[] = [{ heading: say.about, lines: about }];
  const section = (
    heading: string,
    deals: readonly Deal[],
    counterpart: (d: Deal) => string[],
    more: CommandCall,
    value: (d: Deal) => string | undefined = (d) => headlineText(kb, d, t),
  ) => {
    if (deals.length === 0) return;
    const lines = deals
      .slice(0, LIST_LIMIT)
      .map((d) => summaryLine(engine, d, counterpart(d), value(d), cites, t));
    if (deals.length > LIST_LIMIT)
      lines.push(toned('muted', say.andMore(deals.length - LIST_LIMIT, commandText(more, t))));
    blocks.push({ heading, lines });
  };
  const others = (ids: string[]) => ids.filter((id) => !family.includes(id));
  const withRole = (d: Deal, roles: PartyRole[]) =>
    others(d.parties.filter((p) => roles.includes(p.role)).map((p) => p.company));
  const allDeals = kb.dealsOf(company.id);
  const inRole = (d: Deal, roles: PartyRole[]) =>
    d.parties.some((p) => family.includes(p.company) && roles.includes(p.role));

  section(
    say.backers,
    backingDeals(engine, company),
    (d) => withRole(d, ['investor', 'funder']),
    call('backers', { company: company.name }),
  );
  // A round the company joined through a deal of its own (Amazon's $50B in OpenAI's $122B round) is
  // listed through that deal; any other shared deal shows the company's own share, never the whole.
  const paysAlone = (d: Deal) => kb.payers(d).every((id) => family.includes(id));
  section(
    say.investments,
    investingDeals(engine, company).filter((d) => !kb.partsOf(d.id).some(paysAlone)),
    (d) => others(investedIn(d)),
    call('investments', { company: company.name }),
    (d) => ownShareText(kb, d, family, t),
  );
  section(
    say.suppliers,
    kb.dealsWhere('suppliers', company.id, (d) => COMPUTE_KINDS.has(d.kind) && inRole(d, ['customer'])),
    (d) => withRole(d, ['supplier']),
    call('deal', { company: company.name }),
  );
  section(
    say.customers,
    kb.dealsWhere('customers', company.id, (d) => COMPUTE_KINDS.has(d.kind) && inRole(d, ['supplier'])),
    (d) => withRole(d, ['customer']),
    call('deal', { company: company.name }),
  );
  if (blocks.length === 1 && allDeals.length > 0) {
    section(
      say.deals,
      allDeals,
      (d) => others(d.parties.map((p) => p.company)),
      call('deal', { company: company.name }),
    );
  }

  return {
    status: 'ok',
    title: company.name,
    lead: withNotes(
      [productNote(resolved.match, t)].filter((n): n is string => n !== undefined),
      company.description,
    ),
    highlights: [...highlights, line(say.dealsInKb(allDeals.length))],
    blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
    suggestions: profileSuggestions(
      company,
      company.affiliation ? kb.company(company.affiliation) : undefined,
      t,
    ),
    canonical: { name: company.id },
  };
}

/** "Amazon — up to $25 billion, equity investment, signed, Apr 2026 [3]" */
function summaryLine(
  engine: Engine,
  deal: Deal,
  counterparts: string[],
  value: string | undefined,
  cites: Citations,
  t: Catalog,
): Line {
  const { kb } = engine;
  const names = counterparts.map((id) => companyName(kb, id)).join(', ') || deal.title;
  const parts: Inline[] = [
    `${names} — ${value ? `${value}, ` : ''}${t.kind[deal.kind]}, ${dealStatusText({ ...deal, statusDate: undefined }, t)}, ${formatMonth(deal.date, t)} `,
    ...cites.cite(kb.headlineAmount(deal)?.sources ?? deal.sources, 1),
  ];
  return deal.status === 'superseded' || deal.status === 'stalled' ? { parts, tone: 'muted' } : { parts };
}

function profileSuggestions(
  company: Company,
  affiliation: Company | undefined,
  t: Catalog,
): Answer['suggestions'] {
  // A person's deals are usually their company's.
  if (affiliation && company.kind === 'person')
    return [{ label: affiliation.name, command: call('company', { name: affiliation.name }) }];
  return [
    { label: t.answers.backers, command: call('backers', { company: company.name }) },
    { label: t.answers.investments, command: call('investments', { company: company.name }) },
    { label: t.answers.allDeals, command: call('deal', { company: company.name }) },
  ];
}
