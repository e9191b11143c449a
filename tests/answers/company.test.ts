import { describe, expect, it } from 'vitest';
import { companyAnswer } from '../../src/answers/company.js';
import { fixtureEngine, text } from '../helpers.js';

describe('/company', () => {
  const engine = fixtureEngine();

  it('profiles a company: what it is, latest post-money valuation with source, backers, suppliers', () => {
    const out = text(companyAnswer(engine, 'beta'));
    expect(out).toContain('A fictional AI lab.');
    expect(out).toMatch(
      /Latest valuation: \$380 billion post-money, 1 Feb 2026 \(funding round, closed\) \[\d\]/,
    );
    expect(out).toContain('■ Backers');
    expect(out).toContain('■ Compute and chip suppliers');
    expect(out).toMatch(/Alpha Cloud Services — \$38 billion, compute contract, signed, Nov 2025/);
  });

  it('shows the group: parent and subsidiaries', () => {
    expect(text(companyAnswer(engine, 'Alpha'))).toContain('Owns: Alpha Cloud Services');
    expect(text(companyAnswer(engine, 'ACS'))).toContain('Part of: Alpha');
    expect(text(companyAnswer(engine, 'Alpha'))).toContain('■ Compute and chip customers');
  });
});
