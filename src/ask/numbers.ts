/**
 * Money as people write it in English, Spanish and Italian questions: "$10B", "10bn", "10.000 millones",
 * "10 mil millones", "38 miliardi", "1,4 billones", "1.400 miliardi", "US$ 10.000 millones", "€1.3bn".
 *
 * An amount needs a currency mark or a scale word: a bare "2025" or "top 5" is never money.
 *
 * Separators, whatever the language (Latin American Spanish writes "10,000 millones" as often as Spain
 * writes "10.000 millones"):
 * - both "." and "," in one number: the last one is the decimal mark ("1.250,5", "1,250.5");
 * - one mark repeated ("1.000.000"): thousands;
 * - one mark followed by exactly three digits: with an English scale, "." is decimal ("$3.375B") and ","
 *   thousands ("10,000 million"); otherwise thousands ("10.000 millones", "1.400 miliardi"), unless that
 *   reading is beyond anything in the industry (more than 100 trillion, "1.400 billones") and the decimal
 *   one is not;
 * - one mark followed by one, two or four and more digits ("1,4", "1.3", "38.25"): decimal.
 *
 * Scales: English billion = 10^9 and trillion = 10^12; Spanish "mil millones" and "millardo" = 10^9,
 * "billón" = 10^12; Italian "miliardo" = 10^9. Two words are calques whose meaning depends on the writer:
 * Italian "bilione" (dictionary: 10^12; often a calque of the English billion, 10^9) and "trilione"
 * (dictionary: 10^18; in deal news always a calque of the English trillion), and Spanish "trillón"
 * (dictionary: 10^18; sometimes a calque of trillion). They are read loosely as 10^12 and flagged
 * `ambiguous`, so that the caller asks instead of acting on them.
 */

export type AmountCurrency = 'USD' | 'EUR' | 'CNY';

export interface ParsedAmount {
  value: number;
  currency?: AmountCurrency;
  /** [start, end) offsets in the text, covering currency marks and scale words. */
  span: [number, number];
  /** Written with a scale word whose size depends on the writer (Italian "bilioni"): do not act on it. */
  ambiguous?: true;
}

/** Nothing in the AI industry is larger than this; a thousands reading beyond it is a decimal comma. */
const PLAUSIBLE_MAX = 1e14;

interface Scale {
  pattern: string;
  factor: number;
  ambiguous?: true;
  /** English scales come with English marks ("$3.375B" is a decimal point); Spanish and Italian ones
   * with theirs ("10.000 millones", and Latin American "10,000 millones", are thousands). */
  style: 'en' | 'es-it';
}

/** Longest first: "mil millones" before "mil", "billones" before "billón". Accents are optional. */
const SCALES: Scale[] = [
  { pattern: 'mil\\s+mill[oó]n(?:es)?', factor: 1e9, style: 'es-it' },
  { pattern: 'millardos?', factor: 1e9, style: 'es-it' },
  { pattern: 'bill[oó]n(?:es)?', factor: 1e12, style: 'es-it' },
  { pattern: 'trill[oó]n(?:es)?', factor: 1e12, ambiguous: true, style: 'es-it' },
  { pattern: 'mill[oó]n(?:es)?', factor: 1e6, style: 'es-it' },
  { pattern: 'miliard[oi]', factor: 1e9, style: 'es-it' },
  { pattern: 'bilion[ei]', factor: 1e12, ambiguous: true, style: 'es-it' },
  { pattern: 'trilion[ei]', factor: 1e12, ambiguous: true, style: 'es-it' },
  { pattern: 'milion[ei]', factor: 1e6, style: 'es-it' },
  { pattern: 'billions?', factor: 1e9, style: 'en' },
  { pattern: 'trillions?', factor: 1e12, style: 'en' },
  { pattern: 'millions?', factor: 1e6, style: 'en' },
  { pattern: 'thousands?', factor: 1e3, style: 'en' },
  { pattern: 'mila', factor: 1e3, style: 'es-it' },
  { pattern: 'mil', factor: 1e3, style: 'es-it' },
  { pattern: 'mld\\.?|mrd\\.?', factor: 1e9, style: 'es-it' },
  { pattern: 'bn|bln|bil', factor: 1e9, style: 'en' },
  { pattern: 'tn|trn', factor: 1e12, style: 'en' },
  { pattern: 'mm|mln', factor: 1e6, style: 'es-it' },
  { pattern: 'mn', factor: 1e6, style: 'en' },
  { pattern: 'b', factor: 1e9, style: 'en' },
  { pattern: 't', factor: 1e12, style: 'en' },
  { pattern: 'm', factor: 1e6, style: 'en' },
  { pattern: 'k', factor: 1e3, style: 'en' },
];

const PREFIX = '(US\\s?\\$|U\\$[Ss]|u\\$s|USD|EUR|\\$|€)';
/** Digits with "." or "," marks, or thousands grouped by a non-breaking or thin space ("10\u202f000"). */
const NUMBER = '(\\d+(?:[.,\\u00a0\\u202f]\\d+)*)';
const SCALE = `(${SCALES.map((s) => s.pattern).join('|')})`;
/** "de dólares", "di euro", "dollars", "USD", "€" after the number and its scale. */
const SUFFIX =
  '((?:de\\s+|di\\s+|in\\s+)?(?:d[oó]lares|dollari|dollars?|euros?|US\\s?dollars?|USD|EUR|\\$|€|yuan(?:es)?|renminbi|RMB|CNY))';

const AMOUNT = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:${PREFIX}\\s?)?${NUMBER}(?:\\s?${SCALE}(?![\\p{L}]))?(?:\\s*${SUFFIX}(?![\\p{L}]))?`,
  'giu',
);

const SCALE_TESTS = SCALES.map((s) => ({ ...s, re: new RegExp(`^(?:${s.pattern})$`, 'iu') }));

// ---------------------------------------------------------------------------------------------------
// Numbers in words: "fifty billion", "a hundred billion", "diez mil millones", "mil millones",
// "cinquanta miliardi", "due miliardi". Only before a scale word: "one" or "due" alone is never money.

const WORD_VALUES: Record<string, number> = {
  // English
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  // Spanish
  uno: 1,
  un: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  dieciséis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  trescientos: 300,
  cuatrocientos: 400,
  quinientos: 500,
  seiscientos: 600,
  setecientos: 700,
  ochocientos: 800,
  novecientos: 900,
  // Italian ("un", "uno", "una" are shared with Spanish)
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  undici: 11,
  dodici: 12,
  tredici: 13,
  quattordici: 14,
  quindici: 15,
  sedici: 16,
  diciassette: 17,
  diciotto: 18,
  diciannove: 19,
  venti: 20,
  trenta: 30,
  quaranta: 40,
  cinquanta: 50,
  sessanta: 60,
  settanta: 70,
  ottanta: 80,
  novanta: 90,
  cento: 100,
  duecento: 200,
  trecento: 300,
  quattrocento: 400,
  cinquecento: 500,
  seicento: 600,
  settecento: 700,
  ottocento: 800,
  novecento: 900,
};
// Italian tens and units written as one word ("settantacinque", "ventotto": the ten drops its vowel before
// "uno" and "otto"; "ventitré" keeps its accent), and Spanish twenties ("veinticinco", "veintitrés").
for (const ten of ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'])
  for (const unit of ['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove']) {
    const value = WORD_VALUES[ten]! + WORD_VALUES[unit]!;
    WORD_VALUES[`${/^[uo]/.test(unit) ? ten.slice(0, -1) : ten}${unit}`] = value;
    if (unit === 'tre') WORD_VALUES[`${ten}tré`] = value;
  }
for (const unit of ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']) {
  WORD_VALUES[`veinti${unit}`] = 20 + WORD_VALUES[unit]!;
  const accented = new Map([
    ['dos', 'dós'],
    ['tres', 'trés'],
    ['seis', 'séis'],
  ]).get(unit);
  if (accented) WORD_VALUES[`veinti${accented}`] = 20 + WORD_VALUES[unit]!;
}

const WORD_SCALE =
  '(mil\\s+mill[oó]n(?:es)?|millardos?|bill[oó]n(?:es)?|mill[oó]n(?:es)?|miliard[oi]|milion[ei]|billions?|trillions?|millions?|bn|bln|mld|mln|tn)';
/** A scale word (and its currency): the number words before it are read backwards from it. */
const WORD_SCALE_AT = new RegExp(
  `(?<![\\p{L}\\p{N}])${WORD_SCALE}(?![\\p{L}])(?:\\s*${SUFFIX}(?![\\p{L}]))?`,
  'giu',
);
const HUNDREDS =
  /^(cento|duecento|trecento|quattrocento|cinquecento|seicento|settecento|ottocento|novecento)(.+)$/;
const WORD_SCALES: [RegExp, number][] = [
  [/^mil\s+mill/i, 1e9],
  [/^millardo/i, 1e9],
  [/^bill[oó]n/i, 1e12],
  [/^mill[oó]n/i, 1e6],
  [/^miliard/i, 1e9],
  [/^milion/i, 1e6],
  [/^billion/i, 1e9],
  [/^trillion/i, 1e12],
  [/^million/i, 1e6],
  [/^(?:bn|bln|mld)$/i, 1e9],
  [/^mln$/i, 1e6],
  [/^tn$/i, 1e12],
];

/**
 * The value of one number word: "fifty" → 50, "veintidós" → 22, and Italian hundreds written as one word
 * with what follows ("centoventidue" → 122, "duecentocinquanta" → 250).
 */
function wordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const v = WORD_VALUES[w];
  if (v !== undefined) return v;
  const h = HUNDREDS.exec(w);
  const rest = h ? WORD_VALUES[h[2]!] : undefined;
  return h && rest !== undefined && rest < 100 ? WORD_VALUES[h[1]!]! + rest : undefined;
}

/** "one hundred fifty" → 150, "ciento cincuenta" → 150, "a" → 1; undefined for no words. */
function wordsValue(words: readonly string[]): number | undefined {
  let total = 0;
  for (const w of words) {
    const v = w === 'a' ? 1 : wordValue(w);
    if (v === undefined) return undefined;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return words.length > 0 ? total : undefined;
}

const JOINERS = new Set(['and', 'y', 'e']);

function wordAmounts(text: string): ParsedAmount[] {
  const out: ParsedAmount[] = [];
  for (const m of text.matchAll(WORD_SCALE_AT)) {
    const [whole, scaleWord, suffix] = m;
    const factor = WORD_SCALES.find(([re]) => re.test(scaleWord!))?.[1];
    if (factor === undefined) continue;
    // "10 mil millones", "38 miliardi": digits before the scale are the digit pass's to read.
    if (/\d\s*$/.test(text.slice(0, m.index))) continue;
    // The number words right before the scale, read backwards: "cento venti" in "raccolto cento venti miliardi".
    const before = [...text.slice(0, m.index).matchAll(/\p{L}+/gu)];
    const words: { word: string; start: number }[] = [];
    let edge = m.index;
    for (let k = before.length - 1; k >= 0; k--) {
      const w = before[k]!;
      const gap = text.slice(w.index + w[0].length, edge);
      if (!/^[\s-]+$/.test(gap)) break;
      const lower = w[0].toLowerCase();
      const joiner = JOINERS.has(lower) && words.length > 0;
      // "a" is one only right before a scale or "hundred": "a billion", "a hundred billion".
      const isA = lower === 'a' && (words.length === 0 || words[0]!.word === 'hundred');
      if (!joiner && !isA && wordValue(lower) === undefined) break;
      words.unshift({ word: lower, start: w.index });
      edge = w.index;
    }
    while (words.length > 0 && JOINERS.has(words[0]!.word)) words.shift();
    const start = words[0]?.start ?? m.index;
    const numberWords = words.map((w) => w.word).filter((w) => !JOINERS.has(w));
    // "mil millones" alone is a thousand million; any other scale needs a number word before it.
    const value =
      numberWords.length > 0
        ? wordsValue(numberWords)
        : factor === 1e9 && /^mil\s/i.test(scaleWord!)
          ? 1
          : undefined;
    if (value === undefined) continue;
    const currency = currencyOf(suffix);
    let end = m.index + whole.length;
    while (end > m.index && /\s/.test(text[end - 1]!)) end--;
    out.push({ value: value * factor, ...(currency && { currency }), span: [start, end] });
  }
  return out;
}

/** Every amount of money in the text, in order. Years, counts and bare numbers are not amounts. */
export function parseAmounts(text: string): ParsedAmount[] {
  const out: ParsedAmount[] = [];
  for (const w of wordAmounts(text)) out.push(w);
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, prefix, digits, scaleWord, suffix] = m;
    if (!prefix && !scaleWord && !suffix) continue;
    // A single-letter scale glued to a word ("5 b2b") or standing alone after a space ("10 m away") is
    // too loose without a currency: "$10 b" is money, "10 m" is not.
    if (scaleWord && scaleWord.length === 1 && !prefix && !suffix && /\s/.test(whole)) continue;
    const scale = scaleWord ? SCALE_TESTS.find((s) => s.re.test(scaleWord)) : undefined;
    const factor = scale?.factor ?? 1;
    const number = readNumber(digits!.replace(/[\u00a0\u202f]/g, ''), factor, scale?.style);
    if (number === undefined || number === 0) continue;
    const currency = currencyOf(prefix) ?? currencyOf(suffix);
    let end = m.index + whole.length;
    while (end > m.index && /\s/.test(text[end - 1]!)) end--;
    // A figure already read in words ("diez mil millones": the digits pass sees no "diez").
    if (out.some((w) => m.index < w.span[1] && end > w.span[0])) continue;
    out.push({
      value: roundValue(number * factor),
      ...(currency && { currency }),
      span: [m.index, end],
      ...(scale?.ambiguous && { ambiguous: true as const }),
    });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** Reads "10.000", "1,4", "1.250,5" as a number, choosing the decimal mark as described above. */
export function readNumber(digits: string, factor = 1, style?: 'en' | 'es-it'): number | undefined {
  const dots = count(digits, '.');
  const commas = count(digits, ',');
  const plain = (s: string) => (/^\d+(?:\.\d+)?$/.test(s) ? Number(s) : undefined);
  if (dots === 0 && commas === 0) return plain(digits);
  if (dots > 0 && commas > 0) {
    const decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    if (count(digits, decimal) > 1) return undefined;
    return plain(digits.split(thousands).join('').replace(decimal, '.'));
  }
  const mark = dots > 0 ? '.' : ',';
  const groups = digits.split(mark);
  if (groups.length > 2) {
    // "1.000.000": thousands, and every group after the first has three digits.
    return groups.slice(1).every((g) => g.length === 3) ? plain(groups.join('')) : undefined;
  }
  const [head, tail] = groups as [string, string];
  const asThousands = plain(head + tail);
  const asDecimal = plain(`${head}.${tail}`);
  if (tail.length !== 3) return asDecimal;
  // English scales: a point is decimal ("$3.375B"), a comma a thousands mark ("10,000 million").
  if (style === 'en') return mark === '.' ? asDecimal : asThousands;
  if (
    asThousands !== undefined &&
    asThousands * factor > PLAUSIBLE_MAX &&
    (asDecimal ?? 0) * factor <= PLAUSIBLE_MAX
  )
    return asDecimal;
  return asThousands;
}

function currencyOf(mark: string | undefined): AmountCurrency | undefined {
  if (!mark) return undefined;
  if (/€|eur/i.test(mark)) return 'EUR';
  if (/yuan|renminbi|rmb|cny/i.test(mark)) return 'CNY';
  if (/\$|usd|d[oó]lar|dollar/i.test(mark)) return 'USD';
  return undefined;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** 1.4 * 1e12 is 1399999999999.9998 in floating point; amounts are whole units. */
function roundValue(value: number): number {
  return value >= 1 ? Math.round(value) : value;
}
