/** Autocomplete choices: at most 25, a stable id as the value, and a label that says what matched and why. */
import type { Engine } from '../answers/engine.js';
import type { Catalog } from '../i18n/index.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { compactName } from '../text/normalize.js';
import { DealKeyIndex } from './dealIndex.js';
import type { Match } from './resolver.js';

export const MAX_CHOICES = 25;
const MAX_NAME = 100;

export interface Choice {
  name: string;
  value: string;
}

/** "Amazon Web Services · alias AWS · cloud", in the reader's language. */
export function choiceLabel(match: Match, t: Catalog): string {
  const { company } = match;
  const why = match.product
    ? ` · ${t.choices.product(match.matched, t.productKind[match.product.kind])}`
    : match.kind === 'alias'
      ? ` · ${t.choices.alias(match.matched)}`
      : match.kind === 'typo'
        ? ` · ${t.choices.closeTo(match.matched)}`
        : match.kind === 'prefix' && match.matched !== company.name
          ? ` · ${match.matched}`
          : '';
  const label = `${company.name}${why} · ${t.companyKind[company.kind]}`;
  return label.length > MAX_NAME ? `${label.slice(0, MAX_NAME - 1)}…` : label;
}

export function companyChoices(engine: Engine, typed: string, t: Catalog): Choice[] {
  return engine.resolver
    .suggest(typed, MAX_CHOICES)
    .map((m) => ({ name: choiceLabel(m, t), value: m.company.id }));
}

/** Each knowledge base's deal index, built on the first `/sources deal:` keystroke and kept with it. */
const dealIndexes = new WeakMap<KnowledgeBase, DealKeyIndex>();

export function dealIndexOf(kb: KnowledgeBase): DealKeyIndex {
  let index = dealIndexes.get(kb);
  if (!index) {
    index = new DealKeyIndex(kb.dealList);
    dealIndexes.set(kb, index);
  }
  return index;
}

/** Deals whose id or title contains what was typed (from the start of one of their words), newest first. */
export function dealChoices(engine: Engine, typed: string): Choice[] {
  const { kb } = engine;
  const key = compactName(typed.slice(0, MAX_NAME));
  return dealIndexOf(kb)
    .search(key, MAX_CHOICES)
    .map((i) => {
      const d = kb.dealList[i]!;
      const name = `${d.title} · ${d.date.slice(0, 7)}`;
      return { name: name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name, value: d.id };
    });
}
