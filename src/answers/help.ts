/** `/help`: what the bot can answer, with usage written in the reader's language, as they would type it. */
import type { Catalog, CommandName } from '../i18n/index.js';
import type { Engine } from './engine.js';
import { type Answer, labelled, line } from './model.js';

/** The commands help explains, with their options in order; `true` marks a required one. */
const USAGE: readonly [CommandName, keyof Catalog['help'], readonly [string, boolean][]][] = [
  [
    'deal',
    'deal',
    [
      ['company', true],
      ['with', false],
    ],
  ],
  ['backers', 'backers', [['company', true]]],
  ['investments', 'investments', [['company', true]]],
  ['company', 'company', [['name', true]]],
  [
    'sources',
    'sources',
    [
      ['company', false],
      ['with', false],
      ['deal', false],
    ],
  ],
  [
    'top',
    'top',
    [
      ['kind', false],
      ['year', false],
    ],
  ],
  ['latest', 'latest', [['since', false]]],
  ['ask', 'ask', [['question', true]]],
];

/** "/acuerdo empresa:<empresa> [con:<con>]" */
export function usage(name: CommandName, options: readonly [string, boolean][], t: Catalog): string {
  const text = t.commands[name];
  const parts = options.map(([option, required]) => {
    const local = text.options[option]?.name ?? option;
    return required ? `${local}:<${local}>` : `[${local}:<${local}>]`;
  });
  return [`/${text.name}`, ...parts].join(' ');
}

export function helpAnswer(engine: Engine, t: Catalog): Answer {
  const { kb } = engine;
  const { help, watch } = t;
  const slash = (name: CommandName) => `/${t.commands[name].name}`;
  return {
    status: 'ok',
    title: help.title,
    lead: line(help.lead(kb.deals.size, kb.companies.size)),
    blocks: [
      {
        heading: help.commands,
        lines: [
          ...USAGE.map(([name, key, options]) => labelled(usage(name, options, t), String(help[key]))),
          line(help.pictures(slash('graph'), slash('loops'), slash('timeline'))),
          labelled('/watch add company:<name> min:<amount>', watch.helpWatch),
          labelled('/settings language:<language> private:<yes/no>', watch.helpSettings),
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
