import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { formatProblem, KnowledgeBaseError } from '../../src/knowledge/problems.js';
import { FIXTURE_DIR, scratchKnowledge } from '../helpers.js';

/** Loads a knowledge base that must fail, and returns its problems as the one-line messages people read. */
function problemsOf(dir: string): string[] {
  try {
    loadKnowledgeBase(dir);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected the knowledge base to be refused');
}

describe('loading the knowledge base', () => {
  it('loads the fixture and indexes it', () => {
    const kb = loadKnowledgeBase(FIXTURE_DIR);
    expect(kb.companies.size).toBe(7);
    expect(kb.deals.size).toBe(6);
    expect(kb.familyOf('alpha')).toEqual(['alpha', 'alpha-cloud']);
    expect(kb.dealsOf('alpha').map((d) => d.id)).toContain('beta-alpha-cloud-compute-2025-11');
    expect(kb.dealList[0]!.date >= kb.dealList.at(-1)!.date).toBe(true);
  });

  it('names the file when JSON is broken', () => {
    const kb = scratchKnowledge();
    kb.write('deals/deals.json', '{ "deals": [ { "id": ');
    expect(problemsOf(kb.dir)).toEqual([expect.stringMatching(/deals\/deals\.json: is not valid JSON/)]);
  });

  it('names file, record and field of a schema error, and says what is expected', () => {
    const kb = scratchKnowledge();
    kb.edit('deals/deals.json', (json) => {
      json.deals[3].figures[0].currency = 'USDT';
      json.deals[3].date = '2025-02-30';
      json.deals[3].status = 'rumoured';
    });
    const problems = problemsOf(kb.dir);
    const record = 'record "beta-alpha-cloud-compute-2025-11"';
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`deals\\.json, ${record}, field figures\\[0\\]\\.currency: expected one of "USD"`),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringContaining(`${record}, field date: expected a real calendar date`),
    );
    expect(problems).toContainEqual(
      expect.stringContaining(`${record}, field status: expected one of "talks"`),
    );
  });

  it('refuses a figure with no source and a non-https url', () => {
    const kb = scratchKnowledge();
    kb.edit('deals/deals.json', (json) => {
      json.deals[0].figures[0].sources = [];
    });
    kb.edit('sources/sources.json', (json) => {
      json.sources[0].url = 'http://example.com/plain';
    });
    const problems = problemsOf(kb.dir);
    expect(problems).toContainEqual(
      expect.stringContaining(
        'record "alpha-beta-talks-2025-12", field figures[0].sources: expected at least one source id',
      ),
    );
    expect(problems).toContainEqual(
      expect.stringContaining('record "wire-2026-02-01", field url: expected an https:// URL'),
    );
  });

  it('cross-checks references, duplicates, aliases and relations', () => {
    const kb = scratchKnowledge();
    kb.edit('companies/companies.json', (json) => {
      json.companies[3].aliases = ['Beta AI Inc'];
      json.companies.push({ ...json.companies[0] });
    });
    kb.edit('deals/deals.json', (json) => {
      json.deals[3].parties[1].company = 'nobody';
      json.deals[4].figures[1].sources = ['missing-source'];
      json.deals[2].partOf = 'no-such-deal';
    });
    const problems = problemsOf(kb.dir);
    expect(problems).toContainEqual(
      expect.stringContaining('record "alpha", field id: duplicate company id'),
    );
    expect(problems).toContainEqual(
      expect.stringContaining(
        'record "gamma", field aliases[0]: "Beta AI Inc" is already a name or alias of "beta-ai"',
      ),
    );
    expect(problems).toContainEqual(
      expect.stringContaining('field parties[1].company: unknown company "nobody"'),
    );
    expect(problems).toContainEqual(
      expect.stringContaining('field figures[1].sources[0]: unknown source "missing-source"'),
    );
    expect(problems).toContainEqual(expect.stringContaining('field partOf: unknown deal "no-such-deal"'));
  });

  it('refuses a superseded deal without its successor, and one-sided relations', () => {
    const kb = scratchKnowledge();
    kb.edit('deals/deals.json', (json) => {
      delete json.deals[0].supersededBy;
      json.deals[1].supersedes = ['gamma-beta-loi-2025-09'];
    });
    const problems = problemsOf(kb.dir);
    expect(problems).toContainEqual(
      expect.stringContaining(
        'record "alpha-beta-talks-2025-12", field supersededBy: is required when status is "superseded"',
      ),
    );
    expect(problems).toContainEqual(
      expect.stringContaining(
        '"gamma-beta-loi-2025-09" does not name "beta-round-2026-02" as its supersededBy',
      ),
    );
  });

  it('refuses a figure that only an aggregator supports', () => {
    const kb = scratchKnowledge();
    kb.edit('deals/deals.json', (json) => {
      json.deals[4].figures[0].sources = ['blog-2025-09'];
    });
    expect(problemsOf(kb.dir)).toContainEqual(
      expect.stringContaining('field figures[0].sources: cites only aggregator sources'),
    );
  });

  it('refuses an undisclosed figure that states an amount', () => {
    const kb = scratchKnowledge();
    kb.edit('deals/deals.json', (json) => {
      json.deals[3].figures[0].qualifier = 'undisclosed';
    });
    expect(problemsOf(kb.dir)).toContainEqual(
      expect.stringContaining('field figures[0]: has an amount but qualifier "undisclosed"'),
    );
  });
});
