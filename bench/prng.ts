/** A small seeded PRNG (mulberry32) and the draws the generator and query builder need; no Math.random. */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a key by relative weight: `{ a: 3, b: 1 }` gives "a" three times as often as "b". */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  shuffle<T>(items: T[]): T[];
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a base seed with a label so that independent streams (names, deals, queries) do not correlate. */
export function deriveSeed(seed: number, label: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}

interface Table {
  keys: string[];
  cumulative: number[];
}

/** Weight tables are prepared once per (constant) weights object. */
const tables = new WeakMap<object, Table>();

function tableOf(weights: Readonly<Record<string, number>>): Table {
  let table = tables.get(weights);
  if (!table) {
    const keys = Object.keys(weights);
    let total = 0;
    const cumulative = keys.map((k) => {
      total += weights[k]!;
      return total;
    });
    table = { keys, cumulative };
    tables.set(weights, table);
  }
  return table;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: <K extends string>(weights: Readonly<Record<K, number>>): K => {
      const { keys, cumulative } = tableOf(weights);
      const r = next() * cumulative[cumulative.length - 1]!;
      let i = 0;
      while (i < cumulative.length - 1 && cumulative[i]! <= r) i++;
      return keys[i] as K;
    },
    shuffle: <T>(items: T[]): T[] => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
  };
  return rng;
}
