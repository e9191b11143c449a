/** Autocomplete choices: at most 25, a stable id as the value, and a label that says what matched and why. */
import type { Engine } from '../answers/engine.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { compactName } from '../text/normalize.js';
import type { Match } from './resolver.js';

export const MAX_CHOICES = 25;
const MAX_NAME = 100;

export interface Choice {
  name: string;
  value: string;
}

const KIND_LABELS: Record<string, string> = {
  'ai-lab': 'AI lab',
  'big-tech': 'big tech',
  'data-centre': 'data centres',
  'joint-venture': 'joint venture',
};

/** "Amazon Web Services · alias AWS · cloud" */
export function choiceLabel(match: Match): string {
  const { company } = match;
  const why = match.product
    ? ` · ${match.product.kind} ${match.matched}`
    : match.kind === 'alias'
      ? ` · alias ${match.matched}`
      : match.kind === 'typo'
        ? ` · close to ${match.matched}`
        : match.kind === 'prefix' && match.matched !== company.name
          ? ` · ${match.matched}`
          : '';
  const label = `${company.name}${why} · ${KIND_LABELS[company.kind] ?? company.kind}`;
  return label.length > MAX_NAME ? `${label.slice(0, MAX_NAME - 1)}…` : label;
}

export function companyChoices(engine: Engine, typed: string): Choice[] {
  return engine.resolver
    .suggest(typed, MAX_CHOICES)
    .map((m) => ({ name: choiceLabel(m), value: m.company.id }));
}

/** Each deal's id and title, normalized once per knowledge base (newest first), not on every keystroke. */
const dealKeys = new WeakMap<KnowledgeBase, string[]>();

function dealKeysOf(kb: KnowledgeBase): string[] {
  let keys = dealKeys.get(kb);
  if (!keys) {
    keys = kb.dealList.map((d) => `${compactName(d.id)} ${compactName(d.title)}`);
    dealKeys.set(kb, keys);
  }
  return keys;
}

/** Deals whose id or title contains what was typed, newest first. */
export function dealChoices(engine: Engine, typed: string): Choice[] {
  const { kb } = engine;
  const key = compactName(typed.slice(0, MAX_NAME));
  const keys = dealKeysOf(kb);
  const out: Choice[] = [];
  for (let i = 0; i < keys.length && out.length < MAX_CHOICES; i++) {
    if (key && !keys[i]!.includes(key)) continue;
    const d = kb.dealList[i]!;
    const name = `${d.title} · ${d.date.slice(0, 7)}`;
    out.push({ name: name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name, value: d.id });
  }
  return out;
}
