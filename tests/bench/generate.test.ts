/**
 * The benchmark's own parts: the generator is deterministic and produces knowledge bases the bot accepts,
 * query sets carry the right expected answers, and the measuring code runs end to end on small inputs.
 * No test asserts a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKnowledge, generateToDir, writeKnowledge } from '../../bench/generate.js';
import { createRng, mulberry32 } from '../../bench/prng.js';
import { buildQueries, companyKeys, QUERY_KINDS } from '../../bench/queries.js';
import { percentile, summarize } from '../../bench/stats.js';
import { loadKnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { editDistance } from '../../src/text/distance.js';
import { compactName } from '../../src/text/normalize.js';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the seeded PRNG', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws weighted keys in proportion', () => {
    const rng = createRng(1);
    const weights = { a: 3, b: 1 } as const;
    let a = 0;
    for (let i = 0; i < 4000; i++) if (rng.weighted(weights) === 'a') a++;
    expect(a / 4000).toBeGreaterThan(0.7);
    expect(a / 4000).toBeLessThan(0.8);
  });
});

describe('the knowledge-base generator', () => {
  it('is deterministic for a seed', () => {
    const first = generateKnowledge({ companies: 150, seed: 7 });
    const second = generateKnowledge({ companies: 150, seed: 7 });
    expect(second).toEqual(first);
    expect(generateKnowledge({ companies: 150, seed: 8 }).companies).not.toEqual(first.companies);
  });

  it('writes 1,000 companies with 10 deals each that pass the schemas and cross-checks', () => {
    const generated = generateKnowledge({ companies: 1000 });
    const dir = scratch();
    writeKnowledge(dir, generated, 4000);
    const kb = loadKnowledgeBase(dir);
    expect(kb.companies.size).toBe(1000);
    expect(kb.deals.size).toBe(10_000);
    expect(kb.sources.size).toBe(generated.sources.length);

    const companies = [...kb.companies.values()];
    for (const c of companies) {
      expect(c.aliases.length).toBeGreaterThanOrEqual(1);
      expect(c.aliases.length).toBeLessThanOrEqual(3);
    }
    const withParent = companies.filter((c) => c.parent).length;
    expect(withParent).toBeGreaterThan(10);
    expect(withParent).toBeLessThan(120);
    expect(companies.some((c) => c.name.includes(' '))).toBe(true);
    expect(companies.some((c) => /\b(Labs|AI|Systems|Inc\.)$/.test(c.name))).toBe(true);

    const deals = [...kb.deals.values()];
    expect(deals.some((d) => d.status === 'superseded' && d.supersededBy)).toBe(true);
    expect(deals.some((d) => d.partOf)).toBe(true);
    expect(deals.some((d) => d.expands)).toBe(true);
    expect(
      deals.some((d) => d.figures.some((f) => f.kind === 'amount' && f.qualifier === 'undisclosed')),
    ).toBe(true);
    expect(new Set(deals.map((d) => d.kind)).size).toBeGreaterThan(8);
  });

  it('streams the same knowledge base to disk as it builds in memory', () => {
    const dir = scratch();
    const written = generateToDir(dir, { companies: 300, seed: 3 });
    const inMemory = generateKnowledge({ companies: 300, seed: 3 });
    expect(written.deals).toBe(inMemory.deals.length);
    const kb = loadKnowledgeBase(dir);
    expect([...kb.deals.keys()].sort()).toEqual(inMemory.deals.map((d) => d.id).sort());
    expect(kb.deals.get(inMemory.deals[123]!.id)).toEqual(inMemory.deals[123]);
  });
});

describe('query sets', () => {
  const generated = generateKnowledge({ companies: 500, seed: 11 });
  const queries = buildQueries(generated.companies, { perKind: 40, seed: 5 });
  const byId = new Map(generated.companies.map((c) => [c.id, c]));
  const keys = companyKeys(generated.companies);
  const of = (kind: string) => queries.filter((q) => q.kind === kind);

  it('has every kind, with the requested count', () => {
    for (const kind of QUERY_KINDS) expect(of(kind)).toHaveLength(40);
  });

  it('is deterministic for a seed', () => {
    expect(buildQueries(generated.companies, { perKind: 40, seed: 5 })).toEqual(queries);
  });

  it('expects the company whose name, alias or lowercase name was typed', () => {
    for (const q of of('exact')) expect(q.text).toBe(byId.get(q.expected!)!.name);
    for (const q of of('lowercase')) expect(q.text).toBe(byId.get(q.expected!)!.name.toLowerCase());
    for (const q of of('alias')) {
      const company = byId.get(q.expected!)!;
      expect(company.aliases).toContain(q.text);
      expect(compactName(q.text)).not.toBe(compactName(company.name));
    }
  });

  it('makes typos one or two edits away that are nobody’s name', () => {
    for (const [kind, edits] of [
      ['typo1', 1],
      ['typo2', 2],
    ] as const) {
      for (const q of of(kind)) {
        const name = byId.get(q.expected!)!.name.toLowerCase();
        const distance = editDistance(q.text.toLowerCase(), name);
        expect(distance).toBeGreaterThanOrEqual(1);
        expect(distance).toBeLessThanOrEqual(edits);
        expect(keys.has(compactName(q.text))).toBe(false);
      }
    }
  });

  it('makes prefixes of the typed length and misses that match nothing', () => {
    for (let n = 1; n <= 6; n++) {
      for (const q of of(`prefix${n}`)) {
        const key = compactName(q.text);
        expect(key).toHaveLength(n);
        expect(compactName(byId.get(q.expected!)!.name).startsWith(key)).toBe(true);
      }
    }
    const sorted = [...keys];
    for (const q of of('miss')) {
      expect(q.expected).toBeNull();
      const key = compactName(q.text);
      expect(sorted.some((k) => k.startsWith(key))).toBe(false);
    }
  });
});

describe('summaries', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    const s = summarize([...values].reverse());
    expect(s).toMatchObject({ n: 100, p50: 50, p99: 99, max: 100 });
  });
});
