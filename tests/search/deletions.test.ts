import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/engine.js';
import { loadKnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { DeletionIndex } from '../../src/search/deletions.js';
import { SHORT_KEY, TwoEditIndex } from '../../src/search/twoEdits.js';
import { editDistance } from '../../src/text/distance.js';
import { scratchKnowledge } from '../helpers.js';

/** A small deterministic generator, so that a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('the deletion index', () => {
  const random = rng(42);
  const word = (min: number, max: number) => {
    const length = min + Math.floor(random() * (max - min + 1));
    let out = '';
    for (let i = 0; i < length; i++) out += 'abcdefg'[Math.floor(random() * 7)];
    return out;
  };
  const keys = Array.from({ length: 400 }, () => word(2, 10));
  const index = new DeletionIndex(keys);

  it('returns every key within one edit of the query, each once', () => {
    for (let q = 0; q < 300; q++) {
      const query = word(2, 11);
      const found = index.candidates(query, false);
      expect(new Set(found).size).toBe(found.length);
      const expected = keys.flatMap((k, i) => (editDistance(query, k, 1) <= 1 ? [i] : []));
      for (const i of expected) expect(found).toContain(i);
    }
  });

  it('with two deletions, also reaches keys two insertions away', () => {
    for (const [i, key] of keys.entries()) {
      if (key.length < 3) continue;
      const query = `${key.slice(0, 1)}x${key.slice(1)}y`;
      expect(index.candidates(query, true)).toContain(i);
    }
  });
});

describe('a typo as close to two companies', () => {
  it('goes to the more connected one and keeps the other as an alternative', () => {
    const kb = scratchKnowledge();
    kb.edit('companies/companies.json', (json) => {
      json.companies.push({ id: 'alpho', name: 'Alpho', kind: 'startup', description: 'No deals yet.' });
    });
    const engine = createEngine(loadKnowledgeBase(kb.dir));
    expect(engine.kb.connectionCount('alpha')).toBeGreaterThan(1);
    const r = engine.resolver.resolve('Alphq');
    expect(r).toMatchObject({ status: 'found', match: { kind: 'typo', company: { id: 'alpha' } } });
    if (r.status === 'found') expect(r.match.alternatives?.map((m) => m.company.id)).toEqual(['alpho']);
  });

  it('stays ambiguous between equally connected companies', () => {
    const kb = scratchKnowledge();
    kb.edit('companies/companies.json', (json) => {
      json.companies.push(
        { id: 'zorbo', name: 'Zorbo', kind: 'startup', description: 'No deals yet.' },
        { id: 'zorba', name: 'Zorba', kind: 'startup', description: 'No deals yet either.' },
      );
    });
    const r = createEngine(loadKnowledgeBase(kb.dir)).resolver.resolve('Zorbx');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous')
      expect(r.candidates.map((m) => m.company.id).sort()).toEqual(['zorba', 'zorbo']);
  });
});

describe('the two-edit index', () => {
  const random = rng(7);
  const pick = (n: number) => Math.floor(random() * n);
  // A small alphabet, so that thousands of names have many neighbours within two edits of each other.
  const letters = 'abcdefgh';
  const word = (min: number, max: number) => {
    const length = min + pick(max - min + 1);
    let out = '';
    for (let i = 0; i < length; i++) out += letters[pick(letters.length)];
    return out;
  };
  /** One random edit of any kind the distance counts: substitution, insertion, deletion, swap. */
  const edit = (text: string) => {
    const i = pick(text.length + 1);
    switch (pick(4)) {
      case 0:
        return text.length === 0 ? 'a' : `${text.slice(0, i)}${letters[pick(8)]}${text.slice(i + 1)}`;
      case 1:
        return `${text.slice(0, i)}${letters[pick(8)]}${text.slice(i)}`;
      case 2:
        return text.length <= 1 ? `${text}b` : `${text.slice(0, i)}${text.slice(i + 1)}`;
      default:
        return i + 1 < text.length ? `${text.slice(0, i)}${text[i + 1]}${text[i]}${text.slice(i + 2)}` : text;
    }
  };
  const keys = [...new Set(Array.from({ length: 3000 }, () => word(1, 16)))];
  const index = new TwoEditIndex(keys);

  const check = (query: string) => {
    const found = index.candidates(query);
    expect(new Set(found).size).toBe(found.length);
    const have = new Set(found);
    const missed = keys.filter((k, i) => editDistance(query, k, 2) <= 2 && !have.has(i));
    expect({ query, missed }).toEqual({ query, missed: [] });
  };

  it('finds every key within two edits of a two-edit typo of a key (checked against a scan of all)', () => {
    for (let q = 0; q < 1500; q++) check(edit(edit(keys[pick(keys.length)]!)));
  });

  it('finds every key within two edits of one-edit typos and of random strings', () => {
    for (let q = 0; q < 500; q++) check(edit(keys[pick(keys.length)]!));
    for (let q = 0; q < 500; q++) check(word(1, 18));
  });

  it('covers both parts: short keys by deletions, long keys by segments, and lengths across the border', () => {
    const border = keys.filter((k) => k.length === SHORT_KEY || k.length === SHORT_KEY + 1);
    expect(border.length).toBeGreaterThan(50);
    for (const key of border.slice(0, 200)) {
      // Two substitutions and two dropped letters: the typos that need two deletions on the key's side.
      check(`${letters[pick(8)]}${key.slice(1, 3)}${letters[pick(8)]}${key.slice(4)}`);
      check(key.slice(0, 1) + key.slice(2, 4) + key.slice(5));
      check(`${key}${letters[pick(8)]}${letters[pick(8)]}`);
    }
  });
});
