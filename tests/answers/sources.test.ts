import { describe, expect, it } from 'vitest';
import { sourcesAnswer } from '../../src/answers/sources.js';
import { catalog, commandText } from '../../src/i18n/index.js';
import { fixtureEngine, text } from '../helpers.js';

describe('/sources', () => {
  const engine = fixtureEngine();

  it('lists every source of a deal with publisher, title, date, language, tier and link', () => {
    const answer = sourcesAnswer(engine, { deal: 'gamma-beta-loi-2025-09' });
    expect(answer.citations.map((c) => c.sourceId)).toEqual(['wire-2026-02-01', 'blog-2025-09']);
    expect(text(answer)).toContain(
      '[1] Example Wire — Alpha invests in Beta (1 Feb 2026, English, wire or major outlet, carries Reuters) https://example.com/wire/alpha-beta',
    );
    expect(text(answer)).toContain(
      '[2] Some Blog — Gamma and Beta (Sep 2025, Italian, aggregator) https://example.info/blog',
    );
  });

  it('covers every deal between two companies', () => {
    const answer = sourcesAnswer(engine, { company: 'ACS', with: 'Beta' });
    expect(answer.blocks.map((b) => b.heading)).toEqual(['Beta buys compute from Alpha Cloud']);
    expect(answer.citations[0]!.tier).toBe('primary');
  });

  it('suggests near deal ids for an unknown one', () => {
    const answer = sourcesAnswer(engine, { deal: 'gamma-beta' });
    expect(answer.status).toBe('not-found');
    expect(commandText(answer.suggestions![0]!.command, catalog('en'))).toBe(
      '/sources deal:gamma-beta-loi-2025-09',
    );
  });

  it('asks for something to look up when given nothing', () => {
    expect(sourcesAnswer(engine, {}).status).toBe('invalid');
  });
});
