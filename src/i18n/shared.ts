/** Formatting helpers the catalogs share. */

export const CURRENCY_SYMBOL: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  KRW: '₩',
  CNY: 'CN¥',
};

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
