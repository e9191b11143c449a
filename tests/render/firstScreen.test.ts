/**
 * What a reader sees first, on Discord and in the console: the key figures in the first five lines, no record
 * id or curator's note anywhere, and in Spanish or Italian no English left over from the code.
 */
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Answer } from '../../src/answers/model.js';
import { askAnswer } from '../../src/ask/answer.js';
import { optionReader } from '../../src/commands/command.js';
import { react } from '../../src/discord/react.js';
import { catalog, catalogs, type Lang } from '../../src/i18n/index.js';
import { renderText } from '../../src/render/text.js';
import { plainText } from '../discord/v2.js';
import { realEngine } from '../helpers.js';
import { englishOnly, phrasesIn, replacedEnglish, withoutUrls } from './english.js';

const engine = realEngine();
const { kb } = engine;

function run(name: string, options: Record<string, string>, lang: Lang = 'en'): Answer {
  const command = commands.find((c) => c.data.name === name)!;
  return command.execute({ engine, options: optionReader(new Map(Object.entries(options))), lang });
}

/** The first five lines of the console's short answer and of the Discord message, title excluded. */
function firstLines(name: string, options: Record<string, string>): { console: string; discord: string } {
  const shown = renderText(run(name, options), catalog('en')).split('\n').slice(2, 7).join('\n');
  const reaction = react(engine, {
    kind: 'command',
    command: name,
    options: new Map(Object.entries(options)),
  });
  if (reaction.type !== 'reply') throw new Error('expected a reply');
  const discord = plainText(reaction.message).split('\n').slice(1, 6).join('\n');
  return { console: shown, discord };
}

describe('the first screen answers the question', () => {
  it('/deal Amazon OpenAI: both directions of money', () => {
    for (const where of Object.values(firstLines('deal', { company: 'Amazon', with: 'OpenAI' }))) {
      expect(where).toContain('Amazon → OpenAI: announced: $50 billion');
      expect(where).toContain('OpenAI → Amazon: announced: $138 billion');
    }
  });

  it('/backers Anthropic: the totals, like with like', () => {
    for (const where of Object.values(firstLines('backers', { company: 'Anthropic' }))) {
      expect(where).toMatch(/Totals: announced: \$65 billion \+ /);
      expect(where).toContain('reported, not confirmed: ');
    }
  });

  it('/company OpenAI: what it is and its latest valuation', () => {
    for (const where of Object.values(firstLines('company', { name: 'OpenAI' }))) {
      expect(where).toContain('Latest valuation: $852 billion post-money');
      // The $852 billion rests on secondary pages only, and the headline says so.
      expect(where.replace(/\n +/g, ' ')).toMatch(
        /Latest valuation: \$852 billion post-money[^\n]*low-confidence sources/,
      );
    }
  });

  it('/ask: a yes/no question is answered in its first line', () => {
    const { answer, lang } = askAnswer(engine, 'did amazon invest in openai?');
    const shown = renderText(answer, catalog(lang)).split('\n').slice(2, 7).join('\n');
    expect(shown).toMatch(/^Yes/m);
    expect(shown).toContain('$50 billion');
  });
});

/** Every answer a reader can get about every company, in a language, as Discord and the console write it. */
const everyTextCache = new Map<Lang, string[]>();
function everyText(lang: Lang): string[] {
  const cached = everyTextCache.get(lang);
  if (cached) return cached;
  const out: string[] = [];
  everyTextCache.set(lang, out);
  const t = catalog(lang);
  for (const company of kb.companies.values()) {
    for (const [name, option] of [
      ['deal', 'company'],
      ['backers', 'company'],
      ['investments', 'company'],
      ['company', 'name'],
    ] as const) {
      const answer = run(name, { [option]: company.id }, lang);
      // Sources keep their pages' own titles, in the pages' language: they are left out here.
      out.push(renderText({ ...answer, citations: [] }, t, { full: true, width: Number.POSITIVE_INFINITY }));
    }
  }
  for (const name of ['top', 'latest', 'help'])
    out.push(renderText({ ...run(name, {}, lang), citations: [] }, t, { full: true }));
  return out;
}

describe('what reaches users', () => {
  for (const lang of ['en', 'es', 'it'] as const) {
    it(`never shows a record id or a curator's note (${lang})`, () => {
      const texts = everyText(lang).map(withoutUrls);
      const ids = [...kb.deals.keys()];
      const notes = [...kb.deals.values()].flatMap((d) => (d.curatorNote ? [d.curatorNote] : []));
      const leaks = texts.flatMap((text) => [
        ...ids.filter((id) => text.includes(id)),
        ...notes.filter((note) => text.includes(note.slice(0, 60))),
      ]);
      expect([...new Set(leaks)]).toEqual([]);
    });
  }

  for (const lang of ['es', 'it'] as const) {
    it(`has no English from the code in ${lang} answers`, () => {
      const english = englishOnly(catalogs.en, catalogs[lang]);
      expect(english.length).toBeGreaterThan(40);
      const found = new Set<string>();
      for (const text of everyText(lang)) {
        for (const phrase of english)
          if (new RegExp(`(?<![\\p{L}-])${phrase}(?![\\p{L}])`, 'u').test(text)) found.add(phrase);
      }
      expect([...found]).toEqual([]);
    });
  }
});

describe('knowledge text in es and it answers', () => {
  for (const lang of ['es', 'it'] as const)
    it(`shows none of the English that ${lang} translations replace, figure labels and chips included (${lang})`, () => {
      const english = replacedEnglish(kb, lang);
      // Every labelled figure is among them: the check covers labels, not only long text.
      expect(english).toEqual(
        expect.arrayContaining([
          'per month',
          'upfront',
          'conditional',
          'Trainium2 to Trainium4, plus Graviton CPUs',
        ]),
      );
      expect(phrasesIn(everyText(lang).map(withoutUrls), english)).toEqual([]);
    });
});
