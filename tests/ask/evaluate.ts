/**
 * Runs the `/ask` question set: how often the meaning is read right, and whether any answer shows a figure
 * the knowledge base does not hold for a deal in that answer.
 *
 * A case is right when the intent and the companies match (in any order), kind, year and minimum match
 * (always compared for rankings, where a stray kind or year changes the answer; for other intents only
 * when the case gives them), the buyer matches when the case gives it, and the confidence fits: a
 * question to decline must not get an 'ok' answer, any other question must be read with high confidence.
 *
 * A wrong figure is a money amount in the rendered answer that matches none of the amounts of the deals
 * the answer shows (their figures, and amounts written in their titles, summaries, caveats and notes) nor
 * of the titles of the sources it cites. Not checked: the title, which restates the question ("Deals of at
 * least $10 billion"), and sums ("announced: $63 billion (4 deals)"), which are totals, not figures.
 * A low-confidence answer must show no money at all.
 *
 * Every question is answered and checked three times, in English, Spanish and Italian, whatever its own
 * language: the checker reads money as each catalog writes it ("$38 billion", "38.000 millones de
 * dólares", "1,4 billones de dólares", "38 miliardi di dollari", "1.400 miliardi di dollari").
 */
import type { Engine } from '../../src/answers/engine.js';
import type { Answer, Line } from '../../src/answers/model.js';
import { answerFor, askAnswer } from '../../src/ask/answer.js';
import { parseAmounts } from '../../src/ask/numbers.js';
import type { Understanding } from '../../src/ask/understand.js';
import { type Catalog, catalog, catalogs, type Lang } from '../../src/i18n/index.js';
import type { Deal } from '../../src/knowledge/schema.js';
import { renderText } from '../../src/render/text.js';
import type { Case, Verdict } from './questions.js';

export interface CaseResult {
  case: Case;
  understanding: Understanding;
  /** The answer in English; the Spanish and Italian ones are checked for figures too. */
  answer: Answer;
  right: boolean;
  /** What differs, for the misses list. */
  why: string[];
  /** Wrong figures in any of the three renderings; those of the Spanish and Italian ones are tagged. */
  wrongFigures: string[];
}

/** Besides English, the languages every answer is also rendered and checked in. */
export const OTHER_LANGUAGES: readonly Lang[] = ['es', 'it'];

export interface Tally {
  right: number;
  total: number;
}

export interface Report {
  results: CaseResult[];
  overall: Tally;
  byLanguage: Map<string, Tally>;
  byIntent: Map<string, Tally>;
  /** Answers showing at least one figure that is not in the knowledge base for a deal they show. */
  wrongFigureAnswers: number;
  languageDetected: Tally;
}

export function evaluate(engine: Engine, cases: readonly Case[]): Report {
  const results = cases.map((c) => evaluateCase(engine, c));
  const tally = (key: (r: CaseResult) => string) => {
    const map = new Map<string, Tally>();
    for (const r of results) {
      const t = map.get(key(r)) ?? { right: 0, total: 0 };
      t.total++;
      if (r.right) t.right++;
      map.set(key(r), t);
    }
    return map;
  };
  return {
    results,
    overall: { right: results.filter((r) => r.right).length, total: results.length },
    byLanguage: tally((r) => r.case.lang),
    byIntent: tally((r) => r.case.intent),
    wrongFigureAnswers: results.filter((r) => r.wrongFigures.length > 0).length,
    languageDetected: {
      right: results.filter((r) => r.understanding.language === r.case.lang).length,
      total: results.length,
    },
  };
}

export function evaluateCase(engine: Engine, c: Case): CaseResult {
  const { understanding: u, answer } = askAnswer(engine, c.q, 'en');
  const why: string[] = [];
  if (u.intent !== c.intent) why.push(`intent ${u.intent}, expected ${c.intent}`);
  const got = [...u.companies].sort().join(',');
  const expected = [...c.companies].sort().join(',');
  if (got !== expected) why.push(`companies [${got}], expected [${expected}]`);
  const strict = c.intent === 'top';
  if ((strict || c.kind !== undefined) && u.kind !== c.kind) why.push(`kind ${u.kind}, expected ${c.kind}`);
  if ((strict || c.year !== undefined) && u.year !== c.year) why.push(`year ${u.year}, expected ${c.year}`);
  if ((strict || c.minAmount !== undefined) && u.minAmount !== c.minAmount)
    why.push(`minAmount ${u.minAmount}, expected ${c.minAmount}`);
  if (c.acquirer !== undefined && u.acquirer !== c.acquirer)
    why.push(`acquirer ${u.acquirer}, expected ${c.acquirer}`);
  if (c.focus !== undefined && u.focus !== c.focus) why.push(`focus ${u.focus}, expected ${c.focus}`);
  if (c.decline && answer.status === 'ok') why.push('answered, expected to decline');
  const lead = answer.lead ? plain(answer.lead) : '';
  if (c.verdict !== undefined) {
    const wanted = Array.isArray(c.verdict) ? c.verdict : [c.verdict];
    if (!wanted.some((v) => lead.startsWith(VERDICT_WORDS[v])))
      why.push(
        `first line "${lead.slice(0, 60)}", expected ${wanted.map((v) => VERDICT_WORDS[v]).join(' or ')}`,
      );
  }
  if (c.lead !== undefined && !lead.includes(c.lead))
    why.push(`first line "${lead.slice(0, 60)}", expected it to say "${c.lead}"`);
  if (c.deal !== undefined) {
    const first = firstDeal(engine, answer);
    if (first !== c.deal) why.push(`leads with deal ${first ?? 'none'}, expected ${c.deal}`);
  }
  if (!c.decline && u.confidence !== 'high') why.push(`low confidence (${u.doubt})`);
  const wrongFigures = checkFigures(engine, u, answer);
  for (const lang of OTHER_LANGUAGES) {
    const t = catalog(lang);
    for (const f of checkFigures(engine, u, answerFor(engine, u, lang), t))
      wrongFigures.push(`[${lang}] ${f}`);
  }
  return { case: c, understanding: u, answer, right: why.length === 0, why, wrongFigures };
}

/** How an English answer to a yes/no question starts (the issue's wording). */
const VERDICT_WORDS: Record<Verdict, string> = {
  yes: 'Yes:',
  no: 'No:',
  partly: 'Partly:',
  'not-confirmed': 'Not confirmed:',
};

function plain(l: Line): string {
  return l.parts.map((p) => (typeof p === 'string' ? p : `[${p.cite}]`)).join('');
}

/**
 * The id of the first deal card in the answer, read from the structured answer, not from its layout: a
 * block headed with a deal's title, or else a block whose citations all belong to one deal (its record,
 * history and figures cite them). A record id written in the text is never used: answers do not show ids.
 */
export function firstDeal(engine: Engine, answer: Answer): string | undefined {
  const sourceOf = new Map(answer.citations.map((c) => [c.n, c.sourceId]));
  // A Spanish or Italian answer heads a deal card with the deal's curated title in that language.
  const views = (['es', 'it'] as const).map((lang) => engine.kb.inLanguage(lang));
  const titled = (x: Deal, heading: string) =>
    x.title === heading || views.some((v) => v.deals.get(x.id)?.title === heading);
  for (const b of answer.blocks) {
    // A one-line deal names its record in the answer's data.
    if (b.dealId && engine.kb.deals.has(b.dealId)) return b.dealId;
    const heading = b.heading;
    const d = heading ? engine.kb.dealList.find((x) => titled(x, heading)) : undefined;
    if (d) return d.id;
    const cited = new Set(
      b.lines.flatMap((l) =>
        l.parts.flatMap((p) => (typeof p === 'string' ? [] : [sourceOf.get(p.cite)].filter(isString))),
      ),
    );
    if (!b.heading || cited.size === 0) continue;
    const owners = engine.kb.dealList.filter((x) => [...cited].every((id) => dealSources(x).has(id)));
    if (owners.length === 1) return owners[0]!.id;
  }
  return undefined;
}

const isString = (x: string | undefined): x is string => x !== undefined;

/** Every source a deal cites: the record's, its history's and its figures'. */
function dealSources(d: Deal): Set<string> {
  return new Set([
    ...d.sources,
    ...d.history.flatMap((h) => h.sources),
    ...d.figures.flatMap((f) => f.sources),
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Figures

/**
 * "$38 billion", "€1.3 billion", "$500,000", "CN¥2 billion" as `formatMoney` writes them, and "$23B",
 * "$1.4T", "$20bn" as deal titles do.
 */
const MONEY =
  /(CN¥|[$€£¥₩])(\d[\d,]*(?:\.\d+)?)(?: (trillion|billion|million)|(bn|tn|B|M|T|K|k)(?![\p{L}]))?/gu;
const SCALE: Record<string, number> = {
  trillion: 1e12,
  billion: 1e9,
  million: 1e6,
  tn: 1e12,
  T: 1e12,
  bn: 1e9,
  B: 1e9,
  M: 1e6,
  K: 1e3,
  k: 1e3,
};
const SYMBOL_CURRENCY: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  'CN¥': 'CNY',
};

/**
 * Money as the Spanish and Italian catalogs write it: "38.000 millones de dólares", "1,4 billones de
 * dólares", "38 miliardi di dollari", "1.400 miliardi di dollari", "1 millón de euros", "500.000 dólares".
 * Thousands are grouped with "." and decimals written with ",". Without a scale word, only a currency
 * word counts (a bare "2025 AWS" is not money); with one, a currency code too ("2.000 millones de CHF").
 */
const LOCAL_SCALE: Record<string, number> = {
  billón: 1e12,
  billones: 1e12,
  millón: 1e6,
  millones: 1e6,
  miliardo: 1e9,
  miliardi: 1e9,
  milione: 1e6,
  milioni: 1e6,
};
const LOCAL_CURRENCY: Record<string, string> = {
  dólar: 'USD',
  dólares: 'USD',
  dollari: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  libra: 'GBP',
  libras: 'GBP',
  sterline: 'GBP',
  yen: 'JPY',
  yenes: 'JPY',
  won: 'KRW',
  wones: 'KRW',
  yuan: 'CNY',
  yuanes: 'CNY',
};
const alternatives = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
const SCALE_WORDS = alternatives(Object.keys(LOCAL_SCALE));
const CURRENCY_WORDS = alternatives(Object.keys(LOCAL_CURRENCY));
const LOCAL_MONEY = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d[\\d.]*(?:,\\d+)?) (?:(${SCALE_WORDS}) (?:de|di) (${CURRENCY_WORDS}|[A-Z]{3})|(${CURRENCY_WORDS}))(?![\\p{L}])`,
  'gu',
);

/**
 * A sum: the confirmation words that head the groups of a totals line, in any language ("announced: about
 * $63 billion + up to $15 billion", "anunciado: unos 63.000 millones de dólares"), or the " + " between groups.
 */
const BUCKET_WORDS = alternatives(
  Object.values(catalogs).flatMap((t) => Object.values(t.totals.confirmation)),
);
const SUM_QUALIFIERS = alternatives(
  Object.values(catalogs).flatMap((t) =>
    (['up-to', 'at-least', 'more-than', 'about'] as const).map((q) => t.qualified(q, '')),
  ),
);
const SUM_BEFORE = new RegExp(`(?:(?:${BUCKET_WORDS}): | \\+ )(?:${SUM_QUALIFIERS})?$`);

/** The scale after the second number of a range: "–400B" → "B". */
function rangeScale(after: string): string | undefined {
  return /^[–-]\d[\d,.]*(?: (trillion|billion|million)|(bn|tn|B|M|T))(?![\p{L}])/u
    .exec(after)
    ?.slice(1)
    .find(Boolean);
}

interface Money {
  value: number;
  currency: string;
  text: string;
}

/** Every amount of money in the text, written the English way or the Spanish and Italian ways, in order. */
export function moneyIn(text: string): (Money & { index: number })[] {
  const english = [...text.matchAll(MONEY)].map((m) => ({
    // In a range ("¥350–400B") the first number takes the scale written after the second.
    value:
      Number(m[2]!.replace(/,/g, '')) *
      (SCALE[m[3] ?? m[4] ?? rangeScale(text.slice(m.index + m[0].length)) ?? ''] ?? 1),
    currency: SYMBOL_CURRENCY[m[1]!]!,
    text: m[0],
    index: m.index,
  }));
  const local = [...text.matchAll(LOCAL_MONEY)].map((m) => {
    const [whole, digits, scale, scaledCurrency, bareCurrency] = m;
    const currency = scaledCurrency ?? bareCurrency!;
    return {
      value: Number(digits!.replace(/\./g, '').replace(',', '.')) * (scale ? LOCAL_SCALE[scale]! : 1),
      currency: LOCAL_CURRENCY[currency] ?? currency,
      text: whole,
      index: m.index,
    };
  });
  return [...english, ...local].sort((a, b) => a.index - b.index);
}

/**
 * Every amount in the answer, outside its title and its sums, that the deals it shows do not hold; `t` is
 * the catalog the answer is written in, to render it as its reader sees it.
 */
export function checkFigures(
  engine: Engine,
  u: Understanding,
  answer: Answer,
  t: Catalog = catalog('en'),
): string[] {
  const rendered = renderText(answer, t, { full: true, width: Number.POSITIVE_INFINITY });
  const body = rendered.split('\n').slice(2).join('\n');
  const found = moneyIn(body).filter((m) => !SUM_BEFORE.test(body.slice(Math.max(0, m.index - 80), m.index)));
  if (found.length === 0) return [];
  if (u.confidence === 'low') return found.map((m) => `${m.text} in a low-confidence answer`);
  const allowed = allowedAmounts(engine, u, answer, rendered, t.lang);
  return found
    .filter((m) => !allowed.some((a) => sameCurrency(a.currency, m) && close(a.value, m.value)))
    .map((m) => m.text);
}

/** "¥" is the sign of the yen and of the yuan: deal titles write "¥50B" for a CNY figure. */
function sameCurrency(allowed: string, m: Money): boolean {
  return allowed === m.currency || (m.text.startsWith('¥') && allowed === 'CNY');
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1, 0.005 * Math.max(a, b));
}

/**
 * The deals an answer shows: named by title, cited (a deal whose sources include one the answer cites: a
 * ranked line cites its amount's source), or belonging to the companies it is about. Record ids in the
 * text are not relied on: answers are to show none.
 */
export function shownDeals(
  engine: Engine,
  u: Understanding,
  rendered: string,
  answer?: Answer,
  lang: Lang = 'en',
): Deal[] {
  const { kb } = engine;
  // A Spanish or Italian answer names deals by their curated titles in that language.
  const read = kb.inLanguage(lang);
  const titled = (d: Deal) =>
    rendered.includes(d.title) || rendered.includes(read.deals.get(d.id)?.title ?? d.title);
  const shown = new Set<Deal>();
  const cited = new Set(answer?.citations.map((c) => c.sourceId) ?? []);
  for (const d of kb.dealList) {
    if (titled(d) || [...dealSources(d)].some((id) => cited.has(id))) shown.add(d);
  }
  // A one-line deal names its record in the answer's data, not in its text.
  for (const b of answer?.blocks ?? []) {
    const d = b.dealId ? kb.deals.get(b.dealId) : undefined;
    if (d) shown.add(d);
  }
  for (const id of u.companies) for (const d of kb.dealsOf(id)) shown.add(d);
  // Relations are mentioned with their amounts: what a deal replaced, was replaced by, belongs to or includes.
  for (const d of [...shown]) {
    const related = [
      ...d.supersedes,
      d.supersededBy,
      d.partOf,
      d.expands?.deal,
      ...kb.partsOf(d.id).map((p) => p.id),
      ...kb.expansionsOf(d.id).map((p) => p.id),
    ];
    for (const id of related) {
      const r = id ? kb.deals.get(id) : undefined;
      if (r) shown.add(r);
    }
  }
  return [...shown];
}

function allowedAmounts(
  engine: Engine,
  u: Understanding,
  answer: Answer,
  rendered: string,
  lang: Lang = 'en',
): Money[] {
  const out: Money[] = [];
  const fromText = (text: string) => {
    for (const a of parseAmounts(text)) out.push({ value: a.value, currency: a.currency ?? 'USD', text });
    // Read the way the answer is read too, so a range ("$400–500 billion", "¥350–400B") counts both ends.
    for (const m of moneyIn(text)) out.push({ value: m.value, currency: m.currency, text });
  };
  const read = engine.kb.inLanguage(lang);
  for (const d of shownDeals(engine, u, rendered, answer, lang)) {
    // The curated text in the answer's language as well as the English (tests/knowledge/translations.test.ts
    // holds every amount of a translation to the amounts of its English record).
    for (const record of new Set([d, read.deals.get(d.id) ?? d])) {
      for (const f of record.figures) {
        if ((f.kind === 'amount' || f.kind === 'valuation') && f.amount !== undefined)
          out.push({ value: f.amount, currency: f.currency, text: d.id });
        if (f.note) fromText(f.note);
      }
      for (const text of [record.title, record.summary, ...record.caveats]) fromText(text);
    }
  }
  for (const c of answer.citations) if (c.title) fromText(c.title);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Printing

export function formatReport(report: Report): string {
  const pct = (t: Tally) => `${((100 * t.right) / Math.max(1, t.total)).toFixed(1)}%`;
  const row = (name: string, t: Tally) =>
    `  ${name.padEnd(12)} ${`${t.right}/${t.total}`.padStart(8)}  ${pct(t).padStart(6)}`;
  const out: string[] = [];
  out.push(`Overall accuracy: ${report.overall.right}/${report.overall.total} (${pct(report.overall)})`);
  out.push('', 'By language');
  for (const lang of ['en', 'es', 'it']) {
    const t = report.byLanguage.get(lang);
    if (t) out.push(row(lang, t));
  }
  out.push('', 'By intent');
  for (const [intent, t] of [...report.byIntent.entries()].sort()) out.push(row(intent, t));
  out.push(
    '',
    `Language detected as labelled: ${report.languageDetected.right}/${report.languageDetected.total}`,
  );
  out.push(
    `Wrong-figure answers (each checked in ${['en', ...OTHER_LANGUAGES].join(', ')}): ${report.wrongFigureAnswers}`,
  );
  const misses = report.results.filter((r) => !r.right);
  out.push('', misses.length === 0 ? 'Misses: none' : `Misses (${misses.length})`);
  for (const r of misses) {
    out.push(`  [${r.case.lang}] ${r.case.q}`);
    out.push(`      ${r.why.join('; ')}`);
    out.push(`      template: ${r.understanding.template}`);
  }
  const wrong = report.results.filter((r) => r.wrongFigures.length > 0);
  if (wrong.length > 0) {
    out.push('', 'Wrong figures');
    for (const r of wrong) out.push(`  [${r.case.lang}] ${r.case.q}: ${r.wrongFigures.join(', ')}`);
  }
  return out.join('\n');
}
