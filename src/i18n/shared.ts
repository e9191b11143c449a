/** Formatting helpers the catalogs share. */

export const CURRENCY_SYMBOL: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  KRW: '₩',
  CNY: 'CN¥',
};

/** A language's name in the reader's language, from its code, by Intl ("en" → "inglés"); the code if unknown. */
export function languageNamer(locale: string) {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return (code: string): string => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** Up to three significant decimals for small numbers, two for larger: 1.25, 38, 13.8, 1.4. */
export function trim(value: number): number {
  return Number(value.toFixed(value < 10 ? 3 : 2));
}

/** Dates in the knowledge base are YYYY-MM-DD or YYYY-MM; formatted in UTC so no day shifts. */
export function dateFormatter(locale: string) {
  const day = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (iso: string): string => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
    const when = new Date(Date.UTC(y, m - 1, d ?? 1));
    return (d === undefined ? month : day).format(when).replace(/\.(?= |$)/, '');
  };
}

/** The value of a short amount with two, one or no decimals: 1.25, 13.8, 138. */
function significant(value: number): number {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return Number(value.toFixed(digits));
}

/** A value just under a unit (999.6M) reads as the unit ("1B"), not as "1000M". */
const reaches = (amount: number, size: number) => amount >= size * 0.9995;

/**
 * Short amounts for the pictures, in English: 38e9 → "$38B", 1.25e9 → "$1.25B", 350e6 → "$350M",
 * 1.4e12 → "$1.4T"; a currency without a symbol goes after the number ("38B AED").
 */
export function shortMoneyEn(amount: number, currency: string): string {
  const symbol = CURRENCY_SYMBOL[currency];
  const prefix = symbol ?? '';
  const suffix = symbol ? '' : ` ${currency}`;
  const scales: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, letter] of scales) {
    if (reaches(amount, size)) return `${prefix}${significant(amount / size)}${letter}${suffix}`;
  }
  return `${prefix}${significant(amount)}${suffix}`;
}

const grouped = (locale: string) =>
  new Intl.NumberFormat(locale, { useGrouping: 'always', maximumFractionDigits: 2 });
const esNumber = grouped('es-ES');
const itNumber = grouped('it-IT');

/**
 * Short amounts in Spanish, as the Spanish financial press abbreviates them: millions as "M", the symbol
 * after the number, and thousands of millions kept in millions (a Spanish "billón" is 10^12):
 * 38e9 → "38.000 M$", 350e6 → "350 M$", 1.4e12 → "1,4 billones $" (spelt out: "B" would read as billion).
 */
export function shortMoneyEs(amount: number, currency: string): string {
  const symbol = CURRENCY_SYMBOL[currency];
  const unit = symbol ?? currency;
  if (reaches(amount, 1e12)) {
    const n = significant(amount / 1e12);
    return `${esNumber.format(n)} ${n === 1 ? 'billón' : 'billones'} ${unit}`;
  }
  if (reaches(amount, 1e6)) {
    const millions = symbol && symbol.length === 1 ? `M${symbol}` : `M ${unit}`;
    return `${esNumber.format(significant(amount / 1e6))} ${millions}`;
  }
  return `${esNumber.format(significant(amount))} ${unit}`;
}

/**
 * Short amounts in Italian, as the Italian press abbreviates them: "mln" and "mld", the symbol after the
 * number, thousands of miliardi kept in miliardi: 38e9 → "38 mld $", 350e6 → "350 mln $",
 * 1.4e12 → "1.400 mld $".
 */
export function shortMoneyIt(amount: number, currency: string): string {
  const unit = CURRENCY_SYMBOL[currency] ?? currency;
  if (reaches(amount, 1e9)) return `${itNumber.format(significant(amount / 1e9))} mld ${unit}`;
  if (reaches(amount, 1e6)) return `${itNumber.format(significant(amount / 1e6))} mln ${unit}`;
  return `${itNumber.format(significant(amount))} ${unit}`;
}

/**
 * Picks a word form by the language's plural rules (Intl.PluralRules): `forms.one` for what the language
 * counts as one, `forms.other` otherwise. `#` in the chosen form becomes the number.
 */
export function pluralizer(locale: string) {
  const rules = new Intl.PluralRules(locale);
  return (n: number, forms: { one: string; other: string }): string =>
    (rules.select(n) === 'one' ? forms.one : forms.other).replace('#', String(n));
}
