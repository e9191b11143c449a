/**
 * Finds the companies named in a question with the same resolver the slash commands use, typos included,
 * without reading ordinary words as names.
 *
 * Spans of one to four words are tried longest first, left to right; a word belongs to at most one name.
 * - A span of several words must match a name, alias or id exactly ("Open AI", "Scale AI", "T. Rowe Price"):
 *   prefixes and typos across words would turn "Amazon y" or "OpenAI s" into guesses.
 * - A single word is never a function word or a keyword of any of the three languages (`NEVER_ALONE`),
 *   nor an Italian elision ("dell'accordo").
 * - A single ordinary word that is also a company ("meta", "arm", "valor") must look like a name.
 * - A prefix must be four letters or more and cover half the name ("Anthro", not "Index" for Index Ventures);
 *   a typo needs four letters, and five-letter words get one edit ("nvdia"); a typo of an alias, one edit;
 *   a word one letter from a keyword is that keyword ("aquire" is not Azure); tickers ("NVDA", "DIS") only
 *   match as written, since "did" is one edit from "DIS" and "into" from "INTC".
 * The work is bounded: at most `MAX_TOKENS` words, so at most four resolver calls per word.
 */
import type { Engine } from '../answers/engine.js';
import type { Match } from '../search/resolver.js';
import { editDistance } from '../text/distance.js';
import { compactName } from '../text/normalize.js';
import localNames from './data/localNames.json' with { type: 'json' };
import {
  COMMON_WORD_NAMES,
  ELIDED,
  FUNCTION_WORDS,
  fold,
  isOrdinary,
  NAME_SLOT_AFTER,
  NAME_SLOT_BEFORE,
  NEVER_ALONE,
  nearKeyword,
  SHORTHAND,
} from './lexicon.js';

export const MAX_TOKENS = 100;
/** The local names of public bodies, as word lists, longest first. */
const LOCAL_NAMES: [string[], string][] = Object.entries(localNames.names as Record<string, string[]>)
  .flatMap(([id, phrases]) => phrases.map((p): [string[], string] => [p.split(' '), id]))
  .sort((a, b) => b[0].length - a[0].length);
const MAX_SPAN = 4;
const EXACT_KINDS: ReadonlySet<Match['kind']> = new Set(['id', 'name', 'alias', 'product']);
/** Words that join the last two names of a list. */
const LIST_JOINERS: ReadonlySet<string> = new Set(['or', 'and', 'o', 'u', 'y', 'e']);

export interface Token {
  /** As written, without trailing dots. */
  raw: string;
  /** Folded: lowercase, no accents. */
  word: string;
  start: number;
  end: number;
  /** Italian elision: "dell" in "dell'accordo". */
  elided: boolean;
}

export interface FoundName {
  companyId: string;
  /** Token indexes [first, last]. */
  tokens: [number, number];
  text: string;
  match: Match;
}

export interface AmbiguousName {
  text: string;
  tokens: [number, number];
  candidates: Match[];
}

export interface Names {
  found: FoundName[];
  ambiguous: AmbiguousName[];
  /** Indexes of tokens used by a found or ambiguous name. */
  used: Set<number>;
  /** Tokens of a person named with their own company, read as that company ("Jony Ive's io"). */
  absorbed: Set<number>;
}

/** Words, with "-" and "/" as separators and "." kept inside ("x.AI", "Amazon.com"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&.]*/gu)) {
    let raw = m[0];
    while (raw.endsWith('.')) raw = raw.slice(0, -1);
    const start = m.index;
    const end = start + raw.length;
    const word = fold(raw);
    const after = text.slice(end, end + 3);
    const elided = ELIDED.has(word) && /^['’]\p{L}/u.test(after) && !/^['’]s(?![\p{L}])/iu.test(after);
    const shorthand = !elided && raw === word ? SHORTHAND[word] : undefined;
    out.push({ raw, word: shorthand ?? word, start, end, elided });
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}

/**
 * `skip`: tokens already read as something else (amounts, years). `lowercase`: the question has no
 * capital letter at all, so capitals cannot tell a name from a word.
 */
export function findNames(engine: Engine, text: string, tokens: Token[], skip: ReadonlySet<number>): Names {
  // Words written exactly as a company, product or alias ("google", "TPUs", "windsurf"): a lowercase
  // common-word name next to one of them is a name too ("the meta manus deal", "cognition windsurf price").
  const exact = new Set<number>();
  tokens.forEach((t, k) => {
    if (skip.has(k) || t.elided || NEVER_ALONE.has(t.word) || t.word.length < 2) return;
    const r = engine.resolver.resolve(t.raw);
    if (r.status === 'found' && EXACT_KINDS.has(r.match.kind) && !isTicker(r.match)) exact.add(k);
  });
  // Amounts, codes, acronyms and names do not count: "is the oracle 300B thing confirmed", "¿meta alquila
  // TPUs de google?" are written in lowercase.
  const lowercase = tokens.every(
    (t, k) =>
      skip.has(k) ||
      /\d/.test(t.raw) ||
      /^[A-Z]{2,}s?$/.test(t.raw) ||
      t.raw === t.raw.toLowerCase() ||
      (exact.has(k) && !COMMON_WORD_NAMES.has(t.word)),
  );
  const used = new Set<number>();
  const found: FoundName[] = [];
  const ambiguous: AmbiguousName[] = [];
  // Public bodies as people name them in their language ("el gobierno de EEUU", "il Pentagono").
  for (const [phrase, id] of LOCAL_NAMES) {
    const company = engine.kb.company(id);
    if (!company) continue;
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      const j = i + phrase.length - 1;
      if (!spanIsFree(i, j, used, skip) || phrase.some((w, k) => tokens[i + k]!.word !== w)) continue;
      const spanText = text.slice(tokens[i]!.start, tokens[j]!.end);
      const match: Match = { company, kind: 'alias', matched: company.name, score: 0 };
      found.push({ companyId: id, tokens: [i, j], text: spanText, match });
      for (let k = i; k <= j; k++) used.add(k);
    }
  }
  for (let n = Math.min(MAX_SPAN, tokens.length); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const j = i + n - 1;
      if (!spanIsFree(i, j, used, skip) || crossesPunctuation(text, tokens, i, j)) continue;
      const spanText = text.slice(tokens[i]!.start, tokens[j]!.end);
      if (n === 1 && !mayBeName(tokens, i)) continue;
      if (n > 1 && tokens.slice(i, j + 1).every((t) => NEVER_ALONE.has(t.word) || /^\d+$/.test(t.word)))
        continue;
      const resolution = engine.resolver.resolve(spanText);
      if (resolution.status === 'found') {
        if (!accept(text, resolution.match, tokens, i, j, lowercase, exact)) continue;
        found.push({
          companyId: resolution.match.company.id,
          tokens: [i, j],
          text: spanText,
          match: resolution.match,
        });
        for (let k = i; k <= j; k++) used.add(k);
      } else if (resolution.status === 'ambiguous' && n === 1 && !isOrdinary(tokens[i]!.word)) {
        if (tokens[i]!.word.length < 3) continue;
        ambiguous.push({ text: spanText, tokens: [i, j], candidates: resolution.candidates });
        used.add(i);
      }
    }
  }
  // A guess (a prefix or a typo) of one word next to a word nobody knows is part of a name the knowledge
  // base does not hold: "hugging face" is not Facebook, so not Meta.
  for (const f of [...found]) {
    const [i, j] = f.tokens;
    if (i !== j || EXACT_KINDS.has(f.match.kind)) continue;
    if ([i - 1, i + 1].some((k) => isUnknownWord(tokens, k, used, skip))) {
      found.splice(found.indexOf(f), 1);
      used.delete(i);
    }
  }
  // Names that need the rest of the question as evidence, now that the other names are known.
  const near = (k: number) => found.some((f) => k >= f.tokens[0] && k <= f.tokens[1]);
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i) || skip.has(i) || !mayBeName(tokens, i)) continue;
    const t = tokens[i]!;
    const resolution = engine.resolver.resolve(t.raw);
    if (resolution.status !== 'found') continue;
    const { match } = resolution;
    const gapBefore = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : '';
    const gapAfter = i + 1 < tokens.length ? text.slice(t.end, tokens[i + 1]!.start) : '';
    const nextToName =
      (i > 0 && near(i - 1) && /^\s+$/.test(gapBefore)) || (near(i + 1) && /^\s+$/.test(gapAfter));
    // A lowercase common-word name right beside another name, typo included: "coreweve meta".
    const besideName =
      EXACT_KINDS.has(match.kind) && COMMON_WORD_NAMES.has(t.word) && lowercase && nextToName;
    // In a lowercase question that names another company, a common-word name is a name too ("¿cuándo firmó
    // meta con nebius?", "google si è comprata windsurf?") unless an article or a possessive makes it a
    // word ("la meta", "the index") or "of" follows it ("valor de", "meta di").
    const beforeWord = tokens[i - 1]?.word;
    const afterWord = tokens[i + 1]?.word;
    const withCompany =
      EXACT_KINDS.has(match.kind) &&
      COMMON_WORD_NAMES.has(t.word) &&
      lowercase &&
      found.length > 0 &&
      !(beforeWord !== undefined && DETERMINERS.has(beforeWord)) &&
      !(afterWord !== undefined && /^(?:de|del|di|della|dello|dei|of)$/.test(afterWord)) &&
      // Beside grammar, not after a noun ("google's venture arm"): a function word, a keyword or a joiner
      // before it, or one after it ("meta con nebius", "meta ha firmato").
      (beforeWord === undefined ||
        isGrammar(beforeWord) ||
        DEAL_VERB.test(beforeWord) ||
        (afterWord !== undefined && isGrammar(afterWord)));
    if (
      besideName ||
      withCompany ||
      shortNameInContext(engine, tokens, i, match, found) ||
      firstNameAsked(tokens, i, match)
    ) {
      found.push({ companyId: match.company.id, tokens: [i, i], text: t.raw, match });
      used.add(i);
    }
  }
  const absorbed = new Set<number>();
  // A unit named by its parent and what it does, in any language: "la división de robótica de ABB" is ABB
  // Robotics, "the cloud unit of Google" Google Cloud. The unit takes the place of the word that names it.
  for (const f of [...found]) {
    const parent = f.companyId;
    const head = fold(engine.kb.company(parent)?.name ?? '').split(/\s+/);
    for (const child of engine.kb.companies.values()) {
      if (child.parent !== parent) continue;
      const words = fold(child.name).split(/\s+/);
      const rest = words.slice(head.length);
      if (rest.length === 0 || words.slice(0, head.length).join(' ') !== head.join(' ')) continue;
      // The rest of the unit's name, word by word, near the parent: "frontier company de microsoft".
      const k = tokens.findIndex(
        (_, n) =>
          Math.abs(n - f.tokens[0]) <= 4 &&
          rest.every((w, r) => {
            const t = tokens[n + r];
            return t !== undefined && !used.has(n + r) && !skip.has(n + r) && sameStem(t.word, w);
          }),
      );
      if (k < 0) continue;
      const last = k + rest.length - 1;
      found.splice(found.indexOf(f), 1, {
        companyId: child.id,
        tokens: [k, last],
        text: text.slice(tokens[k]!.start, tokens[last]!.end),
        match: { ...f.match, company: child },
      });
      for (let n = k; n <= last; n++) used.add(n);
      for (let n = f.tokens[0]; n <= f.tokens[1]; n++) absorbed.add(n);
      break;
    }
  }
  // A person and the company they lead, named together, ask about the company: "Jony Ive's io".
  for (const f of [...found]) {
    const affiliation = engine.kb.company(f.companyId)?.affiliation;
    if (affiliation && found.some((g) => g.companyId === affiliation)) {
      found.splice(found.indexOf(f), 1);
      for (let k = f.tokens[0]; k <= f.tokens[1]; k++) absorbed.add(k);
    }
  }
  found.sort((a, b) => a.tokens[0] - b.tokens[0]);
  ambiguous.sort((a, b) => a.tokens[0] - b.tokens[0]);
  return { found, ambiguous, used, absorbed };
}

/** "robotica" and "robotics", "cloud" and "cloud": the same word in another language, by a long common start. */
function sameStem(word: string, stem: string): boolean {
  if (word === stem) return true;
  let n = 0;
  while (n < word.length && n < stem.length && word[n] === stem[n]) n++;
  return n >= 6 && n >= Math.min(word.length, stem.length) - 2;
}

/**
 * "Who's Demis?", "¿quién es Demis?", "chi è Demis?": a person asked about by first name alone, right after
 * "who is", when the first name is the whole first word of a person's name.
 */
function firstNameAsked(tokens: Token[], i: number, match: Match): boolean {
  const t = tokens[i]!;
  if (match.kind !== 'prefix' || match.company.kind !== 'person' || t.word.length < 4) return false;
  if (fold(match.company.name.split(/\s+/)[0] ?? '') !== t.word) return false;
  const asked = tokens
    .slice(Math.max(0, i - 3), i)
    .map((x) => x.word)
    .join(' ');
  return /(?:^|\s)(?:who is|who s|whos|quien es|chi e|chi sarebbe)$/.test(asked);
}

/** A word that is not vocabulary, not a name found, and long enough to be part of an unknown name. */
function isUnknownWord(
  tokens: Token[],
  k: number,
  used: ReadonlySet<number>,
  skip: ReadonlySet<number>,
): boolean {
  const t = tokens[k];
  if (!t || used.has(k) || skip.has(k) || t.word.length < 3 || /^\d/.test(t.word)) return false;
  return !isOrdinary(t.word) && !nearKeyword(t.word);
}

/** A function word of any of the three languages, or a word that introduces a company ("con", "in"). */
function isGrammar(word: string): boolean {
  return (
    FUNCTION_WORDS.en.has(word) ||
    FUNCTION_WORDS.es.has(word) ||
    FUNCTION_WORDS.it.has(word) ||
    NAME_SLOT_BEFORE.has(word)
  );
}

/** Verbs of buying, investing, signing and paying, by their stems in the three languages. */
const DEAL_VERB =
  /^(?:compr|acqui|adqui|bought|buy|invest|invirt|financ|finanz|back|fund|firm|sign|pag|paid|pay)/;

/** Articles, possessives and demonstratives: after one, a common word is a word ("la meta", "our index"). */
const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this that my our your their its la el una un lo las los esta este esa ese mi mis su sus nuestra nuestro il l uno questa questo quella quello mia mio sua suo nostra nostro'.split(
    ' ',
  ),
);

/** Words before a name that say a company follows: buying it, paying for it, or "X's". */
const BUY_WORDS: ReadonlySet<string> = new Set(
  'bought buy buys buying acquired acquire acquires compro compra comprado comprato acquisito acquista adquirio'.split(
    ' ',
  ),
);

/**
 * A company whose name starts with a common word ("io" of io Products, Italian for "I"; "Aligned" of
 * Aligned Data Centers; "Scale" of Scale AI) is that company only with evidence: the word comes right after
 * a word that introduces a company ("for", "per", "por", "of", "X's") or a buying verb, and the question
 * names a company that has a deal with it or its founder, or, for a short word, is about buying it ("who
 * bought io"). Never as the question's first word.
 */
function shortNameInContext(
  engine: Engine,
  tokens: Token[],
  i: number,
  match: Match,
  found: readonly FoundName[],
): boolean {
  const t = tokens[i]!;
  const company = match.company;
  if (i === 0 || match.kind !== 'prefix') return false;
  if (fold(company.name.split(/\s+/)[0] ?? '') !== t.word) return false;
  const before = tokens[i - 1]!.word;
  const after = tokens[i + 1]?.word;
  const buying = BUY_WORDS.has(before);
  const slot =
    buying ||
    NAME_SLOT_BEFORE.has(before) ||
    before === 's' ||
    (after !== undefined && NAME_SLOT_AFTER.has(after));
  if (!slot) return false;
  const { kb } = engine;
  const related = found.some(
    (f) =>
      kb.company(f.companyId)?.affiliation === company.id ||
      kb.dealsOf(company.id).some((d) => d.parties.some((p) => p.company === f.companyId)),
  );
  // A short word ("io") may be bought with no other name; a longer ordinary one ("aligned", "scale") needs a
  // company named that has a deal with it.
  return related || (buying && t.word.length < 4);
}

function spanIsFree(i: number, j: number, used: ReadonlySet<number>, skip: ReadonlySet<number>): boolean {
  for (let k = i; k <= j; k++) if (used.has(k) || skip.has(k)) return false;
  return true;
}

/** A name never spans a comma, a question mark, a slash or brackets. */
function crossesPunctuation(text: string, tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    // "Run:ai" is one name; "Nvidia: Run AI" two.
    if (gap === ':') continue;
    if (/[,;:?!¿¡()/"“”«»]/.test(gap)) return true;
  }
  return false;
}

function mayBeName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.elided || NEVER_ALONE.has(t.word)) return false;
  if (/^\d+(?:[.,]\d+)*$/.test(t.word)) return false;
  return t.word.length >= 2;
}

function accept(
  text: string,
  match: Match,
  tokens: Token[],
  i: number,
  j: number,
  lowercase: boolean,
  exactAt: ReadonlySet<number>,
): boolean {
  const exact = EXACT_KINDS.has(match.kind);
  if (i !== j) return exact;
  const t = tokens[i]!;
  if (exact) {
    if (!COMMON_WORD_NAMES.has(t.word) && !isOrdinary(t.word)) return true;
    return looksLikeName(text, tokens, i, lowercase, exactAt);
  }
  if (isOrdinary(t.word) || isTicker(match)) return false;
  const key = compactName(t.raw);
  const target = compactName(match.matched);
  if (match.kind === 'prefix') return key.length >= 4 && key.length * 2 >= target.length;
  // A typo: never of a keyword ("aquire" is acquire, not two edits from Azure), one edit from an alias.
  if (key.length < 4 || target.length < 4 || nearKeyword(t.word)) return false;
  const edits = editDistance(key, target, 3);
  return match.matched === match.company.name ? key.length > 5 || edits <= 1 : edits <= 1;
}

/**
 * "Meta", "META", or "meta" right after "in"/"en"/"di" in a question written all in lowercase, or right
 * before an amount or a word such as "deal" ("the oracle 300B thing", "the meta deal").
 */
function looksLikeName(
  text: string,
  tokens: Token[],
  i: number,
  lowercase: boolean,
  exact: ReadonlySet<number>,
): boolean {
  const t = tokens[i]!;
  if (/\p{Lu}/u.test(t.raw)) return true;
  if (!lowercase) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
  if (before && exact.has(i - 1) && /^\s+$/.test(gap(before, t))) return true;
  if (after && exact.has(i + 1) && /^\s+$/.test(gap(t, after))) return true;
  if (after && (NAME_SLOT_AFTER.has(after.word) || /^\d/.test(after.word))) return true;
  // In a list of companies: "coreweave, meta or openai".
  if (after && LIST_JOINERS.has(after.word) && before && /,\s*$/.test(text.slice(before.end, t.start)))
    return true;
  // "valor del contrato", "meta de OpenAI": at the start, a common word followed by "of" is the word.
  if (before === undefined) return !(after && /^(?:de|del|di|della|dello|dei|of)$/.test(after.word));
  return NAME_SLOT_BEFORE.has(before.word);
}

/** "NVDA", "INTC", "DIS": an exchange ticker that is not the company's own name. */
function isTicker(match: Match): boolean {
  return match.matched !== match.company.name && /^[A-Z0-9]{2,5}$/.test(match.matched);
}
