/**
 * Everything a Spanish or Italian reader is shown, by every path that shows it — Discord replies with their
 * controls, the deal card a pick menu opens, the private Sources reply, autocomplete, watch posts and
 * digests, the console's full text — carries no English a translation replaces and no stored date format.
 * A new path that reads the English knowledge base, or a new knowledge field left out of the translation
 * files, fails here whatever its wording.
 */
import { describe, expect, it } from 'vitest';
import {
  changeAnswer,
  digestAnswer,
  settingsAnswer,
  watchAddedAnswer,
  watchListAnswer,
} from '../../src/answers/watch.js';
import { react } from '../../src/discord/react.js';
import { catalog, catalogs } from '../../src/i18n/index.js';
import { renderAnswer } from '../../src/render/discord.js';
import { renderText } from '../../src/render/text.js';
import { changesOf } from '../../src/watch/changes.js';
import { allComponents, plainText } from '../discord/v2.js';
import { realEngine } from '../helpers.js';
import { englishOnly, phrasesIn, replacedEnglish, withoutUrls } from './english.js';

const engine = realEngine();
const { kb } = engine;
const LOCALE = { es: 'es-ES', it: 'it' } as const;

/** The companies in the most deals, and the pairs of companies that share the most deals. */
const companies = [...kb.companies.values()]
  .sort((a, b) => kb.dealsOf(b.id).length - kb.dealsOf(a.id).length || a.id.localeCompare(b.id))
  .slice(0, 20)
  .map((c) => c.id);
const pairs = (() => {
  const count = new Map<string, number>();
  for (const deal of kb.dealList) {
    const ids = [...new Set(deal.parties.map((p) => p.company))].sort();
    for (const [i, a] of ids.entries())
      for (const b of ids.slice(i + 1)) count.set(`${a} ${b}`, (count.get(`${a} ${b}`) ?? 0) + 1);
  }
  return [...count]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, 15)
    .map(([key]) => key.split(' ') as [string, string]);
})();

type Shown = { where: string; text: string };

/** A message's words: its text displays, and the labels, placeholders and options of its controls. */
function messageWords(message: Parameters<typeof plainText>[0]): string {
  const controls = allComponents(message).flatMap((c) => [
    c.label ?? '',
    ...(c.options ?? []).map((o) => o.label),
    ...(c.items ?? []).map((i) => i.description ?? ''),
  ]);
  return [plainText(message), ...controls].join('\n');
}

function shownTo(lang: 'es' | 'it'): Shown[] {
  const locale = LOCALE[lang];
  const t = catalog(lang);
  const out: Shown[] = [];
  const command = (name: string, options: Record<string, string>) => {
    const where = `/${name} ${Object.values(options).join(' ')}`;
    const reaction = react(engine, {
      kind: 'command',
      command: name,
      options: new Map(Object.entries(options)),
      locale,
    });
    if (reaction.type !== 'reply') throw new Error(`${where}: expected a reply`);
    out.push({ where, text: messageWords(reaction.message) });
    for (const c of allComponents(reaction.message)) {
      if (!c.custom_id) continue;
      // The deal card behind the first entry of a pick menu, and the private list of the page's sources.
      const values = c.options?.[0] ? [c.options[0].value] : [];
      if (c.options && values.length === 0) continue;
      if (!c.options && !c.custom_id.startsWith('s:')) continue;
      const followed = react(engine, { kind: 'component', customId: c.custom_id, values, locale });
      const messages =
        followed.type === 'update-then-follow-up'
          ? [followed.update, followed.followUp]
          : followed.type === 'autocomplete'
            ? []
            : [followed.message];
      for (const m of messages)
        out.push({ where: `${where} → ${c.custom_id.slice(0, 2)}`, text: messageWords(m) });
    }
  };
  for (const id of companies) {
    for (const name of ['deal', 'backers', 'investments', 'sources', 'timeline'])
      command(name, { company: id });
    command('company', { name: id });
  }
  for (const [a, b] of pairs) {
    command('deal', { company: a, with: b });
    command('sources', { company: a, with: b });
  }
  for (const name of ['top', 'latest', 'loops']) command(name, {});
  // Autocomplete: company labels, and deals offered by their titles.
  for (const [name, focused] of [
    ['sources', { name: 'deal', value: 'openai' }],
    ['sources', { name: 'deal', value: 'anthropic' }],
    ['deal', { name: 'company', value: 'aws' }],
  ] as const) {
    const reaction = react(engine, { kind: 'autocomplete', command: name, focused, locale });
    if (reaction.type !== 'autocomplete') throw new Error('expected choices');
    out.push({
      where: `autocomplete ${focused.value}`,
      text: reaction.choices.map((c) => c.name).join('\n'),
    });
  }
  // Watch posts for the newest changes, one by one and as a digest, and the same as console text.
  const changes = changesOf(kb).slice(-25);
  for (const change of changes) {
    const post = changeAnswer(kb, change, { company: change.deal.parties[0]!.company }, lang);
    out.push({
      where: `watch post ${change.key}`,
      text: messageWords(renderAnswer(post, { t, page: 0, ephemeral: false, ids: NONE })),
    });
  }
  // The replies to /watch and /settings, and /help's lines about them.
  const watches = [
    { company: 'openai', kind: 'acquisition', minUsd: 1e9, status: 'closed' },
    { company: 'nvidia' },
  ].map((filter, i) => ({
    ...filter,
    id: `w${i}`,
    guildId: 'g',
    channelId: i === 0 ? 'c' : 'd',
    userId: 'u',
    target: 'c',
    createdAt: '2026-07-01',
    ...(i === 1 && { pausedAt: '2026-07-02' }),
  }));
  for (const answer of [
    watchAddedAnswer(kb, watches[0]!, 2, lang),
    watchListAnswer(kb, { channelId: 'c', watches, channelName: () => 'news' }, lang),
    settingsAnswer(kb, { guildId: 'g', lang: null, privateAnswers: true, pictures: false }, true, lang),
  ])
    out.push({ where: `watch reply ${answer.title}`, text: renderText(answer, t, { full: true }) });
  command('help', {});
  const digest = digestAnswer(kb, changes, lang);
  out.push({
    where: 'watch digest',
    text: renderText(digest, t, { full: true, width: Number.POSITIVE_INFINITY }),
  });
  return out;
}

const NONE = { page: () => undefined, sources: () => undefined, card: undefined };

/** Source titles are the cited pages' own words, in their own language: taken out before looking. */
const titles = [...new Set([...kb.sources.values()].flatMap((s) => (s.title ? [s.title] : [])))].sort(
  (a, b) => b.length - a.length,
);
const withoutTitles = (text: string) => titles.reduce((rest, title) => rest.split(title).join(' '), text);

describe('no English reaches a Spanish or Italian reader, by any path', () => {
  for (const lang of ['es', 'it'] as const) {
    const shown = shownTo(lang).map((s) => ({ ...s, text: withoutTitles(withoutUrls(s.text)) }));

    it(`covers the paths it claims to (${lang})`, () => {
      for (const path of [
        '→ c:',
        '→ s:',
        'autocomplete',
        'watch post',
        'watch digest',
        'watch reply',
        '/help',
      ])
        expect(shown.some((s) => s.where.includes(path))).toBe(true);
      // Translated knowledge text is there to be seen: a label, a relayed report, a chip family.
      const all = shown.map((s) => s.text).join('\n');
      const view = kb.inLanguage(lang);
      expect(all).toContain(view.deals.get('amazon-openai-equity-2026-02')!.title);
      expect(all).toContain(catalogs[lang].render.pageLanguage('en'));
    });

    it(`shows none of the English knowledge text that ${lang} replaces`, () => {
      const found = phrasesIn(
        shown.map((s) => s.text),
        replacedEnglish(kb, lang),
      );
      expect(
        found.map(
          (phrase) => `${phrase} (${shown.find((s) => phrasesIn([s.text], [phrase]).length)?.where})`,
        ),
      ).toEqual([]);
    });

    it(`shows none of the catalog's English wording (${lang})`, () => {
      expect(
        phrasesIn(
          shown.map((s) => s.text),
          englishOnly(catalogs.en, catalogs[lang]),
        ),
      ).toEqual([]);
    });

    it(`writes every usage line's placeholders in the reader's words (${lang})`, () => {
      // Command and option names may stay English (/watch is registered so); what goes in them is the reader's.
      const placeholders = (text: string) => new Set([...text.matchAll(/<([^<>\n]+)>/g)].map((m) => m[1]!));
      const help = react(engine, { kind: 'command', command: 'help', options: new Map() });
      if (help.type !== 'reply') throw new Error('expected /help to reply');
      const english = placeholders(messageWords(help.message));
      expect(english.size).toBeGreaterThan(5);
      const left = shown.flatMap((s) =>
        [...placeholders(s.text)].filter((p) => english.has(p)).map((p) => `<${p}> (${s.where})`),
      );
      expect(left).toEqual([]);
    });

    it(`writes dates in the reader's words, never as stored (${lang})`, () => {
      // Deal autocomplete labels keep their "· 2026-04" month (src/search), so they are left out here.
      const stored = shown
        .filter((s) => !s.where.startsWith('autocomplete'))
        .flatMap((s) =>
          [...s.text.matchAll(/(?<![\d-])\d{4}-\d{2}(?:-\d{2})?(?![\d-])/g)].map(
            (m) => `${m[0]} (${s.where})`,
          ),
        );
      expect(stored.slice(0, 5)).toEqual([]);
    });
  }
});
