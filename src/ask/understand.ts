/**
 * Reads a question in English, Spanish or Italian as one of the questions the answer engine knows.
 *
 * 1. Money ("10.000 millones"), years and company names are found first; names with the resolver, typos
 *    included (see names.ts), so "Antrhopic" is Anthropic and "deal" is not Dell.
 * 2. The question becomes a template: names become `xco0`, `xco1`… in order of mention, money `xamt`,
 *    years `xyr`, and every other word is folded (lowercase, no accents). A word one letter from a keyword
 *    ("invsted", "aquired") is read as that keyword.
 * 3. Ordered patterns over the template, written once for the three languages, decide the intent:
 *    out-of-scope topics, sources, amounts with a comparison, acquisitions, investments, backers, valuation,
 *    rankings, deals between companies, deals of one company, profiles. The position of a name in the
 *    pattern says which company the question is about ("who invested in X" vs "who did X invest in").
 * 4. Confidence is low when a name did not resolve or could mean several companies, when the intent lacks
 *    its company, when an amount is ambiguous, or when nothing but a bare name was understood along with
 *    words that are not vocabulary. A low-confidence reading is never answered with figures.
 */
import type { Engine } from '../answers/engine.js';
import type { Deal, DealKind } from '../knowledge/schema.js';
import placesData from './data/places.json' with { type: 'json' };
import {
  type AskLanguage,
  FUNCTION_WORDS,
  fold,
  isOrdinary,
  KEYWORDS,
  KEYWORDS_BY_LANGUAGE,
  LANGUAGE_HINTS,
  MONTH_NUMBERS,
  NAME_SLOT_AFTER,
  NAME_SLOT_BEFORE,
  nearKeyword,
} from './lexicon.js';
import { findNames, type Token, tokenize } from './names.js';
import { type AmountCurrency, parseAmounts } from './numbers.js';

export type { AskLanguage } from './lexicon.js';

/** Questions are read up to this many characters; the rest is ignored. */
export const MAX_QUESTION_LENGTH = 500;

export type Intent =
  | 'deal'
  | 'backers'
  | 'investments'
  | 'company'
  | 'sources'
  | 'top'
  | 'valuation'
  | 'acquired'
  | 'compare'
  | 'latest'
  | 'unknown';

/** Why a reading is low-confidence, for the answer's wording and for logs. */
export type Doubt =
  | 'no-intent'
  | 'out-of-scope'
  | 'unknown-name'
  | 'ambiguous-name'
  | 'missing-company'
  | 'ambiguous-amount';

export interface Understanding {
  language: AskLanguage;
  intent: Intent;
  /** Company ids, in order of mention. */
  companies: string[];
  kind?: DealKind;
  year?: number;
  /** For "deals over $10B": the smallest headline amount wanted. */
  minAmount?: number;
  /** The currency written with minAmount, when one was. */
  currency?: AmountCurrency;
  /** minAmount as written in the question: "10.000 millones". */
  amountText?: string;
  /** For one-company intents naming several: the company the question is about ("who backs X besides Y"). */
  focus?: string;
  /** For `acquired`: the company the question takes as the buyer ("was Groq bought by NVIDIA" → nvidia). */
  acquirer?: string;
  confidence: 'high' | 'low';
  doubt?: Doubt;
  /** Name-like words that did not resolve to a company, grouped: "Safe Superintelligence". */
  unresolved: string[];
  /** Words that could be several companies, with the candidates' ids. */
  ambiguous: { text: string; candidates: string[] }[];
  /** The template the intent was read from: "who invested in xco0". */
  template: string;
  /** A yes/no question ("did X buy Y?", "is the deal closed?"): the answer starts with a verdict. */
  check?: boolean;
  /** For a yes/no question: the state it asks about ("is it closed / signed / confirmed?"). */
  claimState?: ClaimState;
  /** An amount named without a comparison ("did OpenAI raise 1.4 trillion?"): the deal it points at. */
  claimAmount?: number;
  /** The claim is of at least `claimAmount` ("did Crusoe raise more than a billion?"). */
  claimAtLeast?: boolean;
  /** "When did…", "¿cuándo…?", "quando…": the answer starts with the dates. */
  when?: boolean;
  /** A round named by its letter: "series G" → "G". */
  round?: string;
  /** A month named with its year ("september 2025", "settembre 2025") → "2025-09". */
  month?: string;
  /** A product or programme named ("Project Rainier", "Trainium"): the deal about it leads. */
  product?: string;
  /** Words naming one deal of a company named, as its title or summary does ("hyperion"): it leads. */
  mention?: string;
}

export type ClaimState = 'ended' | 'paid' | 'closed' | 'signed' | 'confirmed';

/** What each intent needs: how many companies at least. */
const NEEDS: Record<Intent, number> = {
  deal: 1,
  backers: 1,
  investments: 1,
  company: 1,
  sources: 1,
  top: 0,
  valuation: 1,
  acquired: 1,
  compare: 2,
  latest: 0,
  unknown: 0,
};

export function understand(engine: Engine, question: string): Understanding {
  const text = question.slice(0, MAX_QUESTION_LENGTH);
  const tokens = tokenize(text);
  const amounts = parseAmounts(text);

  // Tokens inside amounts, then years.
  const amountOf = new Map<number, number>();
  tokens.forEach((t, i) => {
    const a = amounts.findIndex((x) => t.start >= x.span[0] && t.end <= x.span[1]);
    if (a >= 0) amountOf.set(i, a);
  });
  const years = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!amountOf.has(i) && /^(?:19|20)\d{2}$/.test(t.word)) years.set(i, Number(t.word));
  });
  const skip = new Set<number>([...amountOf.keys(), ...years.keys()]);

  const names = findNames(engine, text, tokens, skip);
  const companies: string[] = [];
  const nameAt = new Map<number, { index: number; first: boolean }>();
  for (const f of names.found) {
    let index = companies.indexOf(f.companyId);
    if (index < 0) index = companies.push(f.companyId) - 1;
    for (let k = f.tokens[0]; k <= f.tokens[1]; k++) nameAt.set(k, { index, first: k === f.tokens[0] });
  }
  const ambiguousAt = new Set<number>();
  for (const a of names.ambiguous) for (let k = a.tokens[0]; k <= a.tokens[1]; k++) ambiguousAt.add(k);

  // Words nobody explained: keyword typos are repaired, the rest may be names the resolver does not know.
  const words = new Map<number, string>();
  const leftovers: number[] = [];
  for (const [i, t] of tokens.entries()) {
    if (nameAt.has(i) || amountOf.has(i) || years.has(i) || ambiguousAt.has(i) || names.absorbed.has(i))
      continue;
    const keyword = isOrdinary(t.word) || /^\d/.test(t.word) ? undefined : nearKeyword(t.word);
    words.set(i, keyword ?? t.word);
    if (!keyword && !isOrdinary(t.word) && !/^\d/.test(t.word) && t.word.length >= 3) leftovers.push(i);
  }
  // A word no company is called but a deal of a named company is ("Meta's Hyperion data center", "the
  // Abernathy lease"): the name of that deal's site or programme, not an unknown company.
  let mention: string | undefined;
  const mentioned = new Set<number>();
  // Places are ordinary words ("japan"), so they are tried too.
  const places = [...tokens.keys()].filter(
    (k) => !nameAt.has(k) && !leftovers.includes(k) && isPlace(tokens[k]!.word),
  );
  for (const g of groups([...leftovers, ...places].sort((a, b) => a - b))) {
    const words = inEnglish(g.map((k) => tokens[k]!.word));
    if (companies.length === 0 || !dealNamed(engine, companies, words)) continue;
    mention ??= words.join(' ');
    for (const k of g) mentioned.add(k);
  }
  const unknownGroups = groups(leftovers.filter((k) => !mentioned.has(k))).filter((g) =>
    looksLikeUnknownName(tokens, g, nameAt, amountOf),
  );
  const unknownAt = new Map<number, { index: number; first: boolean }>();
  unknownGroups.forEach((g, index) => {
    g.forEach((k, n) => {
      unknownAt.set(k, { index, first: n === 0 });
    });
  });

  // The template: names, unknown names, amounts and years become placeholders.
  const parts: string[] = [];
  for (const [i, t] of tokens.entries()) {
    const name = nameAt.get(i) ?? unknownAt.get(i);
    if (name) {
      if (name.first) parts.push(`${nameAt.has(i) ? 'xco' : 'xunk'}${name.index}`);
    } else if (amountOf.has(i)) {
      const a = amountOf.get(i)!;
      if (amountOf.get(i - 1) !== a) {
        // "> $20B", "≥ 10 mil millones", "$10B+": a sign is a comparison word.
        const [start, end] = amounts[a]!.span;
        const after = text.slice(end);
        // "$20B+", "twenty billion plus", "10 mil millones o más", "20 miliardi o più".
        const orMore = /^\s*(?:\+|plus\b|or more\b|and (?:up|above)\b|o m[aá]s\b|o pi[uù]\b|e oltre\b)/i.test(
          after,
        );
        if (/[>≥+]\s*$/.test(text.slice(0, start)) || orMore) parts.push('over');
        parts.push('xamt');
      }
    } else if (names.absorbed.has(i)) {
      // A person named with their company: the company's slot says it.
    } else if (years.has(i)) {
      parts.push('xyr');
    } else if (ambiguousAt.has(i)) {
      const a = names.ambiguous.findIndex((x) => x.tokens[0] === i);
      if (a >= 0) parts.push(`xamb${a}`);
    } else {
      parts.push(words.get(i) ?? t.word);
    }
  }
  const template = parts.join(' ');
  const language = detectLanguage(text, tokens, nameAt, words);
  const span = (g: number[]) => text.slice(tokens[g[0]!]!.start, tokens[g[g.length - 1]!]!.end);
  const unresolved = unknownGroups.map(span);
  const strongUnresolved = unknownGroups
    .filter((g) => g.some((k) => /\p{Lu}/u.test(tokens[k]!.raw)))
    .map(span);

  const slots = companies.length + unknownGroups.length + names.ambiguous.length;
  let reading = readIntent(template, slots, companies.length);
  // "andreessen dove ha investito", "google, en qué startups tiene plata", "nvidia who did they back": the
  // company said first and the question after it reads as if the company closed the question.
  const topic = /^(x(?:co|unk|amb)\d+) (?!x(?:co|unk|amb)\d)(.+)$/.exec(template);
  if (topic && (reading.fallback || reading.intent === 'unknown')) {
    // The company at the end, or in place of the pronoun that stands for it ("what did they invest in").
    const pronoun = /\b(?:they|them|it|ellos|ella|el|lei|lui|loro)\b/;
    const variants = [`${topic[2]} ${topic[1]}`];
    if (pronoun.test(topic[2]!)) variants.unshift(topic[2]!.replace(pronoun, topic[1]!));
    for (const v of variants) {
      const moved = readIntent(v, slots, companies.length);
      if (moved.intent === 'unknown' || moved.fallback) continue;
      reading = moved;
      break;
    }
  }
  const u: Understanding = {
    language,
    intent: reading.intent,
    companies,
    confidence: 'high',
    unresolved,
    ambiguous: names.ambiguous.map((a) => ({
      text: a.text,
      candidates: a.candidates.map((m) => m.company.id),
    })),
    template,
  };
  const known = (slot: string | undefined) =>
    slot?.startsWith('xco') ? companies[Number(slot.slice(3))] : undefined;
  const focus = known(reading.focus);
  if (focus && companies.length > 1) u.focus = focus;
  if (reading.intent === 'acquired' && companies.length > 1) {
    const acquirer = known(reading.acquirer);
    if (acquirer) u.acquirer = acquirer;
  }

  if (reading.intent === 'top' || reading.intent === 'compare') {
    const kind = readKind(template);
    if (kind) u.kind = kind;
  }
  readDetails(u, text, tokens);
  // "xAI series E, who was in it", "¿quiénes participaron en la serie E de xAI?": a round's investors;
  // "how big was Cerebras's series G": the round itself.
  if (u.round && companies.length === 1 && (u.intent === 'company' || u.intent === 'deal')) {
    u.intent = /\b(?:who|whos|quien|quienes|chi)\b/.test(template) ? 'backers' : 'deal';
    reading.fallback = false;
  }
  const product = names.found.find((f) => f.match.product)?.match.product;
  if (product) u.product = product.name;
  // "¿De quién es Windsurf ahora?", "di chi è Windsurf adesso?": who owns a company (a product's owner is
  // its profile: "¿de quién es Grok?").
  if (
    u.intent === 'company' &&
    companies.length === 1 &&
    !product &&
    /^(?:de quien es|di chi e|who owns) xco0\b/.test(template)
  ) {
    u.intent = 'acquired';
    u.check = undefined;
  }
  if (mention) {
    u.mention = mention;
    // "Stargate Norway, who's building it?", "how big is Poolside's Project Horizon": that deal, not a profile.
    if (u.intent === 'company' && companies.length === 1) u.intent = 'deal';
  }
  const claim = amounts.find((_, k) => k !== reading.amount);
  if (claim && reading.intent !== 'top' && !claim.ambiguous) {
    u.claimAmount = claim.value;
    // "more than a billion", "más de mil millones": any deal at least that large bears the claim out.
    if (COMPARE.test(template)) u.claimAtLeast = true;
  }
  // A yes/no question about one company that reads as a bare profile, with a state, an amount or a kind, is about
  // its deals: "is spacex public yet?", "is the oracle 300B thing confirmed?" (but "¿Groq?" is a profile).
  const claims =
    u.claimState !== undefined || u.claimAmount !== undefined || readKind(template) !== undefined;
  if (u.check && u.intent === 'company' && reading.fallback && claims) {
    u.intent = 'deal';
    reading.fallback = false;
  }
  const year = [...years.values()][0];
  if (year !== undefined && (reading.intent === 'top' || reading.intent === 'unknown')) u.year = year;
  const threshold = reading.amount !== undefined ? amounts[reading.amount] : undefined;
  if (threshold) {
    u.minAmount = threshold.value;
    u.amountText = text.slice(threshold.span[0], threshold.span[1]);
    if (threshold.currency) u.currency = threshold.currency;
  }

  // Confidence.
  const doubt = ((): Doubt | undefined => {
    if (reading.intent === 'unknown') return reading.outOfScope ? 'out-of-scope' : 'no-intent';
    if (names.ambiguous.length > 0) return 'ambiguous-name';
    if (threshold?.ambiguous) return 'ambiguous-amount';
    if (companies.length < NEEDS[reading.intent])
      return unresolved.length > 0 ? 'unknown-name' : 'missing-company';
    if (reading.focus !== undefined && !focus) return 'unknown-name';
    if (strongUnresolved.length > 0) return 'unknown-name';
    const pairIntent =
      reading.intent === 'deal' || reading.intent === 'acquired' || reading.intent === 'sources';
    if (pairIntent && companies.length === 1 && unresolved.length > 0) return 'unknown-name';
    if (reading.fallback && unresolved.length > 0) return 'no-intent';
    return undefined;
  })();
  if (doubt) {
    u.confidence = 'low';
    u.doubt = doubt;
  }
  return u;
}

// ---------------------------------------------------------------------------------------------------
// Details: yes/no, when, a round, a month, the state asked about.

/** Words that open a yes/no question in English ("did", "is", "has"…), after a casual "so" or "ok". */
const YES_NO_EN =
  /^(?:(?:so|ok|okay|and|but|hey|wait|quick q|also)\s+)*(?:did|does|do|is|was|are|were|has|have|had|can|will)\b/;
/** Words that open a question that is not a yes/no one, in the three languages. */
const WH_WORDS = new Set(
  `what whats which who whos whom how when where why que quien quienes cual cuales cuanto cuanta cuantos
  cuantas cuando donde como chi cosa che quale quali quanto quanta quanti quante quando dove come perche
  cos`.split(/\s+/),
);
const WHEN = /^(?:\S+ )?(?:when|cuando|quando|in che data|en que fecha|what date)\b/;
const STATES: [ClaimState, RegExp][] = [
  // Asked first: "is the deal dead?" is answered "Yes" when it fell through.
  [
    'ended',
    /\b(?:dead|off|cancell?ed|collapsed|fell through|fallen through|blocked|muert[oa]|cancelad[oa]|bloquead[oa]|saltat[oa]|cancellat[oa]|bloccat[oa]|fallit[oa])\b/,
  ],
  [
    'closed',
    /\b(?:done|closed|close|completed|complete|finished|final|public|listed|cotiza|cotizan|cerrad[oa]|cerro|completad[oa]|terminad[oa]|chius[oa]|conclus[oa]|completat[oa]|quotat[oa])\b/,
  ],
  // "Is Amazon's $50B all paid?": whether the money has all moved, or part is still to come.
  [
    'paid',
    /\b(?:all paid|paid (?:in full|already|out)|already paid|ya pago|ya pagado|pagado (?:todo|ya)|gia versato|gia pagato|versato tutt[io]|pagato tutt[io]|wired|disbursed|desembolsad[oa]|erogat[oa])\b/,
  ],
  ['signed', /\b(?:signed|sign|binding|firmad[oa]|firmo|firmaron|vinculante|firmat[oa]|vincolante)\b/],
  [
    'confirmed',
    /\b(?:confirmed|official|true|real|legit|legitimate|for real|confirmad[oa]|oficial|cierto|reales|verdad\S*|confermat[oa]|ufficiale|ver[oaie])\b/,
  ],
];
/** Month names in the three languages, and English abbreviations, from the lexicon's data. */
const MONTHS: Readonly<Record<string, number>> = MONTH_NUMBERS;

function readDetails(u: Understanding, text: string, tokens: Token[]): void {
  const folded = tokens.map((t) => t.word).join(' ');
  const first = tokens[0]?.word;
  const question = /[?¿]/.test(text);
  const statement = question && first !== undefined && !WH_WORDS.has(first);
  // English asks yes/no with an auxiliary first; a bare "X Y deal?" is only a check with a word of state
  // ("disney openai deal still on?"), or it would be every terse question.
  const englishCheck =
    statement &&
    (STATES.some(([, re]) => re.test(folded)) || /\bstill (?:on|happening|alive)\b/.test(folded));
  // "…, is it binding": a yes/no question tagged at the end, with or without its question mark.
  // "…, right?", "¿…, verdad?", "…, vero?": a claim with a tag asking to confirm it.
  const tagged =
    /\b(?:is|was) (?:it|this|that)(?: \S+){1,2}$/.test(folded) ||
    // "real or just reported", "done or not", "¿sí o no?", "vero o no": a claim offered with its opposite.
    /\b(?:or not|or just|or only|or what|yes or no|o no|si o no|o solo|o solamente|o nada|o solo voci)\b/.test(
      folded,
    ) ||
    (question &&
      /\b(?:right|correct|true|innit|verdad|cierto|vero|giusto|no|en serio|es real|una cosa seria|sul serio)$/.test(
        folded,
      ));
  if (YES_NO_EN.test(folded) || tagged || (statement && (u.language !== 'en' || englishCheck)))
    u.check = true;
  if (WHEN.test(folded)) {
    u.when = true;
    u.check = undefined;
  }
  if (u.check) {
    const state = STATES.find(([, re]) => re.test(folded))?.[0];
    // "Has OpenAI filed to go public?" asks about the filing, not whether the listing closed.
    const filing = /\b(?:filed|file|files|filing|pidio|solicito|chiesto|richiesto|depositato)\b/.test(folded);
    if (state && !(state === 'closed' && filing)) u.claimState = state;
  }
  const round = /\b(?:series|serie|ronda|round)\s+([a-k])\b/.exec(folded);
  if (round) u.round = round[1]!.toUpperCase();
  else if (/\b(?:seed|semilla|seme)\b/.test(folded)) u.round = 'seed';
  for (let i = 0; i < tokens.length; i++) {
    const month = MONTHS[tokens[i]!.word];
    if (month === undefined) continue;
    const next = tokens[i + 1]?.word === 'de' || tokens[i + 1]?.word === 'of' ? i + 2 : i + 1;
    const year = tokens[next]?.word;
    if (year && /^(?:19|20)\d{2}$/.test(year)) {
      u.month = `${year}-${String(month).padStart(2, '0')}`;
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Words

/** Spanish and Italian names of the places deal titles name, folded: "noruega" → "norway". */
const PLACES: ReadonlyMap<string, string> = new Map(
  Object.entries(placesData.places as Record<string, string[]>).flatMap(([english, others]) =>
    others.map((other) => [fold(other), fold(english)] as [string, string]),
  ),
);

const ENGLISH_PLACES: ReadonlySet<string> = new Set(Object.keys(placesData.places).map((p) => fold(p)));

/** A one-word place, in any of the three languages: "japan", "japon", "giappone". */
function isPlace(word: string): boolean {
  return ENGLISH_PLACES.has(word) || PLACES.has(word);
}

/** The words of a place as deal titles write it, in English ("stargate noruega" → "stargate norway"). */
function inEnglish(words: string[]): string[] {
  const joined = words.join(' ');
  for (const [other, english] of PLACES) if (joined === other) return english.split(' ');
  return words.map((w) => PLACES.get(w) ?? w);
}

/**
 * A deal of these companies has these words, whole, in its title or summary, written there as a proper
 * name: capitalised wherever these companies' deals use them, and at least once inside a sentence
 * ("Hyperion", "Abernathy"; not "after", which starts a sentence in one summary and is lowercase elsewhere).
 */
function dealNamed(engine: Engine, companies: readonly string[], words: readonly string[]): boolean {
  const re = mentionPattern(words.join(' '));
  if (!re) return false;
  const found: { text: string; start: boolean }[] = [];
  for (const d of dealsNaming(engine, companies))
    for (const text of [d.title, d.summary])
      for (const m of text.matchAll(re))
        found.push({ text: m[0], start: /(?:^|[.!?:]\s+)$/.test(text.slice(0, m.index)) });
  return found.length > 0 && found.every((f) => /^\p{Lu}/u.test(f.text)) && found.some((f) => !f.start);
}

function mentionPattern(mention: string): RegExp | undefined {
  const words = mention.split(' ').map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
  if (words.some((w) => w.length === 0)) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * The deals of these companies, and the deals whose title starts with one of their names though it is not
 * a party ("Stargate Norway: …" is built by Nscale and Aker, not by the Stargate joint venture).
 */
export function dealsNaming(engine: Engine, companies: readonly string[]): Deal[] {
  const out = new Set<Deal>();
  for (const id of companies) {
    for (const d of engine.kb.dealsOf(id)) out.add(d);
    const name = engine.kb.company(id)?.name;
    if (name) for (const d of engine.kb.dealList) if (d.title.startsWith(`${name} `)) out.add(d);
  }
  return [...out];
}

/** The deal's title or summary has these words (folded, space-separated), whole and in order. */
export function namesDeal(deal: Deal, mention: string): boolean {
  const re = mentionPattern(mention);
  return re !== undefined && [...`${deal.title} ${deal.summary}`.matchAll(re)].length > 0;
}

/**
 * Evidence that words nobody knows are the name of a company the knowledge base lacks, not words of the
 * question ("again", "tarjeta gráfica", "anda buscando", "raccogliendo"): a capital letter or a digit, or,
 * in lowercase, the place of a company — after a word that introduces one ("in", "and", "con", "di", a
 * buying verb), before a word that follows one ("deal", "round", "valuation"), or first in the question — and
 * not the form of a verb (a gerund, a participle or an infinitive of the three languages).
 */
function looksLikeUnknownName(
  tokens: Token[],
  g: number[],
  nameAt: ReadonlyMap<number, unknown>,
  amountOf: ReadonlyMap<number, unknown>,
): boolean {
  const first = g[0]!;
  const last = g[g.length - 1]!;
  if (g.some((k) => /[\p{Lu}\d]/u.test(tokens[k]!.raw))) return true;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const free = before !== undefined && !nameAt.has(first - 1) && !amountOf.has(first - 1);
  // "who invested in hugging face": a preposition or a joiner says a name follows, whatever its form.
  if (free && g.length > 1 && NAME_SLOT_BEFORE.has(before.word)) return true;
  if (g.some((k) => VERB_FORM.test(tokens[k]!.word))) return false;
  if (first === 0 || last === tokens.length - 1) return true;
  const slotBefore = free && (NAME_SLOT_BEFORE.has(before.word) || KEYWORDS.has(before.word));
  return (
    slotBefore || (after !== undefined && (NAME_SLOT_AFTER.has(after.word) || NAME_AFTER.has(after.word)))
  );
}

/** Verb endings: "-ing", "-ando/-iendo/-endo", "-ado/-ido", "-ato/-ito/-uto", "-ar/-er/-ir", "-are/-ere/-ire". */
const VERB_FORM =
  /^(?:\p{L}{3,}(?:ing|ando|iendo|endo|ados?|adas?|idos?|idas?|ati|ata|ate|iti|ita|ite|uto|uta|uti)|\p{L}{2,}(?:ar|er|ir|are|ere|ire))$/u;
/** Words that follow a company's name besides the deal words: "perplexity valuation", "xyz's backers". */
const NAME_AFTER: ReadonlySet<string> = new Set(
  'valuation valoracion valutazione backers investors inversores investitori funding financiacion finanziamento worth vale s ipo vs versus'.split(
    ' ',
  ),
);

/** Runs of consecutive indexes: [3, 4, 7] → [[3, 4], [7]]. */
function groups(indexes: number[]): number[][] {
  const out: number[][] = [];
  for (const i of indexes) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  }
  return out;
}

/** Endings of one language only, read on words no list knows: "-ción", "-dad" vs "-zione", "-tà", "-gli". */
const ENDINGS: Record<'es' | 'it', RegExp> = {
  es: /(?:cion|ciones|dad|dades|ado|ados|ada|adas|ido|idos|aron|ieron|amos|encia|ancia|ero|eros|aje)$/,
  it: /(?:zione|zioni|ato|ati|ata|ate|ito|iti|ita|ite|mento|menti|enza|anza|aggio|gli|ggi|zz[aeio]|cch[aeio]|tto|tti|tta|tte)$/,
};

/** Function words and keywords of each language, plus the marks only one of them uses. */
export function detectLanguage(
  text: string,
  tokens: Token[],
  names: ReadonlyMap<number, unknown> = new Map(),
  repaired: ReadonlyMap<number, string> = new Map(),
): AskLanguage {
  const score: Record<AskLanguage, number> = { en: 0, es: 0, it: 0 };
  const languages: AskLanguage[] = ['en', 'es', 'it'];
  tokens.forEach((t, i) => {
    // "ai" is Italian for "to the" but, in these questions, mostly the letters AI: it tells nothing.
    if (names.has(i) || t.word === 'ai') return;
    // A keyword's typo counts as the keyword: "valutazone" is Italian.
    const word = repaired.get(i) ?? t.word;
    let listed = false;
    for (const lang of languages) {
      if (
        FUNCTION_WORDS[lang].has(word) ||
        KEYWORDS_BY_LANGUAGE[lang].has(word) ||
        LANGUAGE_HINTS[lang].has(word)
      ) {
        score[lang] += 1;
        listed = true;
      }
    }
    // A word of no list still has the endings of its language ("financiación", "finanziamento",
    // "chiusura"): half a point, so that lists decide and endings only break ties.
    if (!listed && word.length >= 5)
      for (const lang of ['es', 'it'] as const) if (ENDINGS[lang].test(word)) score[lang] += 0.5;
  });
  if (/[¿¡ñÑ]/.test(text)) score.es += 3;
  if (/[áíóúÁÍÓÚ]/.test(text)) score.es += 1;
  if (/[èìòùàÈÌÒÙÀ]/.test(text)) score.it += 2;
  if (/\b\w+['’]\p{L}/u.test(text) && /\b(?:dell|nell|sull|all|l|un|quest|c)['’]/i.test(text)) score.it += 2;
  const best = Math.max(score.en, score.es, score.it);
  if (best === 0) return 'en';
  // Spanish and Italian share many words ("spacex compra cursor?"): a Spanish question opens with "¿" (checked
  // above), so a question mark without it leans Italian.
  if (score.es === best && score.it === best && score.en < best && /\?/.test(text)) return 'it';
  return languages.find((l) => score[l] === best)!;
}

// ---------------------------------------------------------------------------------------------------
// Intent patterns. `C` stands for a company slot and captures its index; `NF` is a word that is not a name.

const NF = '(?: (?!x(?:co|unk|amb)\\d)\\S+)';
/** A company slot: a known company, a name that did not resolve, or one that could be several. */
const C = '(x(?:co|unk|amb)\\d+)';

/** Every intent pattern's source, so a test can check that each word of them is in the lexicon. */
export const PATTERN_SOURCES: string[] = [];

/** `@C` in a pattern is a company slot. */
function p(source: string): RegExp {
  PATTERN_SOURCES.push(source);
  return new RegExp(source.replace(/@C/g, C), 'i');
}

/** A pattern without slots, registered like the others. */
function words(re: RegExp): RegExp {
  PATTERN_SOURCES.push(re.source);
  return re;
}

const INV_EN =
  '(?:(?:got|has|have|had|holds?) (?:\\S+ )?(?:money|cash|stakes?|shares) (?:in|into)|invest|invests|invested|investing|back|backs|backed|backing|fund|funds|funded|funding|finance|finances|financed|financing|bankroll|bankrolls|bankrolled|bankrolling|support|supports|supported|supporting|(?:put|puts|putting|pour|poured|pouring|pump|pumped|pumping|inject|injected|sink|sank|sunk) (?:\\S+ )?(?:money|cash|capital|funds|billions|xamt))';
const INV_ES =
  '(?:(?:tiene|tienen|tenia|tuvo) (?:\\S+ )?(?:plata|dinero|pasta|acciones|participaciones)|invirtio|invirtieron|invierte|invierten|invertido|invertir|invirtiendo|financia|financian|financio|financiaron|financiado|financiar|financiando|respalda|respaldan|respaldo|respaldaron|respaldado|apoya|apoyan|apoyo|apoyaron|apoyado|aporto|aportaron|(?:puso|pusieron|puesto|pone|ponen|metio|metieron|metido|mete|meten|inyecto|inyectaron) (?:\\S+ )?(?:dinero|plata|capital|pasta|fondos|xamt))';
const INV_IT =
  '(?:(?:ha|hanno|aveva|avevano|tiene) (?:\\S+ )?(?:soldi|quote|azioni|partecipazioni)|investito|investe|investono|investire|investendo|finanzia|finanziano|finanziato|finanziata|finanziati|finanziate|finanziando|finanziare|sostiene|sostengono|sostenuto|supporta|supportano|supportato|appoggia|appoggiano|puntato|punta|puntano|(?:messo|mette|mettono|versato|iniettato) (?:\\S+ )?(?:soldi|denaro|capitali|fondi|xamt))';
const INV = `(?:${INV_EN}|${INV_ES}|${INV_IT})`;

const ACQ_VERB =
  '(?:se quedo con|se queda con|se quedaron con|quedarse con|se hizo con|se hace con|hacerse con|si e comprat[ao]|si e pres[ao]|si e pres[ao] anche|si prende|si compra|prendersi|comprarsi|pigliarsi|snapped up|snap up|snaps up|picked up|scooped up|scoop up|gobbled up|swallowed|grabbed|nabbed|snagged|comprando|adquiriendo|acquistando|acquisendo|rilevando|comprare|acquistare|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchased|purchases|purchasing|take over|took over|taken over|takes over|taking over|absorb|absorbed|own|owns|owned|merge with|merged with|compro|compra|compran|compraron|comprado|comprada|comprar|adquirio|adquiere|adquieren|adquirieron|adquirido|adquirida|adquirir|absorbio|absorbido|absorbida|se fusiono con|fusiono con|comprato|comprata|comprano|acquista|acquistato|acquistata|acquisito|acquisita|acquisisce|acquisire|rilevato|rilevata|rileva|assorbito|assorbita|possiede|possiedono|fuso con|dueno de|duena de|propietari[ao] de|proprietari[ao] di)';
const ACQ_PARTICIPLE =
  '(?:bought|acquired|purchased|taken over|owned|absorbed|comprad[ao]|adquirid[ao]|absorbid[ao]|comprat[ao]|acquisit[ao]|acquistat[ao]|rilevat[ao]|assorbit[ao])';
const ACQ_NOUN =
  '(?:acquisto|purchase|acquisition|acquisitions|takeover|takeovers|buyout|buyouts|merger|mergers|adquisicion|adquisiciones|fusion|acquisizione|acquisizioni|fusione)';
/** Words between a buying verb and what is bought: articles, "still", "the … unit of". */
const ACQ_FILLER =
  '(?: (?:a|an|the|its|their|s|la|el|al|il|lo|l|los|las|de|di|of|del|della|division|divisions|unit|business|divisione|unidad|ramo|negocio|still|ancora|todavia|aun|really|actually|finally|realmente|davvero))';
const BE =
  '(?:was|is|been|got|get|gets|fue|fueron|ha sido|es|esta|e stata|e stato|stata|stato|fu|viene|venne|sido)';
const BY = '(?:by|por|da)(?: parte (?:de|di))?(?: the| la| el| il)?';

const BACKER_NOUN =
  '(?:backers?|investors?|funders?|financiers?|shareholders?|stakeholders?|supporters?|owners?|inversores|inversionistas|inversor|inversionista|accionistas|financiadores|patrocinadores|duenos|investitori|investitore|finanziatori|azionisti|soci|sostenitori|proprietari)';
const INVESTMENT_NOUN =
  '(?:investments?|portfolio|stakes|bets|holdings|inversiones|participaciones|cartera|portafolio|apuestas|investimenti|partecipazioni|portafoglio|scommesse)';
const OF =
  '(?:of|in|by|from|behind|for|at|de|del|en|detras de|tras|di|della|dell|dello|dietro|dietro a|da|da parte di)';

const VALUATION = words(
  /\b(?:valuation|valuations|valued|value|worth|market cap|valoracion|valuacion|valorizacion|valorada|valorado|valorizada|vale|valen|valor|capitalizacion|valutazione|valutazioni|valutata|valutato|valgono|valore|capitalizzazione)\b/,
);
const DEAL_WORDS = words(
  /\b(?:deal|deals|contract|contracts|agreement|agreements|partnership|partnerships|transaction|acuerdo|acuerdos|contrato|contratos|trato|tratos|negocio|negocios|alianza|accordo|accordi|contratto|contratti|intesa|intese|affare|affari|with whom|con quien|con quienes|con chi|partners?|socios)\b/,
);
const SOURCES = words(
  /\b(?:sources?|sourced|fuentes?|fonti|fonte|citations?|cite|citas|referencias|riferimenti|links?|enlaces?|articles?|articulos|articoli|according to (?:whom|who|what)|segun quien|segun que|secondo chi|secondo quale|where (?:does|did|do) (?:\S+ ){0,6}?come from|where (?:did|do) you get|de donde (?:sale|salen|viene|vienen|sacas|sacaste|sacan|saca|sacaron|sacaste)|da dove (?:viene|vengono|arriva|arrivano|prendi)|who reported|quien lo (?:dijo|publico)|chi lo (?:dice|ha detto|riporta)|read (?:more )?about|where can i read|donde (?:puedo|se puede) leer|leer (?:mas )?sobre|dove (?:posso|si puo) leggere|leggere (?:di piu )?(?:su|di|del|della|dell|sul|sulla))\b/,
);
const OUT_OF_SCOPE = words(
  /\b(?:who founded|quien fundo|quienes fundaron|chi ha fondato|chi fondo|stock price|share price|stock(?! market| exchange)|price of (?:the )?shares?|ceos?|founders?|founded by|employees|headcount|revenues?|profits?|earnings|weather|jokes?|recipe|election|world cup|precio de (?:la |las )?acci\S*|cotizacion|fundador(?:es)?|empleados|ingresos|beneficios|ganancias|clima|chiste|receta|elecciones|mundial|prezzo (?:delle |dell |di )?azion\S*|quotazione (?:delle |dell |di )?azion\S*|quotazione attuale|amministratore delegato|fondator[ei]|dipendenti|ricavi|fatturato|utili|meteo|barzellett\S*|ricetta|elezioni|mondiali|que tiempo hace|che tempo fa)\b/,
);
const SUPERLATIVE = words(
  /\b(?:biggest|largest|top|major|huge|hugest|mega|most expensive|most valuable|highest|record|big|mayores|mas grandes?|principales|mas caros?|mas importantes|la mayor|el mayor|grandes|enormes|piu grandi|piu grande|piu grossi|piu grosso|maggiori|principali|piu importanti|piu costosi|piu cari|grandi)\b/,
);
const COMPARE = words(
  /\b(?:over|above|more than|greater than|bigger than|larger than|at least|exceeding|exceed|exceeds|north of|upwards of|in excess of|mas de|por encima de|superiores? a|mayores (?:de|a|que)|al menos|como minimo|que superen|que superan|que pasen de|pasen de|que pasan de|pasan de|por arriba de|che passano|passano|arriba de|piu (?:di|dei|degli)|oltre|sopra|superiori? (?:a|ai|agli|al|alle)|maggiori (?:di|dei|degli)|almeno|che superano|al di sopra (?:di|dei|degli))(?: (?:the|los|las|el|la|i|gli|le|di|de|a|dei|degli))? xamt\b/,
);
const PROFILE = words(
  /\b(?:who is|who are|whos|what is|what are|whats|what does x(?:co|unk|amb)\d+ (?:do|run|lead|head)|que empresa (?:dirige|lidera|encabeza)|tell me about|talk about|something about|info|information|profile|overview|summary|about|headquarters|headquartered|based|founded|que es|quien es|quienes son|que hace|a que se dedica|hablame|cuentame|informacion|perfil|resumen|sede|fundada|fundado|chi e|chi sono|cos e|che cos e|che cosa e|cosa e|cosa fa|che fa|di cosa si occupa|parlami|dimmi|informazioni|profilo|scheda|fondata|fondato)\b/,
);
const DEALS_OF_ONE = words(
  /\b(?:how much (?:has|did|does|is) x(?:co|unk|amb)\d+ (?:pay|paid|paying|spend|spent|spending|commit|committed)|how much (?:is|was) x(?:co|unk|amb)\d+$|(?:did|has) (?:the )?x(?:co|unk|amb)\d+ sign|x(?:co|unk|amb)\d+ (?:en|a|in) (?:mayo|maggio)|(?:firmo|ha firmato|firmato) (?:el |il |la )?x(?:co|unk|amb)\d+|(?:que pasa|que ocurre|che succede|what s going on|what s happening|what s the deal) (?:con|with) x(?:co|unk|amb)\d+|(?:signed|signs|sign|firmo|firmaron|firmado|firmato|firmano|hanno firmato|ha firmato|deals?|acuerdos?|contratos?|accordi|accordo|contratti) (?:with|con)(?: el| la| il| lo| l| the)? x(?:co|unk|amb)\d+)\b/,
);
const LISTING = words(
  /\b(?:deals?|contracts?|agreements?|acuerdos?|contratos?|operaciones|accordi|accordo|contratti|contratto|operazioni|investments?|inversiones|investimenti|acquisitions|adquisiciones|acquisizioni|rounds|rondas)\b/,
);

/** "who put more into…", "quién invirtió más", "chi ha messo più", "compare", "vs … more". */
const COMPARISON = words(
  /\b(?:more|most|less|lower|bigger|biggest|larger|largest|higher|better|menos|meno|compare|compared|comparison|side by side|mas|mayor|mejor|comparar|compara|comparacion|comparado|comparados|comparadas|comparate|comparati|confrontate|piu|di piu|maggiore|migliore|confronta|confrontare|confronto|paragona)\b/,
);
/** The company a comparison is about: the one money went into ("more into Anthropic", "in OpenAI"). */
/** A share of a company asked about: "how much does X own of Y", "qué parte de", "quanta parte di". */
const OWN_SHARE = words(
  /\b(?:how much(?: of x(?:co|unk|amb)\d+)? (?:does|did|do) x(?:co|unk|amb)\d+ (?:own|hold)|what (?:share|percentage|part|stake)|que (?:parte|porcentaje|participacion)|quanta parte|che (?:percentuale|quota|parte))\b/,
);
const COMPARED_INTO = p('\\b(?:into|in|on|en|nel|nella|con|por|para|per|su|sobre|for) @C\\b');
/** The company paid in a comparison: "who pays SpaceX more", "chi paga di più SpaceX". */
/** "who spent the most with CoreWeave", "chi ha speso di più con CoreWeave". */
const COMPARED_SPENT_WITH = p(
  `\\b(?:spent|spend|spends|spending|gasto|gastado|gastaron|speso|spende|spendono)(?: (?!x(?:co|unk|amb)\\d)\\S+){0,3} (?:with|con) @C\\b`,
);
const COMPARED_PAID = p(
  `\\b(?:pays?|paid|paying|paga|pagan|pagano|pagato|pagado|pago|pagaron)(?: (?!x(?:co|unk|amb)\\d)\\S+){0,2} @C\\b`,
);
/** The supplier in "the bigger CoreWeave customer", "mejor cliente de CoreWeave". */
const COMPARED_CUSTOMER = p('\\b@C (?:customers?|clients?)\\b');
const COMPARED_CLIENT_OF = p('\\b(?:customers?|clients?|clientes?|clienti) (?:of|de|di|del|della) @C\\b');
/** The company money came from: "chi incassa di più da OpenAI", "who earns more from OpenAI". */
const COMPARED_FROM = p(
  `\\b(?:incassa|incassano|incassato|riceve|ricevono|ricevuto|prende|prendono|guadagna|guadagnano|gets|get|got|receives|received|earns|earned|makes|made|recibe|reciben|recibio|cobra|cobran|cobro|gana|ganan|gano|saca|sacan)(?: (?!x(?:co|unk|amb)\\d)\\S+){0,3} (?:from|da|dal|dalla|de|del|desde) @C\\b`,
);
const COMPARED_OF = p('\\b(?:of|de|di|a) @C\\b');
/** "latest deals", "what's new", "novedades", "ultime notizie". */
const LATEST = words(
  /\b(?:latest|lately|newest|most recent|recent|recently|fresh|today|hoy|oggi|di recente|recientemente|usciti|salido|salieron|new deals|algo nuevo|nuevo de|alguna novedad|novedad de|ultimamente|lo ultimo|lo mas reciente|le ultime|deals? (?:this|last) (?:week|month)|this (?:week|month)|acuerdos nuevos|nuevos acuerdos|este mes|esta semana|accordi nuovi|nuovi accordi|questo mese|questa settimana|what s new|whats new|anything new|something new|nuevo sobre|news|novedades|ultimas|ultimos|ultimas noticias|noticias|que hay de nuevo|ultime|ultimi|novita|notizie|di nuovo|cosa c e di nuovo)\b/,
);
/** "who led…", "quién lideró…", "chi ha guidato…": a round's lead investors. */
const LED = p(
  `\\b(?:who|whos|quien|quienes|chi)\\b${NF}{0,2} (?:led|leads|lead|lidero|liderado|lideraron|encabezo|guidato|guidata|guido|guida)\\b${NF}{0,4} @C`,
);
const LED_AFTER = p(`\\b@C\\b(?: \\S+){0,8} (?:who|quien|chi) (?:led|lidero|ha guidato|guido)\\b`);
/** "cuánto vale X", "how much is X worth", "X's valuation": the valuation of one company among several. */
const VALUATION_OF: Pattern[] = [
  {
    re: p('\\b(?:cuanto|quanto) (?:vale|valia|valen|valeva|valgono|valevano|valian)\\b(?: \\S+){0,2}? @C'),
    slot: 1,
  },
  { re: p('\\bhow much (?:is|was) @C worth\\b'), slot: 1 },
  { re: p('\\b@C(?: s)? (?:valuation|valoracion|valutazione)\\b'), slot: 1 },
];
/** "how much did it cost", "cuánto costó", "quanto è costato": the deal's money. */
const COST = words(/\b(?:cost|costs|costed|costo|cuesta|coste|costa|costato)\b/);
/** "who makes Trainium", "quién lo fabrica", "chi produce": a product's owner. */
const MAKER = words(
  /\b(?:who makes|who built|who builds|quien (?:lo |la )?(?:fabrica|hace|construye)|chi (?:lo |la )?(?:fa|produce|fabbrica|costruisce))\b/,
);

interface Pattern {
  re: RegExp;
  /** Which capture is the company the question is about (1-based); 0 when there is none. */
  slot?: number;
  /** Only when exactly one company is named. */
  single?: boolean;
  /** For acquisitions: the capture of the buyer. */
  acquirer?: number;
}

const ACQUIRED_PAIR: Pattern[] = [
  { re: p(`\\b@C${NF}{0,2} ${BE} (?:\\S+ )?${ACQ_PARTICIPLE} (?:\\S+ )?${BY} @C`), acquirer: 2 },
  { re: p(`\\b(?:was|is|fue|e stata|e stato|fu) ${ACQ_PARTICIPLE} @C ${BY} @C`), acquirer: 2 },
  { re: p(`\\b${BE} @C(?: ever| really| actually)? ${ACQ_PARTICIPLE} ${BY} @C`), acquirer: 2 },
  {
    re: p(
      `\\b(?:acquisition|purchase|takeover|buyout|adquisicion|compra|acquisizione|acquisto) (?:of|de|di|del|della|dello|dell) @C ${BY} @C`,
    ),
    acquirer: 2,
  },
  {
    re: p(
      '\\b@C (?:\\S+ )?(?:belongs? to|pertenece a|appartiene a|is part of|part of|is owned by|forma parte de|fa parte di|es parte de|di proprieta di|propiedad de|property of) @C',
    ),
    acquirer: 2,
  },
  {
    re: p(
      '\\b(?:sold|sell|sells|selling|vendio|vendido|vendieron|vende|venden|venduto|venduta|vendono|vendere)\\b(?: \\S+)? @C (?:to|a|al|ad) @C',
    ),
    acquirer: 2,
  },
  {
    // "coreweave compra ancora core scientific", "compró la división de robótica de ABB": small words between.
    re: p(`\\b@C${NF}{0,5} ${ACQ_VERB}${ACQ_FILLER}{0,4} @C`),
    acquirer: 1,
  },
  { re: p(`\\b${ACQ_VERB}(?: \\S+)? @C(?: a| al| la| el)? @C`), acquirer: 1 },
  { re: p(`\\b@C(?: s)? ${ACQ_NOUN}(?: (?:of|de|di))? @C`), acquirer: 1 },
  // "when did NVIDIA close the Run:ai purchase".
  { re: p(`\\b@C${NF}{0,3} @C (?:acquisition|purchase|takeover|buyout)\\b`), acquirer: 1 },
  {
    // "cuándo cerró SoftBank la compra de Ampere", "quando ha chiuso SoftBank l'acquisto di Ampere".
    re: p(`\\b@C${NF}{0,3} (?:compra|acquisto|purchase|adquisicion|acquisizione) (?:of|de|di|del|della) @C`),
    acquirer: 1,
  },
  { re: p(`\\b${ACQ_NOUN}\\b`), acquirer: 1 },
];

const ACQUIRED_ONE: Pattern[] = [
  // "did the Aligned Data Centers acquisition close", "¿se cerró la compra de Aligned?": one deal's state.
  { re: p('\\b@C (?:acquisition|takeover|purchase|buyout)\\b') },
  {
    re: p(
      '\\b(?:acquisition|takeover|purchase|buyout|compra|adquisicion|acquisizione|acquisto) (?:of|de|di|del|della|dell) @C',
    ),
  },
  {
    re: p(
      `\\b(?:who|whos|quien|quienes|chi|anyone|somebody|alguien|qualcuno)\\b${NF}{0,2} ${ACQ_VERB}(?: a| al| la| el| the)? @C`,
    ),
  },
  { re: p(`\\b(?:what|which|que|cosa|che cosa|quali|cuales)\\b${NF}{0,3} ${ACQ_VERB}\\b${NF}{0,1} @C`) },
  { re: p(`\\b(?:what|which|que|cosa|che cosa|quali|cuales)\\b${NF}{0,3} @C${NF}{0,2} ${ACQ_VERB}\\b`) },
  // "who did CoreWeave try to buy", "chi ha provato a comprare CoreWeave".
  { re: p(`\\b(?:who|whom|a quien|chi)\\b${NF}{0,3} @C${NF}{0,2} ${ACQ_VERB}\\b`) },
  { re: p(`\\b(?:chi|quien)\\b${NF}{0,3} (?:comprar|comprare|acquistare|acquisire|buy) @C`) },
  {
    re: p(
      '\\b@C(?: s)?(?: \\S+)? (?:acquisitions|purchases|takeovers|buyouts|adquisiciones|compras|acquisizioni|acquisti)\\b',
    ),
  },
  {
    re: p(
      '\\b(?:acquisitions|purchases|takeovers|adquisiciones|compras|acquisizioni|acquisti) (?:of|by|made by|de|por|di|da parte di|fatte da|hechas por) @C',
    ),
  },
  { re: p(`\\b${BE} @C(?: ever)? (?:sold|vendid[ao]|vendut[ao]|${ACQ_PARTICIPLE})`) },
  {
    re: p(
      `\\b@C (?:was|has been|fue|ha sido|e stata|e stato|got) (?:ever )?(?:sold|vendid[ao]|vendut[ao]|${ACQ_PARTICIPLE})`,
    ),
  },
  { re: p(`\\b(?:did|has|have|does) @C(?: ever)? ${ACQ_VERB}\\b`) },
  { re: p(`\\b@C (?:ha|han|hanno) (?:comprado|adquirido|comprato|acquisito|acquistato)\\b`) },
  // "¿Apple compró alguna empresa?", "has OpenAI bought any startups".
  {
    re: p(
      `\\b@C ${ACQ_VERB}(?: \\S+)? (?:empresas?|companias?|company|companies|startups?|societa|aziend[ae]|firms?)\\b`,
    ),
  },
];

const INVESTMENTS: Pattern[] = [
  {
    re: p(
      `\\b(?:where|what|which|whom|who)\\b${NF}{0,3} (?:did|does|has|have|do|is|are|was) @C${NF}{0,2} (?:${INV_EN}|bet|bets|betting|put (?:its |their )?money|take stakes?|taken stakes?|took stakes?)\\b`,
    ),
    slot: 1,
  },
  {
    // "what's microsoft got money in": the company, then what it has money in, no auxiliary.
    re: p(`\\b(?:what|whats|which|where|wheres)\\b${NF}{0,2} @C ${INV_EN}$`),
    slot: 1,
  },
  {
    re: p(
      `\\b(?:en que|en cuales|en quien|en quienes|a que|a quien|a quienes|donde|adonde|que empresas|que companias|que startups|cuales empresas)\\b${NF}{0,3} ${INV_ES}\\b${NF}{0,2} @C`,
    ),
    slot: 1,
  },
  {
    re: p(
      `\\b(?:dove|in cosa|in che cosa|su cosa|in quali|su quali|in chi|su chi|in che|quali aziende|quali societa|quali startup|che aziende|che societa|che startup|a chi)\\b${NF}{0,3} ${INV_IT}\\b${NF}{0,2} @C`,
    ),
    slot: 1,
  },
  { re: p(`\\b@C(?: s)?${NF}{0,2} ${INVESTMENT_NOUN}\\b`), single: true },
  {
    re: p(
      `\\b${INVESTMENT_NOUN}\\b(?: made| hechas| fatti| fatte| ia| ai| en ia| in ai)? (?:of|by|from|de|del|por|di|della|dell|da|da parte di) @C`,
    ),
    single: true,
  },
  {
    re: p(
      `\\bhow much(?: money| cash)? (?:has|did|does|have|is) @C${NF}{0,2} (?:${INV_EN}|invested|spent|spend|put)\\b`,
    ),
    single: true,
  },
  {
    re: p(
      '\\bcuanto(?: dinero)?(?: ha| han| habia)? (?:invertido|invirtio|invierte|invirtieron|financiado|aportado)\\b(?: \\S+){0,2}? @C',
    ),
    single: true,
  },
  { re: p('\\bcuanto(?: dinero)? @C(?: ha)? (?:invertido|invirtio|invierte)\\b'), single: true },
  {
    re: p(
      '\\bquanto(?: denaro| soldi)?(?: ha| hanno)? (?:investito|speso|messo|finanziato)\\b(?: \\S+){0,2}? @C',
    ),
    single: true,
  },
  { re: p('\\bquanto(?: denaro| soldi)? @C(?: ha)? (?:investito|speso)\\b'), single: true },
  {
    re: p(
      '\\b@C(?: \\S+){0,2} (?:invested|invests|investing|backed|funded|invertido|invirtio|invierte|investito|investe|finanziato|finanzia) (?:in|into|en|su) (?:what|which|whom|who|que|cuales|quien|quienes|cosa|che cosa|quali|chi)\\b',
    ),
    single: true,
  },
  { re: p('\\bwhat (?:does|did) @C (?:own|hold|have stakes in)\\b'), single: true },
];

const BACKERS: Pattern[] = [
  { re: p(`(?<!(?:^|\\s)a )\\b(?:who|whos|quien|quienes|chi)\\b${NF}{0,3} ${INV}\\b${NF}{0,3} @C`), slot: 1 },
  {
    re: p(`\\b(?:who|whos|quien|quienes|chi)\\b${NF}{0,3} (?:behind|detras de|detras|dietro|dietro a) @C`),
    slot: 1,
  },
  {
    re: p(
      `\\b(?:who|quien|quienes|chi)\\b${NF}{0,3} (?:owns?|holds?|tiene|tienen|posee|poseen|possiede|possiedono|detiene|detengono|ha|hanno)(?: \\S+)? (?:stakes?|shares?|equity|participacion|participaciones|acciones|quote|quota|azioni|partecipazioni)\\b${NF}{0,2} (?:in|of|en|de|di|del|della|dell) @C`,
    ),
    slot: 1,
  },
  { re: p(`\\b${BACKER_NOUN}\\b${NF}{0,3} ${OF} @C`), single: true },
  { re: p(`\\b@C(?: s)?${NF}{0,2} ${BACKER_NOUN}\\b`), single: true },
  {
    re: p(
      '\\b@C(?: \\S+){0,2} (?:backed|funded|financed|bankrolled|financiad[ao]s?|respaldad[ao]s?|apoyad[ao]s?|finanziat[ao]|sostenut[ao]|supportat[ao]) (?:by|por|da)\\b',
    ),
    single: true,
  },
  {
    re: p('\\bwhere (?:does|did|do) @C (?:get|gets|got) (?:its |their |the )?(?:money|funding|cash|capital)'),
    single: true,
  },
  {
    re: p(
      '\\bde donde (?:saca|obtiene|saco|obtuvo|viene|sale) (?:el |su )?(?:dinero|financiacion|capital)(?: de)? @C',
    ),
    single: true,
  },
  {
    re: p(
      '\\bda dove (?:prende|arrivano|vengono|arriva|viene) (?:i |il )?(?:soldi|fondi|denaro)(?: di| della)? @C',
    ),
    single: true,
  },
  { re: p('\\bwho (?:gave|gives|give|has given|lent) (?:money |cash |capital )?(?:to )?@C'), slot: 1 },
  {
    // "da chi prende i soldi X", "¿de quién recibe dinero X?", "who does X get its money from".
    re: p(
      `\\b(?:da chi|de quien|de quienes|from whom|from who)\\b${NF}{0,2} (?:prende|prendono|riceve|ricevono|ha ricevuto|ottiene|recibe|reciben|recibio|saca|sacan|obtiene|obtuvo|gets?|got|takes?|took|raised?)\\b${NF}{0,3} @C`,
    ),
    slot: 1,
  },
  {
    // "who lends to SoftBank", "¿quién le presta dinero a SoftBank?", "chi presta soldi a SoftBank".
    re: p(
      `\\b(?:who|which|what|quien|quienes|que|cuales|chi|quali|quale)\\b${NF}{0,3} (?:lends?|lent|lending|presta|prestan|presto|prestaron|prestado|prestano|prestato)\\b${NF}{0,2} (?:to|a|al|ad) @C`,
    ),
    slot: 1,
  },
  {
    re: p(
      '\\bhow much(?: money| cash| funding)? (?:has|did|have|does) @C (?:receive|received|raise|raised|get|got|take|taken|took)\\b',
    ),
    single: true,
  },
  {
    re: p(
      '\\bcuanto(?: dinero)?(?: ha| han)? (?:recibido|recibio|levantado|levanto|captado|capto|recaudado|recaudo|obtenido|obtuvo)(?: \\S+)? @C',
    ),
    single: true,
  },
  {
    re: p(
      '\\bquant[io](?: soldi| denaro)?(?: ha| hanno)? (?:ricevuto|raccolto|incassato|ottenuto)(?: \\S+)? @C',
    ),
    single: true,
  },
  {
    re: p(
      '\\b@C(?: ha| han| has| have)? (?:recibido|recibio|levantado|levanto|recaudado|recaudo|ricevuto|raccolto|received|raised|raise)\\b',
    ),
    single: true,
  },
];

interface Reading {
  intent: Intent;
  /** The slot ("xco1", "xunk0") of the company the question is about. */
  focus?: string;
  /** The slot of the buyer, for acquisitions. */
  acquirer?: string;
  /** Index into the question's amounts of the minimum asked for. */
  amount?: number;
  outOfScope?: boolean;
  /** The intent was guessed from a bare name, not read from words. */
  fallback?: boolean;
}

function run(
  patterns: Pattern[],
  template: string,
  companies: number,
): { focus?: string; acquirer?: string } | undefined {
  for (const pattern of patterns) {
    if (pattern.single && companies !== 1) continue;
    const m = pattern.re.exec(template);
    if (!m) continue;
    const slot = (n: number | undefined) => (n !== undefined ? m[n] : undefined);
    return { focus: slot(pattern.slot), acquirer: slot(pattern.acquirer) };
  }
  return undefined;
}

/** `companies`: the names in the question, known or not; `known`: those that resolved. */
export function readIntent(template: string, companies: number, known = companies): Reading {
  const t = template;
  if (OUT_OF_SCOPE.test(t)) return { intent: 'unknown', outOfScope: true };
  if (SOURCES.test(t)) return { intent: 'sources' };

  // Two or more companies side by side: "who put more into Anthropic, Amazon or Google?"
  if (companies >= 2 && COMPARISON.test(t) && !COMPARE.test(t)) {
    const into =
      COMPARED_CUSTOMER.exec(t) ??
      COMPARED_CLIENT_OF.exec(t) ??
      COMPARED_SPENT_WITH.exec(t) ??
      COMPARED_PAID.exec(t) ??
      COMPARED_FROM.exec(t) ??
      COMPARED_INTO.exec(t) ??
      COMPARED_OF.exec(t);
    const focus = companies >= 3 || into ? into?.[1] : undefined;
    // "is openai still worth more than anthropic", "¿vale más que xAI?", "vale più di Mistral?".
    const than =
      /\b(?:more|less|bigger|larger|higher|lower|mas|menos|piu|meno)\b(?: \S+){0,2}? (?:than|que|di|del|della) x(?:co|unk|amb)\d/;
    // Worth more than the other: their valuations, not money between them.
    if (companies === 2 && than.test(t) && VALUATION.test(t)) return { intent: 'compare' };
    if (
      companies >= 3 ||
      (!into && /\b(?:vs|versus|compare|comparar|compara|confronta|confrontare|paragona|or|o|u)\b/.test(t)) ||
      than.test(t)
    )
      return { intent: 'compare', focus };
  }
  // "mistral vs cohere valuation": two companies set against each other.
  if (companies >= 2 && /\b(?:vs|versus)\b/.test(t) && !DEAL_WORDS.test(t)) return { intent: 'compare' };

  const compare = COMPARE.exec(t);
  // "did Crusoe raise more than a billion?": a claim about one company's round, not a ranking.
  const raised =
    companies === 1 && /\bxco\d+\b.*\b(?:raise|raised|levanto|recaudo|capto|raccolto|incassato)\b/.test(t);
  if (compare && companies <= 1 && !raised) {
    const before = t.slice(0, compare.index + compare[0].length);
    const amount = (before.match(/\bxamt\b/g) ?? []).length - 1;
    return { intent: 'top', amount };
  }

  // "¿Cuánto vale xAI después de la fusión con SpaceX?" asks a valuation, not who bought whom.
  const valuationOf = run(VALUATION_OF, t, companies);
  if (valuationOf && !DEAL_WORDS.test(t)) return { intent: 'valuation', focus: valuationOf.focus };

  // "did Thrive buy OpenAI shares": shares changing hands, not a takeover.
  const shares = /\bxco\d+ (?:s )?(?:shares|stock|stake|acciones|azioni|participaciones|quote)\b/.test(t);
  // "how much of OpenAI does Microsoft own", "¿qué parte de OpenAI tiene Microsoft?": a stake, not a takeover.
  if (companies >= 2 && OWN_SHARE.test(t)) return { intent: 'deal' };
  if (companies >= 2 && !shares) {
    const acquired = run(ACQUIRED_PAIR, t, companies);
    if (acquired) return { intent: 'acquired', acquirer: acquired.acquirer };
  }
  if (companies === 1 && run(ACQUIRED_ONE, t, companies)) return { intent: 'acquired' };

  if (companies >= 1 && (LED.test(t) || LED_AFTER.test(t))) {
    const m = LED.exec(t);
    return { intent: 'backers', focus: m?.[1] };
  }
  // "NVIDIA's biggest investment", "la mayor inversión de NVIDIA": a ranking of one company's deals.
  if (companies === 1 && SUPERLATIVE.test(t) && readKind(t)) return { intent: 'top' };
  const investments = run(INVESTMENTS, t, companies);
  if (investments && (companies === 1 || investments.focus !== undefined))
    return { intent: 'investments', focus: investments.focus };
  const backers = run(BACKERS, t, companies);
  if (backers && (companies === 1 || backers.focus !== undefined))
    return { intent: 'backers', focus: backers.focus };

  if (companies === 1 && VALUATION.test(t) && !DEAL_WORDS.test(t)) return { intent: 'valuation' };
  if (companies <= 1 && LATEST.test(t) && !SUPERLATIVE.test(t)) return { intent: 'latest' };

  const kind = readKind(t);
  const hasYear = /\bxyr\b/.test(t);
  if (
    companies === 0 &&
    (SUPERLATIVE.test(t) || kind || (hasYear && LISTING.test(t)) || /\ball deals\b/.test(t))
  )
    return { intent: 'top' };
  if (companies === 1 && SUPERLATIVE.test(t) && (kind || LISTING.test(t))) return { intent: 'top' };

  if (companies >= 2) return { intent: 'deal' };
  if (companies === 1) {
    if (MAKER.test(t)) return { intent: 'company' };
    if (DEAL_WORDS.test(t) || DEALS_OF_ONE.test(t) || LISTING.test(t) || kind || COST.test(t))
      return { intent: 'deal' };
    if (PROFILE.test(t)) return { intent: 'company' };
    // A bare unknown word with no question around it ("the capital of France") is not a company question.
    return known > 0 ? { intent: 'company', fallback: true } : { intent: 'unknown' };
  }
  return { intent: 'unknown' };
}

// ---------------------------------------------------------------------------------------------------
// Deal kinds, most specific first.

const KINDS: [DealKind, RegExp][] = (
  [
    [
      'data-centre-build',
      /\b(?:data ?cent(?:er|re)s?|datacent(?:er|re)s?|centros? de datos|centri dati|data center)\b/,
    ],
    [
      'debt-financing',
      /\b(?:debt|debts|loans?|bridge loan|borrowing|deuda|deudas|prestamos?|debito|debiti|prestit[oi])\b/,
    ],
    ['licence-and-hiring', /\b(?:licen[cs]es?|licensing|acqui ?hires?|licencias?|licenze?)\b/],
    ['joint-venture', /\b(?:joint ventures?|empresas? conjuntas?|societa congiunt[ae])\b/],
    [
      'secondary-sale',
      /\b(?:secondary|secondaries|tender offers?|ventas? secundarias?|vendit[ae] secondari[ae])\b/,
    ],
    ['spending-commitment', /\b(?:spending commitments?|compromisos? de gasto|impegni di spesa)\b/],
    [
      'ipo',
      /\b(?:ipos?|initial public offering|public offering|listing|listed|x(?:co|unk|amb)\d+ list|go public|goes public|going public|went public|gone public|salida a bolsa|salir a bolsa|salio a bolsa|bolsa|cotiza|cotizar|quotazione in borsa|quotazione|quotata|quotato|quotarsi|borsa)\b/,
    ],
    [
      'funding-round',
      /\b(?:funding rounds?|rounds?|fundraising|fundraises|raises|rondas?|financiacion|financiamiento|round di finanziamento|raccolte?|finanziamenti)\b/,
    ],
    [
      'acquisition',
      /\b(?:acquisitions?|takeovers?|buyouts?|m&a|mergers?|purchases|adquisiciones|adquisicion|compras|fusiones|acquisizioni|acquisizione|acquisti|fusioni)\b/,
    ],
    [
      'chip-supply',
      /\b(?:chips?|gpus?|semiconductors?|memory|tpus?|semiconductores|memoria|semiconduttori|processori)\b/,
    ],
    [
      'compute-contract',
      /\b(?:compute|computing|cloud|capacity|computo|computacion|nube|capacidad|calcolo|capacita)\b/,
    ],
    ['partnership', /\b(?:partnerships?|alliances?|alianzas?|asociaciones|alleanze|partenariati)\b/],
    [
      'equity-investment',
      /\b(?:investments?|equity|stakes|inversiones|inversion|participaciones|investimenti|investimento|partecipazioni)\b/,
    ],
  ] as [DealKind, RegExp][]
).map(([kind, re]) => [kind, words(re)]);

/** The question asks what share of a company another owns ("how much of X does Y own"). */
export function asksShare(template: string): boolean {
  return OWN_SHARE.test(template);
}

/** The question asks what a company is worth ("worth more", "valuation", "vale di più"). */
export function asksValuation(template: string): boolean {
  return VALUATION.test(template);
}

export function readKind(template: string): DealKind | undefined {
  return KINDS.find(([, re]) => re.test(template))?.[0];
}
