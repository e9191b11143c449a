import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/engine.js';
import { loadKnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { DeletionIndex } from '../../src/search/deletions.js';
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
