/** `/help`: what the bot can answer, with examples that work as typed. */
import type { Engine } from './engine.js';
import { type Answer, labelled, line } from './model.js';

export function helpAnswer(engine: Engine): Answer {
  const { kb } = engine;
  return {
    status: 'ok',
    title: 'AI deals bot — help',
    lead: line(
      `Answers about AI-industry deals from a curated knowledge base of ${kb.deals.size} deals between ${kb.companies.size} companies, every figure with its qualifier, status, date and source.`,
    ),
    blocks: [
      {
        heading: 'Commands',
        lines: [
          labelled(
            '/deal company:<name> with:<name>',
            'every deal between two companies, both directions (`with` optional)',
          ),
          labelled('/backers company:<name>', 'who invested, how much, when and on what terms'),
          labelled('/investments company:<name>', 'where it put money'),
          labelled('/company name:<name>', 'profile: valuation, backers, investments, suppliers, customers'),
          labelled(
            '/sources company:<name> with:<name>',
            'every source behind the figures (or `deal:<deal id>`)',
          ),
          labelled('/top kind:<kind> year:<year>', 'the largest deals (both optional)'),
        ],
      },
      {
        heading: 'How to read a figure',
        lines: [
          line('"up to", "at least", "more than" and "about" are kept as the sources give them.'),
          line(
            '"reported" means a press report the parties have not confirmed; statuses say whether a deal is in talks, a letter of intent, signed, closed, stalled or superseded.',
          ),
          line('Totals never add a superseded deal, a stalled one, or a part of a larger deal twice.'),
        ],
      },
    ],
    citations: [],
    asOf: kb.meta.asOf,
  };
}
