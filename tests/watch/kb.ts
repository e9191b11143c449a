/** Knowledge edits for watch tests: a scratch copy of the fixture knowledge base gaining deals and steps. */
import { createEngine, type Engine } from '../../src/answers/engine.js';
import { loadKnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { scratchKnowledge } from '../helpers.js';

export interface NewDeal {
  id: string;
  buyer?: string;
  target?: string;
  usd?: number;
  status?: string;
  date?: string;
}

/** A deal's title in the tests: its id with spaces, "alpha-buys-beta" → "alpha buys beta deal". */
export const titleOf = (id: string) => `${id.replace(/-/g, ' ')} deal`;

export function watchKnowledge() {
  const kb = scratchKnowledge();
  // A primary page dated after every step the tests add (the checks refuse a page older than its step).
  kb.edit('sources/sources.json', (json) => {
    json.sources.push({
      id: 'watch-primary',
      url: 'https://example.com/alpha-news',
      publisher: 'Alpha',
      title: 'Alpha news',
      date: '2026-02-28',
      language: 'en',
      tier: 'primary',
    });
  });
  let version = 0;
  const bump = () =>
    kb.edit('meta.json', (json) => {
      json.version = `test-${++version}`;
    });
  return {
    dir: kb.dir,
    engine: (): Engine => createEngine(loadKnowledgeBase(kb.dir)),
    /** Adds deals (an acquisition of `target` by `buyer`, alpha of beta-ai by default). */
    addDeals(...deals: NewDeal[]) {
      kb.edit('deals/deals.json', (json) => {
        for (const d of deals)
          json.deals.push({
            id: d.id,
            kind: 'acquisition',
            // Hyphen-free: Discord markdown escapes hyphens, and tests compare titles as rendered.
            title: titleOf(d.id),
            parties: [
              { company: d.buyer ?? 'alpha', role: 'acquirer' },
              { company: d.target ?? 'beta-ai', role: 'target' },
            ],
            history: [
              { status: d.status ?? 'announced', date: d.date ?? '2026-02-20', sources: ['watch-primary'] },
            ],
            figures:
              d.usd === undefined
                ? []
                : [{ kind: 'amount', amount: d.usd, disclosure: 'announced', sources: ['watch-primary'] }],
            summary: `Summary of ${d.id}.`,
            sources: ['watch-primary'],
          });
      });
      bump();
    },
    /** Adds a status step to a deal's history. */
    addStep(dealId: string, status: string, date: string) {
      kb.edit('deals/deals.json', (json) => {
        const deal = json.deals.find((x: { id: string }) => x.id === dealId);
        deal.history.push({ status, date, sources: ['watch-primary'] });
      });
      bump();
    },
  };
}
