import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { staleItems } from '../../src/knowledge/stale.js';
import { FIXTURE_DIR, scratchKnowledge } from '../helpers.js';

describe('items to look at again', () => {
  it('has none in the fixture', () => {
    expect(staleItems(loadKnowledgeBase(FIXTURE_DIR))).toEqual([]);
  });

  it('flags talks with no news for 90 days and a closing date that has passed', () => {
    const kb = scratchKnowledge();
    kb.edit('deals/deals.json', (json) => {
      json.deals[2].history = [{ status: 'talks', date: '2025-11-15', sources: ['trade-2025-12-10'] }];
      json.deals[2].figures = json.deals[2].figures.map((f: object) => ({ ...f, disclosure: 'reported' }));
      json.deals[3].expectedClose = '2026-01';
    });
    const items = staleItems(loadKnowledgeBase(kb.dir));
    expect(items).toEqual([
      {
        deal: 'alpha-beta-equity-2026-02',
        message: expect.stringContaining('in talks since 2025-11-15 with no later step'),
      },
      {
        deal: 'beta-alpha-cloud-compute-2025-11',
        message: expect.stringContaining('expected to close by 2026-01, still "signed" at 2026-03-01'),
      },
    ]);
  });
});
