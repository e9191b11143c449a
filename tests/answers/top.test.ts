import { describe, expect, it } from 'vitest';
import { parseDealKind, topAnswer } from '../../src/answers/top.js';
import { fixtureEngine, text } from '../helpers.js';

describe('/top', () => {
  const engine = fixtureEngine();

  it('ranks live deals by headline amount, leaving out parts, superseded and stalled deals', () => {
    const out = text(topAnswer(engine, {}));
    const ranked = out.split('\n').filter((l) => /^ {2}\d+\./.test(l));
    expect(ranked.map((l) => l.match(/\((.+)\)$/)?.[1])).toEqual([
      'beta-round-2026-02',
      'beta-alpha-cloud-compute-2025-11',
      'omega-two-gamma-equity-2025-06',
    ]);
    expect(ranked[2]).toContain('up to $2 billion');
    expect(out).toContain('Not ranked: 3 deals');
  });

  it('filters by kind and year', () => {
    const out = text(topAnswer(engine, { kind: 'compute', year: 2025 }));
    expect(out).toContain('Largest compute contract deals of 2025');
    expect(out).toContain('beta-alpha-cloud-compute-2025-11');
    expect(out).not.toContain('beta-round-2026-02');
  });

  it('tells what would work for a bad kind or an empty year', () => {
    const badKind = topAnswer(engine, { kind: 'rumours' });
    expect(badKind.status).toBe('invalid');
    expect(text(badKind)).toContain('Kinds: equity-investment, funding-round');
    const emptyYear = topAnswer(engine, { year: 2019 });
    expect(emptyYear.status).toBe('empty');
    expect(text(emptyYear)).toContain('The knowledge base has deals from 2025, 2026.');
  });

  it('reads deal kinds loosely', () => {
    expect(parseDealKind('Compute contract')).toBe('compute-contract');
    expect(parseDealKind('licence')).toBe('licence-and-hiring');
    expect(parseDealKind('')).toBeUndefined();
  });
});
