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
): Resolved {
  const resolution = engine.resolver.resolve(query);
  if (resolution.status === 'found')
    return { ok: true, company: resolution.match.company, match: resolution.match };
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
  if (match.kind === 'alias' || (match.matched !== name && match.kind !== 'id')) {
    return `${name} (${match.kind === 'typo' ? t.answers.closeTo : t.answers.alias} "${match.matched}")`;
  }
  return name;
}

/** Shows user input safely inside a sentence: trimmed, bounded, quoted. */
export function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `“${clean.length > 60 ? `${clean.slice(0, 59)}…` : clean}”`;
}
