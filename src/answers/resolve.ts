/** Turns a typed name into a company, or into an answer that explains what went wrong and what would work. */
import { type Catalog, catalog } from '../i18n/index.js';
import type { Company } from '../knowledge/schema.js';
import type { Match } from '../search/resolver.js';
import type { Engine } from './engine.js';
import { type Answer, line, type Suggestion } from './model.js';

/** Builds the command that would rerun the question with another company. */
export type Retry = (company: Company) => Suggestion;

export type Resolved = { ok: true; company: Company; match: Match } | { ok: false; answer: Answer };

export function resolveCompany(
  engine: Engine,
  query: string,
  retry: Retry,
  t: Catalog = catalog('en'),
  /** A profile may show a person; a question about deals is redirected to their company. */
  people: 'redirect' | 'accept' = 'redirect',
): Resolved {
  const resolution = engine.resolver.resolve(query);
  if (resolution.status === 'found') {
    const { company } = resolution.match;
    const affiliation = company.affiliation ? engine.kb.company(company.affiliation) : undefined;
    // A person with no deal of their own is not an answer: offer the company they are linked to.
    const noDeals = engine.kb.dealsOf(company.id).length === 0;
    if (people === 'redirect' && company.kind === 'person' && affiliation && noDeals) {
      return {
        ok: false,
        answer: {
          status: 'invalid',
          title: company.name,
          lead: line(t.answers.personNotCompany(company.name, affiliation.name)),
          blocks: [],
          citations: [],
          asOf: engine.kb.meta.asOf,
          suggestions: [{ ...retry(affiliation), value: affiliation.id }],
        },
      };
    }
    return { ok: true, company, match: resolution.match };
  }
  const shown = quote(query);
  const candidates = resolution.status === 'ambiguous' ? resolution.candidates : resolution.suggestions;
  const suggestions = candidates.slice(0, 5).map((m) => ({ ...retry(m.company), value: m.company.id }));
  return {
    ok: false,
    answer: {
      status: resolution.status,
      title:
        resolution.status === 'ambiguous' ? t.answers.severalCompanies(shown) : t.answers.noCompany(shown),
      lead:
        candidates.length > 0
          ? line(
              t.answers.didYouMean(
                candidates
                  .slice(0, 5)
                  .map((m) => describeMatch(m, t))
                  .join(', '),
              ),
            )
          : line(t.answers.tryName),
      blocks: [],
      citations: [],
      asOf: engine.kb.meta.asOf,
      suggestions,
    },
  };
}

/** "Amazon Web Services (alias AWS)" — why a candidate matched, for menus and messages. */
export function describeMatch(match: Match, t: Catalog = catalog('en')): string {
  const name = match.company.name;
  if (match.product) return `${name} (${t.productKind[match.product.kind]} "${match.matched}")`;
  if (match.kind === 'alias' || (match.matched !== name && match.kind !== 'id')) {
    return `${name} (${match.kind === 'typo' ? t.answers.closeTo : t.answers.alias} "${match.matched}")`;
  }
  return name;
}

/** "Trainium is a chip of AWS.": said first when a product's name, not the company's, was typed. */
export function productNote(match: Match, t: Catalog): string | undefined {
  return match.product
    ? t.answers.productOf(match.product.name, t.productKind[match.product.kind], match.company.name)
    : undefined;
}

/** Shows user input safely inside a sentence: trimmed, bounded, quoted. */
export function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `“${clean.length > 60 ? `${clean.slice(0, 59)}…` : clean}”`;
}
