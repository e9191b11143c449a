import { cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  it('serves a valid change', async () => {
    const { kb, holder } = holderOnScratch();
    kb.edit('deals/deals.json', (json) => {
      json.deals[3].figures[0].amount = 39_000_000_000;
    });
    expect(await holder.reload()).toMatchObject({ ok: true, deals: 6 });
    expect(text(dealAnswer(holder.current(), { company: 'Beta', with: 'Alpha' }))).toContain('$39 billion');
  });

  it('refuses an invalid change with the precise error, and the old data still answers', async () => {
    const { kb, holder } = holderOnScratch();
    const before = holder.current();
    kb.edit('deals/deals.json', (json) => {
      json.deals[3].parties[1].company = 'nobody';
    });
    const result = await holder.reload();
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
      expect((await holder.reload()).ok).toBe(true);
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
      await expect.poll(() => holder.current().kb.meta.version, { timeout: 5000 }).toBe('after-sighup');
    } finally {
      stop();
    }
  });
});

describe('reload faults', () => {
  const amount = (holder: EngineHolder) =>
    text(dealAnswer(holder.current(), { company: 'Beta', with: 'Alpha' }));

  it('keeps watching after the directory is deleted and recreated (rm -rf, then a fresh copy)', async () => {
    const { kb, holder } = holderOnScratch();
    const stop = holder.watch(50);
    try {
      const copy = `${kb.dir}-copy`;
      cpSync(kb.dir, copy, { recursive: true });
      rmSync(kb.dir, { recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
      cpSync(copy, kb.dir, { recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
      kb.edit('deals/deals.json', (json) => {
        json.deals[3].figures[0].amount = 42_000_000_000;
      });
      await expect.poll(() => amount(holder), { timeout: 5000 }).toContain('$42 billion');
    } finally {
      stop();
    }
  });

  it('keeps watching after a mv swap of the directory, and loads what was swapped in', async () => {
    const { kb, holder } = holderOnScratch();
    const stop = holder.watch(50);
    try {
      const next = `${kb.dir}-next`;
      cpSync(kb.dir, next, { recursive: true });
      const edit = join(next, 'deals/deals.json');
      const json = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(edit, 'utf8')));
      json.deals[3].figures[0].amount = 43_000_000_000;
      writeFileSync(edit, JSON.stringify(json));
      renameSync(kb.dir, `${kb.dir}-old`);
      renameSync(next, kb.dir);
      await expect.poll(() => amount(holder), { timeout: 5000 }).toContain('$43 billion');
      kb.edit('deals/deals.json', (j) => {
        j.deals[3].figures[0].amount = 44_000_000_000;
      });
      await expect.poll(() => amount(holder), { timeout: 5000 }).toContain('$44 billion');
    } finally {
      stop();
    }
  });

  it('reports at most the first hundred problems of a badly broken file', async () => {
    const { kb, holder } = holderOnScratch();
    const deals = Array.from({ length: 5000 }, (_, i) => ({ id: `bad-${i}` }));
    kb.write('deals/deals.json', JSON.stringify({ deals }));
    const result = await holder.reload();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.message.split('\n');
    expect(lines.length).toBeLessThanOrEqual(102);
    expect(lines.at(-1)).toMatch(/… and \d+ more$/);
    expect(amount(holder)).toContain('$38 billion');
  });

  it('refuses a file over the size limit without reading it, and keeps the event loop free while checking', async () => {
    const kb = scratchKnowledge();
    const holder = new EngineHolder(kb.dir, createEngine(loadKnowledgeBase(kb.dir)), undefined, {
      maxFileBytes: 1024 * 1024,
    });
    // 4 MB of valid JSON that is not a list of companies: refused by size, unread.
    kb.write('companies/huge.json', JSON.stringify({ companies: 'x'.repeat(4 * 1024 * 1024) }));
    const result = await holder.reload();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/huge\.json: \d+ bytes, over the 1048576-byte limit/);
  });

  it('checks off the main thread: timers keep firing while a large invalid edit is checked', async () => {
    const { kb, holder } = holderOnScratch();
    const deals = Array.from({ length: 40_000 }, (_, i) => ({
      id: `bad-${i}`,
      kind: 'nonsense',
      parties: 'x',
    }));
    kb.write('deals/deals.json', JSON.stringify({ deals }));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = Date.now();
    const result = await holder.reload();
    const elapsed = Date.now() - started;
    clearInterval(ticker);
    expect(result.ok).toBe(false);
    // Blocking the loop for the whole check would leave at most one tick; a free loop ticks throughout.
    // Only meaningful when the check takes a while, which 40,000 invalid deals do.
    if (elapsed > 200) expect(ticks).toBeGreaterThan(elapsed / 10 / 4);
  });
});
