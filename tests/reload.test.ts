import { describe, expect, it } from 'vitest';
import { dealAnswer } from '../src/answers/deal.js';
import { createEngine } from '../src/answers/engine.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { EngineHolder } from '../src/reload.js';
import { scratchKnowledge, text } from './helpers.js';

function holderOnScratch() {
  const kb = scratchKnowledge();
  return { kb, holder: new EngineHolder(kb.dir, createEngine(loadKnowledgeBase(kb.dir))) };
}

describe('hot reload of the knowledge base', () => {
  it('serves a valid change', () => {
    const { kb, holder } = holderOnScratch();
    kb.edit('deals/deals.json', (json) => {
      json.deals[3].figures[0].amount = 39_000_000_000;
    });
    expect(holder.reload()).toMatchObject({ ok: true, deals: 6 });
    expect(text(dealAnswer(holder.current(), { company: 'Beta', with: 'Alpha' }))).toContain('$39 billion');
  });

  it('refuses an invalid change with the precise error, and the old data still answers', () => {
    const { kb, holder } = holderOnScratch();
    const before = holder.current();
    kb.edit('deals/deals.json', (json) => {
      json.deals[3].parties[1].company = 'nobody';
    });
    const result = holder.reload();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('field parties[1].company: unknown company "nobody"');
    expect(holder.current()).toBe(before);
    expect(text(dealAnswer(holder.current(), { company: 'Beta', with: 'Alpha' }))).toContain('$38 billion');
  });

  it('never shows half a knowledge base to requests running while it reloads', async () => {
    const { kb, holder } = holderOnScratch();
    let stop = false;
    const seen = new Set<string>();
    const readers = Array.from({ length: 4 }, async () => {
      for (let i = 0; i < 2000 && !stop; i++) {
        const engine = holder.current();
        const out = text(dealAnswer(engine, { company: 'Beta', with: 'Alpha' }));
        // Each request sees one consistent version: the amount and the as-of date change together.
        seen.add(`${engine.kb.meta.asOf}|${/\$(38|39) billion/.exec(out)?.[1]}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    for (let round = 0; round < 5; round++) {
      const next = round % 2 === 0;
      kb.edit('deals/deals.json', (json) => {
        json.deals[3].figures[0].amount = next ? 39_000_000_000 : 38_000_000_000;
      });
      kb.edit('meta.json', (json) => {
        json.asOf = next ? '2026-04-01' : '2026-03-01';
      });
      expect(holder.reload().ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    stop = true;
    await Promise.all(readers);
    expect([...seen].every((v) => v === '2026-03-01|38' || v === '2026-04-01|39')).toBe(true);
  });
});

describe('watching the knowledge directory', () => {
  it('reloads by itself when a file changes', async () => {
    const { kb, holder } = holderOnScratch();
    const stop = holder.watch(50);
    try {
      kb.edit('deals/deals.json', (json) => {
        json.deals[3].figures[0].amount = 41_000_000_000;
      });
      await expect
        .poll(() => text(dealAnswer(holder.current(), { company: 'Beta', with: 'Alpha' })), { timeout: 5000 })
        .toContain('$41 billion');
    } finally {
      stop();
    }
  });

  it('reloads on SIGHUP', async () => {
    const { kb, holder } = holderOnScratch();
    // A debounce longer than the test: only the signal can trigger this reload.
    const stop = holder.watch(60_000);
    try {
      kb.edit('meta.json', (json) => {
        json.version = 'after-sighup';
      });
      expect(holder.current().kb.meta.version).toBe('fixture');
      process.emit('SIGHUP', 'SIGHUP');
      expect(holder.current().kb.meta.version).toBe('after-sighup');
    } finally {
      stop();
    }
  });
});
