/**
 * What "English left in a Spanish or Italian answer" means, for the tests that look for it: the English
 * knowledge text a translation replaces, and the catalog's fixed English wording.
 */
import type { Catalog } from '../../src/i18n/index.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { figureChip, figureLabel } from '../../src/knowledge/translations.js';

/**
 * Every English text of the knowledge base that `lang`'s view shows differently: deal titles, summaries,
 * caveats, figure labels, chip families and notes, step notes, company descriptions, what cited pages carry.
 */
export function replacedEnglish(kb: KnowledgeBase, lang: 'es' | 'it'): string[] {
  const view = kb.inLanguage(lang);
  const out = new Set<string>();
  const keep = (english: string | undefined, translated: string | undefined) => {
    if (english && translated !== english) out.add(english);
  };
  for (const english of kb.deals.values()) {
    const translated = view.deals.get(english.id)!;
    keep(english.title, translated.title);
    keep(english.summary, translated.summary);
    english.caveats.forEach((c, i) => {
      keep(c, translated.caveats[i]);
    });
    english.figures.forEach((f, i) => {
      keep(f.note, translated.figures[i]!.note);
      keep(figureLabel(f), figureLabel(translated.figures[i]!));
      keep(figureChip(f), figureChip(translated.figures[i]!));
    });
    english.history.forEach((step, i) => {
      keep(step.note, translated.history[i]!.note);
    });
  }
  for (const english of kb.companies.values())
    keep(english.description, view.company(english.id)!.description);
  for (const source of kb.sources.values()) keep(source.relays, view.sources.get(source.id)?.relays);
  return [...out];
}

/** The phrases that occur in some text as whole words, case aside. */
export function phrasesIn(texts: readonly string[], phrases: readonly string[]): string[] {
  const found = new Set<string>();
  const letter = /\p{L}/u;
  for (const text of texts.map((t) => t.toLowerCase()))
    for (const phrase of phrases) {
      if (found.has(phrase)) continue;
      // A cheap look first; the word-boundary test only where the phrase occurs at all.
      const lower = phrase.toLowerCase();
      for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1))
        if (!letter.test(text[at - 1] ?? '') && !letter.test(text[at + lower.length] ?? '')) {
          found.add(phrase);
          break;
        }
    }
  return [...found];
}

/**
 * The catalog's fixed English wording of two words or more that the other language writes differently: status
 * names, kinds, disclosures, labels and notices.
 */
export function englishOnly(en: Catalog, other: Catalog): string[] {
  const phrases = new Set<string>();
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === 'string' && typeof b === 'string') {
      if (a !== b) for (const piece of a.split(/[^\p{L}' -]+/u)) keep(piece, b);
      return;
    }
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null)
      for (const key of Object.keys(a))
        walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
  };
  const keep = (piece: string, translated: string) => {
    const words = piece.trim();
    if (words.split(/\s+/).length >= 2 && words.length >= 8 && !translated.includes(words))
      phrases.add(words);
  };
  // The knowledge base's own words (names, titles) are data, not code: only the catalog's texts are compared.
  const { commands: _commands, ask: _ask, askMore: _askMore, ...rest } = en;
  const { commands: _c, ask: _a, askMore: _m, ...restOther } = other;
  walk(rest, restOther);
  return [...phrases];
}

/** Text without its links: a source's address may carry words of its slug, which are shown on purpose. */
export const withoutUrls = (text: string) => text.replace(/https?:\/\/\S+/g, '');
