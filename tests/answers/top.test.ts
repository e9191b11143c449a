import { describe, expect, it } from 'vitest';
import { parseDealKind, topAnswer } from '../../src/answers/top.js';
import { fixtureEngine, text } from '../helpers.js';

describe('/top', () => {
  const engine = fixtureEngine();

  it('ranks live deals by headline amount, leaving out parts, superseded and stalled deals', () => {
    const answer = topAnswer(engine, {});
    // Each ranked deal is a block carrying its record, never its id in the text.
    expect(answer.blocks.flatMap((b) => (b.dealId ? [b.dealId] : []))).toEqual([
      'beta-round-2026-02',
      'beta-alpha-cloud-compute-2025-11',
      'omega-two-gamma-equity-2025-06',
    ]);
    const out = text(answer);
    expect(out).not.toMatch(/beta-round-2026-02|omega-two-gamma-equity/);
    const ranked = out.split('\n').filter((l) => /^ {2}\d+\./.test(l));
    expect(ranked[2]).toContain('3. up to $2 billion');
    expect(out).toContain('Not ranked: 3 deals');
  });

  it('filters by kind and year', () => {
    const answer = topAnswer(engine, { kind: 'compute', year: 2025 });
    expect(text(answer)).toContain('Largest compute contract deals of 2025');
    const ids = answer.blocks.flatMap((b) => (b.dealId ? [b.dealId] : []));
    expect(ids).toContain('beta-alpha-cloud-compute-2025-11');
    expect(ids).not.toContain('beta-round-2026-02');
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
