/** `/help`: what the bot can answer, with usage written in the reader's language, as they would type it. */

import { commandText } from '../i18n/commandText.js';
import type { Catalog, CommandName } from '../i18n/index.js';
import type { Engine } from './engine.js';
import { type Answer, call, labelled, line } from './model.js';

/** The commands help explains in a line of their own, in this order. */
export const EXPLAINED = [
  'deal',
  'backers',
  'investments',
  'company',
  'sources',
  'top',
  'latest',
  'ask',
] as const;
export type ExplainedCommand = (typeof EXPLAINED)[number];

/**
 * `usage`: how each explained command is typed, in the reader's language, written from the command
 * definitions by the caller (answers know no command modules).
 */
export function helpAnswer(engine: Engine, t: Catalog, usage: (name: ExplainedCommand) => string): Answer {
  const { kb } = engine;
  const { help, watch } = t;
  const slash = (name: CommandName) => commandText(call(name), t);
  return {
    status: 'ok',
    title: help.title,
    lead: line(help.lead(kb.deals.size, kb.companies.size)),
    blocks: [
      {
        heading: help.commands,
        lines: [
          ...EXPLAINED.map((name) => labelled(usage(name), help[name])),
          line(help.pictures(slash('graph'), slash('loops'), slash('timeline'))),
          labelled(watch.helpWatchUsage, watch.helpWatch),
          labelled(watch.helpSettingsUsage, watch.helpSettings),
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
