import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { FIXTURE_DIR, problemsOf, scratchKnowledge } from '../helpers.js';

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
      json.deals[3].history[0].date = '2025-02-30';
      json.deals[3].history[0].status = 'rumoured';
    });
    const problems = problemsOf(kb.dir);
    const record = 'record "beta-alpha-cloud-compute-2025-11"';
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`deals\\.json, ${record}, field figures\\[0\\]\\.currency: expected one of "USD"`),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringContaining(`${record}, field history[0].date: expected a real calendar date`),
    );
    expect(problems).toContainEqual(
      expect.stringContaining(`${record}, field history[0].status: expected one of "talks"`),
    );
  });

  it('refuses a fee whose label says per month without "per", and a period that is not one', () => {
    const kb = scratchKnowledge();
    kb.edit('deals/deals.json', (json) => {
      json.deals[3].figures[0].label = 'per month';
    });
    expect(problemsOf(kb.dir)).toContainEqual(
      expect.stringContaining(
        'record "beta-alpha-cloud-compute-2025-11", field figures[0].per: the label "per month" says a fee paid once a month: add "per": "month"',
      ),
    );
    // Cross-checks run once every record is valid: the bad period is a second knowledge base.
    const other = scratchKnowledge();
    other.edit('deals/deals.json', (json) => {
      json.deals[2].figures[0].per = 'fortnight';
    });
    expect(problemsOf(other.dir)).toContainEqual(
      expect.stringMatching(/field figures\[0\]\.per: expected one of "week"/),
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
      expect.stringContaining('field figures[0].sources: rests on aggregator pages only'),
    );
  });

  it('takes a figure from aggregator pages only when two publishers agree and name what they relay', () => {
    const kb = scratchKnowledge();
    kb.edit('sources/sources.json', (json) => {
      json.sources.find((s: { id: string }) => s.id === 'blog-2025-09').relays = 'Reuters';
      json.sources.push({
        id: 'other-blog-2025-09',
        url: 'https://other-blog.example.com/2025/09/post',
        publisher: 'Other Blog',
        title: 'A second rewrite of the same report',
        date: '2025-09-23',
        language: 'en',
        tier: 'aggregator',
        relays: 'Reuters',
      });
    });
    kb.edit('deals/deals.json', (json) => {
      json.deals[4].figures[0].sources = ['blog-2025-09'];
    });
    expect(problemsOf(kb.dir)).toContainEqual(
      expect.stringContaining('field figures[0].sources: rests on aggregator pages only'),
    );
    kb.edit('deals/deals.json', (json) => {
      json.deals[4].figures[0].sources = ['blog-2025-09', 'other-blog-2025-09'];
    });
    expect(() => loadKnowledgeBase(kb.dir)).not.toThrow();
  });

  it('never lets a page seen only as a quoted link support a figure alone', () => {
    const kb = scratchKnowledge();
    kb.edit('sources/sources.json', (json) => {
      json.sources.push({
        id: 'quoted-filing',
        url: 'https://www.sec.gov/example-filing.htm',
        publisher: 'SEC',
        quotedIn: 'blog-2025-09',
        language: 'en',
        tier: 'primary',
      });
    });
    kb.edit('deals/deals.json', (json) => {
      json.deals[4].figures[0].sources = ['quoted-filing'];
    });
    expect(problemsOf(kb.dir)).toContainEqual(
      expect.stringContaining('field figures[0].sources: cites only pages seen as quoted links'),
    );
  });

  it('refuses a status step cited to a page older than the step, and a confirmed status without the parties', () => {
    const kb = scratchKnowledge();
    kb.edit('deals/deals.json', (json) => {
      json.deals[4].history[1].sources = ['blog-2025-09'];
      json.deals[3].figures = json.deals[3].figures.map((f: object) => ({ ...f, disclosure: 'reported' }));
      json.deals[3].history[0].sources = ['wire-2026-02-01'];
      json.deals[3].sources = ['wire-2026-02-01'];
    });
    const problems = problemsOf(kb.dir);
    expect(problems).toContainEqual(
      expect.stringContaining(
        'field history[1].sources[0]: source "blog-2025-09" is dated 2025-09, before the step (stalled, 2026-01-30)',
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /beta-alpha-cloud-compute-2025-11", field history\[0\]\.status: "signed" says the parties acted/,
      ),
    );
  });

  it('refuses an investee in a secondary sale and an expansion that does not say how it counts', () => {
    const kb = scratchKnowledge();
    kb.edit('deals/deals.json', (json) => {
      json.deals[2].kind = 'secondary-sale';
    });
    expect(problemsOf(kb.dir)).toContainEqual(
      expect.stringContaining(
        '"alpha-beta-equity-2026-02", field parties[1].role: "investee" in a secondary sale',
      ),
    );
    const other = scratchKnowledge();
    other.edit('deals/deals.json', (json) => {
      json.deals[1].expands = { deal: 'alpha-beta-equity-2026-02' };
      json.deals[2].expands = 'alpha-beta-talks-2025-12';
    });
    const problems = problemsOf(other.dir);
    expect(problems).toContainEqual(
      expect.stringContaining('"beta-round-2026-02", field expands.effect: expected one of "adds"'),
    );
    expect(problems).toContainEqual(
      expect.stringContaining('"alpha-beta-equity-2026-02", field expands: expected object'),
    );
  });

  it("keeps curators' notes out of what users read", () => {
    const kb = scratchKnowledge();
    kb.edit('deals/deals.json', (json) => {
      json.deals[3].caveats = ['Seed 001 mistranslates the deal.'];
    });
    expect(problemsOf(kb.dir)).toContainEqual(
      expect.stringContaining('"beta-alpha-cloud-compute-2025-11", field caveats[0]: speaks of the curators'),
    );
    kb.edit('deals/deals.json', (json) => {
      json.deals[3].caveats = [];
      json.deals[3].curatorNote = 'Seed 001 mistranslates the deal.';
    });
    expect(() => loadKnowledgeBase(kb.dir)).not.toThrow();
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
