/**
 * How the pictures look and what their short labels say: one palette for Discord's dark theme (the
 * pictures carry their own opaque background, so they read the same in the light theme), one colour per
 * kind of deal, and amounts short enough to sit on an arrow ("$38B", "up to $100B"). The words (legend,
 * short amounts) come from the message catalogs: `t.graph.picture`.
 */
import type { Catalog } from '../i18n/index.js';
import type { Qualifier } from '../knowledge/schema.js';
import type { Category, Certainty } from './kinds.js';

export { CATEGORIES, CATEGORY_OF, type Category, type Certainty } from './kinds.js';

/** Light tones that keep a contrast of at least 4.5:1 against the background. */
export const CATEGORY_COLOUR: Record<Category, string> = {
  investment: '#6cb6ff',
  compute: '#ffa657',
  chips: '#56d4c4',
  infrastructure: '#d2a8ff',
  acquisition: '#ff7b8a',
  other: '#e3c452',
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

/**
 * Stroke width for an amount: a log scale from $100M (thin) to $1T and more (thick). Never below 3 px on
 * the 800 px canvas, 1.5 px on a phone.
 */
export function widthFor(amount: number | undefined): number {
  if (!amount || amount <= 0) return 3;
  const t = Math.min(1, Math.max(0, (Math.log10(amount) - 8) / 4));
  return round(3 + t * 9);
}

/**
 * A short amount for a picture, in the catalog's language: "$38B" (en), "38.000 M$" (es), "38 mld $" (it).
 * The forms and the reasons for them are in src/i18n/shared.ts.
 */
export function shortMoney(amount: number, currency: string, t: Catalog): string {
  return t.graph.picture.shortMoney(amount, currency);
}

/** "up to $100B", ">$20B", "~$3B", "$38B"; "hasta 100.000 M$", "fino a 100 mld $". */
export function shortQualified(qualifier: Qualifier, amount: number, currency: string, t: Catalog): string {
  return `${t.graph.picture.mark[qualifier]}${shortMoney(amount, currency, t)}`;
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
