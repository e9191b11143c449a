/** `/sources`: every source behind a deal's figures, best tier first — publisher, title, date, language, link. */
import type { Deal } from '../knowledge/schema.js';
import { compactName } from '../text/normalize.js';
import { Citations } from './citations.js';
import { findDeals } from './deal.js';
import { directionText } from './dealView.js';
import type { Engine } from './engine.js';
import { figureLabel, figureValue, formatDate } from './format.js';
import { type Answer, type Block, labelled, line } from './model.js';
import { quote } from './resolve.js';

export interface SourcesQuery {
  deal?: string | undefined;
  company?: string | undefined;
  with?: string | undefined;
}

export function sourcesAnswer(engine: Engine, query: SourcesQuery): Answer {
  const { kb } = engine;
  if (query.deal) {
    const deal = kb.deals.get(query.deal.trim().toLowerCase());
    if (deal)
      return { ...answerFor(engine, `Sources for ${deal.title}`, [deal]), canonical: { deal: deal.id } };
    const key = compactName(query.deal);
    const near = kb.dealList.filter(
      (d) => compactName(d.id).includes(key) || compactName(d.title).includes(key),
    );
    return {
      status: 'not-found',
      title: `No deal with the id ${quote(query.deal)}`,
      lead: line(
        near.length > 0
          ? `Deals whose id or title contains it: ${near
              .slice(0, 5)
              .map((d) => d.id)
              .join(', ')}.`
          : 'Deal ids appear in every /deal answer; or ask `/sources company:<name> with:<name>`.',
      ),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: near.slice(0, 5).map((d) => ({ label: d.title, command: `/sources deal:${d.id}` })),
    };
  }
  if (!query.company) {
    return {
      status: 'invalid',
      title: 'Which sources?',
      lead: line(
        'Give a deal id (`/sources deal:openai-aws-compute-2025-11`) or companies (`/sources company:AWS with:OpenAI`).',
      ),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
    };
  }
  const found = findDeals(engine, { company: query.company, with: query.with }, '/sources');
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
    ...answerFor(engine, found.title.replace(/^Deals/, 'Sources for deals'), found.deals),
    canonical: found.canonical,
  };
}

function answerFor(engine: Engine, title: string, deals: readonly Deal[]): Answer {
  const { kb } = engine;
  const cites = new Citations(kb);
  const blocks: Block[] = deals.map((deal) => ({
    heading: deal.title,
    badge: `${directionText(kb, deal)} · ${formatDate(deal.date)} · ${deal.id}`,
    lines: [
      ...deal.figures.map((f) =>
        labelled(
          `${figureLabel(f, (id) => kb.company(id)?.name ?? id)} ${figureValue(f)}`,
          ...cites.cite(f.sources, Number.POSITIVE_INFINITY),
        ),
      ),
      labelled('Deal and status', ...cites.cite(deal.sources, Number.POSITIVE_INFINITY)),
    ],
  }));
  const n = cites.list().length;
  return {
    status: 'ok',
    title,
    lead: line(
      `${n} source${n === 1 ? '' : 's'}, best tier first (primary, major outlet, trade press, aggregator).`,
    ),
    blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
  };
}
