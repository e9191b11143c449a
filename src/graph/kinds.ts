/**
 * The pictures' vocabulary: what a deal buys (its colour) and how firm its amount is (its line style). A
 * leaf module that imports only knowledge-base types, so the message catalogs can name these words without
 * importing the drawing code (which itself imports the catalogs).
 */
import type { DealKind } from '../knowledge/schema.js';

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
  ipo: 'investment',
  'debt-financing': 'other',
};

export const CATEGORIES: readonly Category[] = [
  'investment',
  'compute',
  'chips',
  'infrastructure',
  'acquisition',
  'other',
];
