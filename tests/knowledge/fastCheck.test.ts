import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKnowledge, toRecord } from '../../bench/generate.js';
import { fastDeal, fastSource } from '../../src/knowledge/fastCheck.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/paths.js';
import { deal, source } from '../../src/knowledge/schema.js';

function records(collection: 'deals' | 'sources'): unknown[] {
  const dir = join(DEFAULT_KNOWLEDGE_DIR, collection);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8'))[collection] as unknown[]);
}

const generated = generateKnowledge({ companies: 60, seed: 7 });
const realDeals = records('deals');
const realSources = records('sources');
const allDeals = [...realDeals, ...generated.deals.map(toRecord)];
const allSources = [...realSources, ...generated.sources];

/** Same values and the same key order (JSON.stringify keeps the order zod gives). */
function expectSame(fast: unknown, slow: unknown): void {
  expect(fast).toStrictEqual(slow);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
}

describe('fast path of validation', () => {
  it('returns what zod returns for every real and generated deal', () => {
    expect(realDeals.length).toBeGreaterThan(10);
    for (const record of allDeals) {
      const fast = fastDeal(record);
      expect(fast).toBeDefined();
      expectSame(fast, deal.parse(record));
    }
  });

  it('returns what zod returns for every real and generated source', () => {
    for (const record of allSources) {
      const fast = fastSource(record);
      expect(fast).toBeDefined();
      expectSame(fast, source.parse(record));
    }
  });

  // Values that break one rule or another: wrong types, empty text, bad ids and dates, odd urls.
  const oddValue = fc.oneof(
    fc.constantFrom(
      '',
      'Not-An-Id',
      'a--b',
      '2024-02-30',
      '2024-13',
      '2024-1-01',
      ' https://example.com/x',
      'http://example.com/',
      'https://exa mple.com/',
      'https://',
      'x'.repeat(121),
      0,
      -1,
      101,
      1.5,
      Number.POSITIVE_INFINITY,
      null,
      true,
      [],
      {},
      ['not-a-source'],
      [''],
    ),
    fc.string(),
    fc.double(),
    fc.integer(),
  );

  /** Sets, deletes or adds one field somewhere in a copy of the record. */
  function mutate(record: unknown, picks: number[], value: unknown, how: number): unknown {
    const copy = structuredClone(record) as Record<string, unknown>;
    let target: Record<string, unknown> = copy;
    for (const pick of picks) {
      const keys = Object.keys(target);
      if (keys.length === 0) break;
      const next = target[keys[pick % keys.length]!];
      if (typeof next !== 'object' || next === null) {
        const key = keys[pick % keys.length]!;
        if (how === 0) delete target[key];
        else target[key] = value;
        return copy;
      }
      target = next as Record<string, unknown>;
    }
    const keys = Object.keys(target);
    if (how === 2 || keys.length === 0) target.unexpected = value;
    else if (how === 0) delete target[keys[picks[0]! % keys.length]!];
    else target[keys[picks[0]! % keys.length]!] = value;
    return copy;
  }

  for (const [name, records, fast, schema] of [
    ['deal', allDeals, fastDeal, deal],
    ['source', allSources, fastSource, source],
  ] as const) {
    it(`never accepts a mutated ${name} that zod rejects, and agrees with zod when it accepts`, () => {
      fc.assert(
        fc.property(
          fc.nat(records.length - 1),
          fc.array(fc.nat(40), { minLength: 1, maxLength: 4 }),
          oddValue,
          fc.nat(2),
          (index, picks, value, how) => {
            const record = mutate(records[index], picks, value, how);
            const accepted = (fast as (v: unknown) => unknown)(record);
            const parsed = schema.safeParse(record);
            if (accepted !== undefined) {
              expect(parsed.success).toBe(true);
              expectSame(accepted, parsed.data);
            }
          },
        ),
        { numRuns: 3000, seed: 16 },
      );
    });
  }
});
