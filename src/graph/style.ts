/**
 * How the pictures look and what their short labels say: one palette for Discord's dark theme (the
 * pictures carry their own opaque background, so they read the same in the light theme), one colour per
 * kind of deal, and amounts short enough to sit on an arrow ("$38B", "up to $100B").
 */
import { CURRENCY_SYMBOL } from '../i18n/shared.js';
import type { DealKind, Qualifier } from '../knowledge/schema.js';

/** What a deal buys, coarser than its kind: six colours stay distinguishable, twelve would not. */
export type Category = 'investment' | 'compute' | 'chips' | 'infrastructure' | 'acquisition' | 'other';

/** How firm an amount is: drawn solid, dashed or dotted. */
export type Certainty = 'committed' | 'up-to' | 'reported';

export const CATEGORY_OF: Record<DealKind, Category> = {
  'equity-investment': 'investment',
  'funding-round': 'investment',
  'secondary-sale': 'investment',
  'compute-contract': 'compute',
  'chip-supply': 'chips',
  'data-centre-build': 'infrastructure',
  'joint-venture': 'infrastructure',
  acquisition: 'acquisition',
  'licence-and-hiring': 'acquisition',
  'spending-commitment': 'other',
  partnership: 'other',
  restructuring: 'other',
};

export const CATEGORIES: readonly Category[] = [
  'investment',
  'compute',
  'chips',
  'infrastructure',
  'acquisition',
  'other',
];

export const CATEGORY_WORDS: Record<Category, string> = {
  investment: 'investment',
  compute: 'compute / cloud',
  chips: 'chips',
  infrastructure: 'data centres',
  acquisition: 'acquisition / licence',
  other: 'spending plan / other',
};

/** Light tones that keep a contrast of at least 4.5:1 against the background. */
export const CATEGORY_COLOUR: Record<Category, string> = {
  investment: '#6cb6ff',
  compute: '#ffa657',
  chips: '#56d4c4',
  infrastructure: '#d2a8ff',
  acquisition: '#ff7b8a',
  other: '#e3c452',
};

export const CERTAINTY_WORDS: Record<Certainty, string> = {
  committed: 'committed',
  'up-to': 'up to / not binding',
  reported: 'reported, unconfirmed',
};

export const COLOURS = {
  background: '#1e1f22',
  panel: '#2b2d31',
  panelRaised: '#383a40',
  border: '#4e5058',
  text: '#f2f3f5',
  muted: '#b5bac1',
  faint: '#80848e',
  grid: '#3a3c42',
  centre: '#ffffff',
} as const;

/** A stroke dash pattern for a line of width `w`: solid, dashed (up to) or dotted (reported). */
export function dashFor(certainty: Certainty, w: number): string | undefined {
  if (certainty === 'up-to') return `${round(Math.max(9, w * 3))} ${round(Math.max(6, w * 1.6))}`;
  if (certainty === 'reported') return `0.01 ${round(Math.max(5, w * 2.1))}`;
  return undefined;
}

/** Stroke width for an amount: a log scale from $100M (thin) to $1T and more (thick). */
export function widthFor(amount: number | undefined): number {
  if (!amount || amount <= 0) return 1.6;
  const t = Math.min(1, Math.max(0, (Math.log10(amount) - 8) / 4));
  return round(2 + t * 7);
}

/** 38e9 → "$38B", 1.25e9 → "$1.25B", 350e6 → "$350M", 1.4e12 → "$1.4T". */
export function shortMoney(amount: number, currency = 'USD'): string {
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
    if (amount >= size * 0.9995) return `${prefix}${significant(amount / size)}${letter}${suffix}`;
  }
  return `${prefix}${significant(amount)}${suffix}`;
}

function significant(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return Number(value.toFixed(digits)).toString();
}

const QUALIFIER_MARK: Record<Qualifier, string> = {
  exact: '',
  'up-to': 'up to ',
  'at-least': '≥',
  'more-than': '>',
  about: '~',
  undisclosed: '',
};

/** "up to $100B", ">$20B", "~$3B", "$38B". */
export function shortQualified(qualifier: Qualifier, amount: number, currency = 'USD'): string {
  return `${QUALIFIER_MARK[qualifier]}${shortMoney(amount, currency)}`;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Text for SVG: XML-escaped. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Shortens a label to at most `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
