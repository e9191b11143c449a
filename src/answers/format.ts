/**
 * Words and numbers as a careful analyst writes them, in the reader's language. Every function takes the
 * catalog to speak in and defaults to English; the words themselves live in src/i18n.
 */
import { type Catalog, catalog } from '../i18n/index.js';
import type { Deal, Figure, Qualifier } from '../knowledge/schema.js';

const en = catalog('en');

/** 38e9 → "$38 billion" (en), "38.000 millones de dólares" (es), "38 miliardi di dollari" (it). */
export function formatMoney(amount: number, currency: string, t: Catalog = en): string {
  return t.money(amount, currency);
}

/** "2025-11-03" → "3 Nov 2025"; "2025-11" → "Nov 2025". */
export function formatDate(iso: string, t: Catalog = en): string {
  return t.date(iso);
}

/** "2025-11-03" → "Nov 2025", for history lines. */
export function formatMonth(iso: string, t: Catalog = en): string {
  return t.date(iso.slice(0, 7));
}

export function qualified(qualifier: Qualifier, text: string, t: Catalog = en): string {
  return t.qualified(qualifier, text);
}

function trimNumber(value: number): number {
  return Number(value.toFixed(value < 10 ? 3 : 2));
}

/** The value of a figure without its citations: "up to $100 billion", "at least 10 GW", "27% stake". */
export function figureValue(figure: Figure, t: Catalog = en): string {
  switch (figure.kind) {
    case 'amount':
    case 'valuation':
      return figure.amount === undefined
        ? t.undisclosed
        : t.qualified(figure.qualifier, t.money(figure.amount, figure.currency));
    case 'stake':
      return t.qualified(figure.qualifier, `${t.number(figure.percent)}%`);
    case 'capacity':
      return t.qualified(figure.qualifier, `${t.number(trimNumber(figure.value))} ${figure.unit}`);
    case 'chips':
      return figure.count === undefined
        ? figure.chip
        : `${t.qualified(figure.qualifier, t.number(figure.count))} ${figure.chip}`;
    case 'term':
      return t.qualified(figure.qualifier, t.figure.years(t.number(trimNumber(figure.years)), figure.years));
  }
}

/** What the figure measures: "Amount", "Post-money valuation", "Stake held by Microsoft". */
export function figureLabel(figure: Figure, companyName: (id: string) => string, t: Catalog = en): string {
  switch (figure.kind) {
    case 'amount':
      // Labels come from the knowledge base, in English, like deal titles.
      return figure.label ? capitalize(figure.label) : t.figure.amount;
    case 'valuation':
      return { pre: t.figure.preMoney, post: t.figure.postMoney, implied: t.figure.implied }[figure.basis];
    case 'stake':
      return figure.holder ? t.figure.stakeHeldBy(companyName(figure.holder)) : t.figure.stake;
    case 'capacity':
      return t.figure.capacity;
    case 'chips':
      return t.figure.chips;
    case 'term':
      return t.figure.term;
  }
}

export function dealStatusText(deal: Deal, t: Catalog = en): string {
  const status = t.status[deal.status];
  return deal.statusDate ? `${status} (${t.date(deal.statusDate)})` : status;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
