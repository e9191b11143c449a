/**
 * The words of questions that are not company names, in English, Spanish and Italian, written as
 * `fold` leaves them (lowercase, no accents). Three roles:
 * - function words tell the language apart and are never a company, whatever the resolver says
 *   ("the" is a prefix of "The Walt Disney Company", "deal" one typo from "Dell", "io" is Italian "I");
 * - keywords carry the intent; they are never a company either, and a one-letter typo of one is read as it;
 * - ordinary words are neither, but must not be read as a name, a typo of a name or an unknown company.
 * A few company names are ordinary words ("Meta" is Spanish and Italian for goal, "Arm", "Valor",
 * "Benchmark"): `COMMON_WORD_NAMES` lists them, and they are names only when they look like one.
 *
 * The lists themselves are data, in `data/lexicon.json` (lines of space-separated words); this module
 * says what each is for and builds the sets.
 */

import { editDistance } from '../text/distance.js';
import data from './data/lexicon.json' with { type: 'json' };

export type AskLanguage = 'en' | 'es' | 'it';

/** Lowercase, accents removed: "Quién" → "quien", "più" → "piu", "año" → "ano". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A list of the data file: lines of space-separated words, as one set. */
const set = (lines: readonly string[]): ReadonlySet<string> =>
  new Set(lines.flatMap((l) => l.trim().split(/\s+/)).filter((w) => w.length > 0));
const perLanguage = (
  lists: Record<AskLanguage, readonly string[]>,
): Record<AskLanguage, ReadonlySet<string>> => ({
  en: set(lists.en),
  es: set(lists.es),
  it: set(lists.it),
});

/** Function words that mark each language; a word in two lists counts for both. */
export const FUNCTION_WORDS: Record<AskLanguage, ReadonlySet<string>> = perLanguage(data.functionWords);

/** Words that carry an intent, a deal kind or a scale, per language; they also tell the language apart. */
export const KEYWORDS_BY_LANGUAGE: Record<AskLanguage, ReadonlySet<string>> = perLanguage(data.keywords);

export const KEYWORDS: ReadonlySet<string> = new Set([
  ...KEYWORDS_BY_LANGUAGE.en,
  ...KEYWORDS_BY_LANGUAGE.es,
  ...KEYWORDS_BY_LANGUAGE.it,
]);

/**
 * Words of one language only that are not function words or keywords: months, news, paying, renting.
 * They count towards the question's language ("quanto valeva anthropic a settembre 2025?" is Italian).
 */
export const LANGUAGE_HINTS: Record<AskLanguage, ReadonlySet<string>> = perLanguage(data.languageHints);

/**
 * The vocabulary of deals, in the three languages: how people say who led a round, what it cost, whether it
 * closed, when, how it compares, what is new, numbers in words and units. None of these is ever a company or
 * an unknown name ("who led anthropic's series g" names one company, not three), whatever the resolver
 * would make of it ("together" is a prefix of Together AI, "public" a typo of Spanish "publico").
 */
export const DOMAIN_WORDS: ReadonlySet<string> = set(data.domainWords);

/**
 * Words that are never a company, nor an unknown one: casual words, words of other topics (the bot
 * declines those, but they are not names), and common words that a prefix or a typo would turn into a
 * company ("open" → OpenAI, "core" → CoreWeave, "value" → Valor, "until" → Intel).
 */
export const ORDINARY: ReadonlySet<string> = new Set([...set(data.ordinary), ...DOMAIN_WORDS]);

/**
 * Company names that are also ordinary words in one of the languages; they are read as the company only
 * when written with a capital, or, in an all-lowercase question, right after a word that introduces a
 * company ("in", "did", "en", "di").
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = set(data.commonWordNames);

/** Words after which a lowercase common word is a company: "invest in meta", "quién financia a meta". */
export const NAME_SLOT_BEFORE: ReadonlySet<string> = set(data.nameSlotBefore);

/**
 * Words after which a lowercase common-word name is a company too: "is the oracle 300B thing confirmed",
 * "the meta deal", "so meta owns scale ai". Amounts count as well (see names.ts).
 */
export const NAME_SLOT_AFTER: ReadonlySet<string> = set(data.nameSlotAfter);

/** Months by name in English, Spanish and Italian, and English abbreviations: "settembre" → 9. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = data.months;

/**
 * Shorthand people type on phones, as the word it stands for: "q" → "que", "d" → "de", "w" → "with",
 * "cn" → "con". Read only when written in lowercase and not elided ("d'accordo").
 */
export const SHORTHAND: Readonly<Record<string, string>> = data.shorthand;

/** Italian elisions: "dell'acquisizione", "l'accordo", "quest'anno" — the word before the apostrophe. */
export const ELIDED: ReadonlySet<string> = set(data.elided);

/** Every word that is never read alone as a company; common-word names ("dell") are decided by looks. */
export const NEVER_ALONE: ReadonlySet<string> = new Set(
  [...FUNCTION_WORDS.en, ...FUNCTION_WORDS.es, ...FUNCTION_WORDS.it, ...KEYWORDS].filter(
    (w) => !COMMON_WORD_NAMES.has(w),
  ),
);

/** Words that are not names: neither a company nor an unknown one. */
export function isOrdinary(word: string): boolean {
  return NEVER_ALONE.has(word) || ORDINARY.has(word);
}

/**
 * A word one edit from a keyword of five letters or more (two edits from ten) is that keyword, when it
 * starts with the same letter: typos rarely touch the first one, and "situation" is not "citation".
 */
export function nearKeyword(word: string): string | undefined {
  if (word.length < 5) return undefined;
  const allowed = word.length >= 10 ? 2 : 1;
  let best: { keyword: string; edits: number } | undefined;
  for (const keyword of KEYWORDS) {
    if (keyword.length < 5 || keyword[0] !== word[0] || Math.abs(keyword.length - word.length) > allowed)
      continue;
    // Two edits only with the same last letter too: "informatica" is a word, not "information".
    if (allowed === 2 && keyword[keyword.length - 1] !== word[word.length - 1]) continue;
    const edits = editDistance(word, keyword, allowed);
    if (edits <= allowed && (!best || edits < best.edits)) best = { keyword, edits };
  }
  return best?.keyword;
}
