import { describe, expect, it } from 'vitest';
import { DealKeyIndex } from '../../src/search/dealIndex.js';
import { compactName, normalizeName } from '../../src/text/normalize.js';
import { realEngine } from '../helpers.js';

describe('the /sources deal index', () => {
  const { kb } = realEngine();
  const index = new DealKeyIndex(kb.dealList);
  /** What the index promises, by brute force: the key contains the text, starting at one of its words. */
  const expected = (typed: string, limit: number) => {
    const key = compactName(typed);
    const out: number[] = [];
    kb.dealList.forEach((d, i) => {
      const words = [...normalizeName(d.id).split(' '), ...normalizeName(d.title).split(' ')];
      const rests = words.map((_, w) => words.slice(w).join(''));
      const starts = rests.some((rest) => rest.startsWith(key));
      if (starts && out.length < limit) out.push(i);
    });
    return out;
  };

  it('finds, newest first, every deal a word of whose id or title starts what was typed', () => {
    const typed = new Set<string>();
    for (const d of kb.dealList.slice(0, 60)) {
      const words = normalizeName(d.title).split(' ');
      typed.add(words.slice(1, 3).join(' '));
      typed.add(words[0]!.slice(0, 4));
      typed.add(normalizeName(d.id).split(' ').slice(1).join('-'));
    }
    let matched = 0;
    for (const t of typed) {
      if (compactName(t).length < 3) continue;
      const found = index.search(compactName(t), 25);
      // The index may also return a deal whose key contains the text mid-word, when one of its words
      // starts with the same three letters: every result contains the text, and none expected is missing.
      for (const i of found) expect(index.keys[i]).toContain(compactName(t));
      const want = expected(t, 25);
      if (want.length > 0) matched++;
      for (const i of want.filter((i) => i <= (found.at(-1) ?? -1) || found.length < 25))
        expect(found).toContain(i);
    }
    expect(matched).toBeGreaterThan(20);
  });

  it('answers one or two characters with the newest deals that contain them, as a scan would', () => {
    const scan = (key: string, limit: number) =>
      index.keys.flatMap((k, i) => (k.includes(key) ? [i] : [])).slice(0, limit);
    const typed = new Set(['q', 'x', 'zz', 'ai', '1', 'é']);
    for (const k of index.keys.slice(0, 40)) {
      typed.add(k[3]!);
      typed.add(k.slice(5, 7));
    }
    for (const t of typed) {
      expect(index.search(t, 25), t).toEqual(scan(t, 25));
      expect(index.search(t, 3), t).toEqual(scan(t, 3));
    }
  });

  it('gives the newest deals for empty input and nothing for text no deal contains', () => {
    expect(index.search('', 5)).toEqual([0, 1, 2, 3, 4]);
    expect(index.search('zzqqxx', 25)).toEqual([]);
  });
});
