/** `/help`: what the bot can answer, with examples that work as typed. */
import { catalog, type Lang } from '../i18n/index.js';
import type { Engine } from './engine.js';
import { type Answer, labelled, line } from './model.js';

export function helpAnswer(engine: Engine, lang: Lang = 'en'): Answer {
  const { kb } = engine;
  const { help, watch } = catalog(lang);
  return {
    status: 'ok',
    title: help.title,
    lead: line(help.lead(kb.deals.size, kb.companies.size)),
    blocks: [
      {
        heading: help.commands,
        lines: [
          labelled('/deal company:<name> with:<name>', help.deal),
          labelled('/backers company:<name>', help.backers),
          labelled('/investments company:<name>', help.investments),
          labelled('/company name:<name>', help.company),
          labelled('/sources company:<name> with:<name>', help.sources),
          labelled('/top kind:<kind> year:<year>', help.top),
          labelled('/latest since:<date>', help.latest),
          labelled('/ask question:<question>', help.ask),
          labelled('/watch add company:<name> min:<amount>', watch.helpWatch),
          labelled('/settings language:<language> private:<yes/no>', watch.helpSettings),
          line(help.pictures),
        ],
      },
      {
        heading: help.reading,
        lines: [line(help.readQualifiers), line(help.readStatuses), line(help.readTotals)],
      },
    ],
    citations: [],
    asOf: kb.meta.asOf,
  };
}
