/** Words and numbers as a careful analyst writes them. English for now; the catalog keeps them in one place. */
import type { Deal, DealKind, DealStatus, Disclosure, Figure, Qualifier } from '../knowledge/schema.js';

const CURRENCY_SYMBOL: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  KRW: '₩',
  CNY: 'CN¥',
};

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 38e9 → "$38 billion", 1.25e9 → "$1.25 billion", 350e6 → "$350 million". */
export function formatMoney(amount: number, currency: string): string {
  const symbol = CURRENCY_SYMBOL[currency];
  const prefix = symbol ?? '';
  const suffix = symbol ? '' : ` ${currency}`;
  for (const [size, word] of SCALES) {
    if (amount >= size) return `${prefix}${trimNumber(amount / size)} ${word}${suffix}`;
  }
  return `${prefix}${amount.toLocaleString('en-US')}${suffix}`;
}

function trimNumber(value: number): string {
  return Number(value.toFixed(value < 10 ? 3 : 2)).toString();
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  'up-to': 'up to ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  about: 'about ',
  undisclosed: '',
};

export function qualified(qualifier: Qualifier, text: string): string {
  return qualifier === 'undisclosed' ? 'undisclosed' : `${QUALIFIER_WORDS[qualifier]}${text}`;
}

export const DISCLOSURE_WORDS: Record<Disclosure, string> = {
  announced: 'announced',
  reported: 'reported, not confirmed by the parties',
  derived: 'derived from other figures',
  estimate: 'analyst estimate',
};

export const STATUS_WORDS: Record<DealStatus, string> = {
  talks: 'in talks',
  'letter-of-intent': 'letter of intent (non-binding)',
  announced: 'announced',
  signed: 'signed',
  closed: 'closed',
  stalled: 'stalled',
  superseded: 'superseded',
  terminated: 'terminated',
};

export const KIND_WORDS: Record<DealKind, string> = {
  'equity-investment': 'equity investment',
  'funding-round': 'funding round',
  'compute-contract': 'compute contract',
  'chip-supply': 'chip supply',
  'licence-and-hiring': 'licence and hiring',
  acquisition: 'acquisition',
  'data-centre-build': 'data-centre build',
  'secondary-sale': 'secondary share sale',
  partnership: 'partnership',
  'joint-venture': 'joint venture',
  restructuring: 'restructuring',
  'spending-commitment': 'spending commitment',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-11-03" → "3 Nov 2025"; "2025-11" → "Nov 2025". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "2025-11-03" → "Nov 2025", for history lines. */
export function formatMonth(iso: string): string {
  return formatDate(iso.slice(0, 7));
}

/** The value of a figure without its citations: "up to $100 billion", "at least 10 GW", "27% stake". */
export function figureValue(figure: Figure): string {
  switch (figure.kind) {
    case 'amount':
    case 'valuation':
      return figure.amount === undefined
        ? 'undisclosed'
        : qualified(figure.qualifier, formatMoney(figure.amount, figure.currency));
    case 'stake':
      return qualified(figure.qualifier, `${figure.percent}%`);
    case 'capacity':
      return qualified(figure.qualifier, `${trimNumber(figure.value)} ${figure.unit}`);
    case 'chips':
      return figure.count === undefined
        ? figure.chip
        : `${qualified(figure.qualifier, figure.count.toLocaleString('en-US'))} ${figure.chip}`;
    case 'term':
      return qualified(figure.qualifier, `${trimNumber(figure.years)} year${figure.years === 1 ? '' : 's'}`);
  }
}

/** What the figure measures: "Amount", "Post-money valuation", "Stake held by Microsoft". */
export function figureLabel(figure: Figure, companyName: (id: string) => string): string {
  switch (figure.kind) {
    case 'amount':
      return figure.label ? capitalize(figure.label) : 'Amount';
    case 'valuation':
      return { pre: 'Pre-money valuation', post: 'Post-money valuation', implied: 'Implied valuation' }[
        figure.basis
      ];
    case 'stake':
      return figure.holder ? `Stake held by ${companyName(figure.holder)}` : 'Stake';
    case 'capacity':
      return 'Capacity';
    case 'chips':
      return 'Chips';
    case 'term':
      return 'Term';
  }
}

export function dealStatusText(deal: Deal): string {
  const status = STATUS_WORDS[deal.status];
  return deal.statusDate ? `${status} (${formatDate(deal.statusDate)})` : status;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
