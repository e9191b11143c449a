/**
 * Query sets with known answers, built from a knowledge base's companies: exact names, aliases, lowercase,
 * one and two typos, prefixes of 1 to 6 characters, and misses that should resolve to nothing.
 */
import type { Company } from '../src/knowledge/schema.js';
import { compactName } from '../src/text/normalize.js';
import { createRng, type Rng } from './prng.js';

export const QUERY_KINDS = [
  'exact',
  'alias',
  'lowercase',
  'typo1',
  'typo2',
  'prefix1',
  'prefix2',
  'prefix3',
  'prefix4',
  'prefix5',
  'prefix6',
  'miss',
] as const;

export type QueryKind = (typeof QUERY_KINDS)[number];

export interface Query {
  kind: QueryKind;
  text: string;
  /** The company the query means; null for a miss. */
  expected: string | null;
}

export function isPrefixKind(kind: QueryKind): boolean {
  return kind.startsWith('prefix');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every compact key a company can be found by: names, aliases and ids, as the resolver indexes them. */
export function companyKeys(companies: Iterable<Company>): Set<string> {
  const keys = new Set<string>();
  for (const c of companies) {
    for (const text of [c.name, ...c.aliases, c.id]) {
      const key = compactName(text);
      if (key) keys.add(key);
    }
  }
  return keys;
}

/** One random edit on a letter of the text: substitution, insertion, deletion or swap of neighbours. */
export function typo(rng: Rng, text: string): string {
  const chars = [...text];
  const letters = chars.flatMap((ch, i) => (/\p{L}/u.test(ch) ? [i] : []));
  if (letters.length === 0) return `${text}${rng.pick([...LETTERS])}`;
  const i = rng.pick(letters);
  const edit = rng.pick(['substitute', 'insert', 'delete', 'swap'] as const);
  const letter = () => rng.pick([...LETTERS]);
  switch (edit) {
    case 'substitute': {
      let replacement = letter();
      while (replacement === chars[i]!.toLowerCase()) replacement = letter();
      chars[i] = chars[i] === chars[i]!.toUpperCase() ? replacement.toUpperCase() : replacement;
      break;
    }
    case 'insert':
      chars.splice(i + (rng.chance(0.5) ? 1 : 0), 0, letter());
      break;
    case 'delete':
      if (letters.length > 1) chars.splice(i, 1);
      else chars.push(letter());
      break;
    case 'swap': {
      const pairs = letters.filter(
        (k) => /\p{L}/u.test(chars[k + 1] ?? '') && chars[k]!.toLowerCase() !== chars[k + 1]!.toLowerCase(),
      );
      if (pairs.length === 0) {
        chars.splice(i, 0, letter());
        break;
      }
      const k = rng.pick(pairs);
      [chars[k], chars[k + 1]] = [chars[k + 1]!, chars[k]!];
      break;
    }
  }
  return chars.join('');
}

function sortedKeys(keys: Set<string>): string[] {
  return [...keys].sort();
}

function isPrefixOfAny(sorted: readonly string[], key: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(key);
}

export interface QueryOptions {
  perKind: number;
  seed: number;
}

/**
 * `perKind` queries of each kind. Companies are drawn uniformly, cycling through a shuffled order when a
 * knowledge base has fewer companies than queries. A typo never lands on an existing name or alias (it
 * would then be another company's exact name), and a miss is never a name, an alias, or a prefix of one.
 */
export function buildQueries(companies: readonly Company[], options: QueryOptions): Query[] {
  const rng = createRng(options.seed);
  const keys = companyKeys(companies);
  const sorted = sortedKeys(keys);
  const queries: Query[] = [];

  const drawer = (pool: readonly Company[]) => {
    let order: Company[] = [];
    return () => {
      if (order.length === 0) order = rng.shuffle([...pool]);
      return order.pop()!;
    };
  };

  const fill = (kind: QueryKind, pool: readonly Company[], make: (c: Company) => string | undefined) => {
    if (pool.length === 0) return;
    const draw = drawer(pool);
    let made = 0;
    for (let attempts = 0; made < options.perKind && attempts < options.perKind * 50; attempts++) {
      const company = draw();
      const text = make(company);
      if (text === undefined) continue;
      queries.push({ kind, text, expected: company.id });
      made++;
    }
  };

  fill('exact', companies, (c) => c.name);
  const distinctAliases = (c: Company) => {
    const own = compactName(c.name);
    return c.aliases.filter((a) => {
      const key = compactName(a);
      return key !== '' && key !== own;
    });
  };
  fill(
    'alias',
    companies.filter((c) => distinctAliases(c).length > 0),
    (c) => rng.pick(distinctAliases(c)),
  );
  fill('lowercase', companies, (c) => c.name.toLowerCase());
  const typos = (edits: number) => (c: Company) => {
    for (let attempt = 0; attempt < 10; attempt++) {
      let text = c.name;
      for (let e = 0; e < edits; e++) text = typo(rng, text);
      const key = compactName(text);
      if (key && key !== compactName(c.name) && !keys.has(key)) return text;
    }
    return undefined;
  };
  fill('typo1', companies, typos(1));
  fill('typo2', companies, typos(2));
  for (let n = 1; n <= 6; n++) {
    const pool = companies.filter((c) => compactName(c.name).length > n);
    fill(`prefix${n}` as QueryKind, pool, (c) => {
      // What a person has typed after n keystrokes of the display name.
      let typed = '';
      for (const ch of c.name.toLowerCase()) {
        if (compactName(typed).length >= n) break;
        typed += ch;
      }
      return compactName(typed).length === n ? typed : undefined;
    });
  }
  for (let made = 0, attempts = 0; made < options.perKind && attempts < options.perKind * 50; attempts++) {
    const length = rng.int(6, 12);
    let text = '';
    for (let i = 0; i < length; i++) text += rng.pick([...LETTERS]);
    if (rng.chance(0.3)) text = `${text.slice(0, 4)} ${text.slice(4)}`;
    const key = compactName(text);
    if (!key || keys.has(key) || isPrefixOfAny(sorted, key)) continue;
    queries.push({ kind: 'miss', text, expected: null });
    made++;
  }
  return queries;
}

/** Right answer: the expected company, or one of its family (a parent or a subsidiary). */
export function sameFamily(
  expected: string,
  got: string | undefined,
  familyOf: (id: string) => readonly string[],
): boolean {
  if (got === undefined) return false;
  return got === expected || familyOf(expected).includes(got) || familyOf(got).includes(expected);
}
