/** `/sources`: every source behind a deal's figures, best tier first — publisher, title, date, language, link. */
import { type Catalog, catalog, type Lang } from '../i18n/index.js';
import type { Deal } from '../knowledge/schema.js';
import { compactName } from '../text/normalize.js';
import { Citations } from './citations.js';
import { findDeals } from './deal.js';
import { directionText } from './dealView.js';
import type { Engine } from './engine.js';
import { figureLabel, figureValue } from './format.js';
import { type Answer, type Block, call, labelled, line } from './model.js';
import { quote } from './resolve.js';

export interface SourcesQuery {
  deal?: string | undefined;
  company?: string | undefined;
  with?: string | undefined;
}

export function sourcesAnswer(engine: Engine, query: SourcesQuery, lang: Lang = 'en'): Answer {
  const t = catalog(lang);
  const { kb } = engine;
  if (query.deal) {
    const deal = kb.deals.get(query.deal.trim().toLowerCase());
    if (deal)
      return {
        ...answerFor(engine, t.answers.sourcesFor(deal.title), [deal], t),
        canonical: { deal: deal.id },
      };
    const key = compactName(query.deal);
    const near = kb.dealList.filter(
      (d) => compactName(d.id).includes(key) || compactName(d.title).includes(key),
    );
    return {
      status: 'not-found',
      title: t.answers.noDealId(quote(query.deal)),
      lead: line(
        near.length > 0
          ? t.answers.nearDealIds(
              near
                .slice(0, 5)
                .map((d) => d.id)
                .join(', '),
            )
          : t.answers.dealIdHint,
      ),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: near
        .slice(0, 5)
        .map((d) => ({ label: d.title, command: call('sources', { deal: d.id }) })),
    };
  }
  if (!query.company) {
    return {
      status: 'invalid',
      title: t.answers.whichSources,
      lead: line(t.answers.whichSourcesLead),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
    };
  }
  const found = findDeals(engine, { company: query.company, with: query.with }, 'sources', t);
  if (!found.ok) return found.answer;
  if (found.deals.length === 0) {
    return {
      status: 'empty',
      title: found.title,
      lead: line(found.empty),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: found.suggestions,
    };
  }
  return {
    ...answerFor(engine, t.answers.sourcesForDeals(found.title), found.deals, t),
    canonical: found.canonical,
  };
}

function answerFor(engine: Engine, title: string, deals: readonly Deal[], t: Catalog): Answer {
  const { kb } = engine;
  const cites = new Citations(kb);
  const blocks: Block[] = deals.map((deal) => ({
    heading: deal.title,
    badge: `${directionText(kb, deal, t)} · ${t.date(deal.date)} · ${deal.id}`,
    lines: [
      ...deal.figures.map((f) =>
        labelled(
          `${figureLabel(f, (id) => kb.company(id)?.name ?? id, t)} ${figureValue(f, t)}`,
          ...cites.cite(f.sources, Number.POSITIVE_INFINITY),
        ),
      ),
      labelled(t.answers.dealAndStatus, ...cites.cite(deal.sources, Number.POSITIVE_INFINITY)),
    ],
  }));
  return {
    status: 'ok',
    title,
    lead: line(t.answers.sourcesCount(cites.list().length)),
    blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
  };
}
