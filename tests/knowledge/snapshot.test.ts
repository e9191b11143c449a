import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyAnswer } from '../../src/answers/company.js';
import { createEngine } from '../../src/answers/engine.js';
import { catalog } from '../../src/i18n/index.js';
import { knowledgeCodeHash } from '../../src/knowledge/codeVersion.mjs';
import { loadKnowledgeBase, newestFirst } from '../../src/knowledge/knowledgeBase.js';
import { knowledgeDir, packageRoot } from '../../src/knowledge/paths.js';
import { readSnapshot, snapshotPath, snapshotRecords, writeSnapshot } from '../../src/knowledge/snapshot.js';
import { renderText } from '../../src/render/text.js';
import { scratchKnowledge } from '../helpers.js';

const saved = process.env.KB_SNAPSHOT_DIR;
beforeAll(() => {
  process.env.KB_SNAPSHOT_DIR = mkdtempSync(join(tmpdir(), 'kb-snapshots-'));
});
afterAll(() => {
  if (saved === undefined) delete process.env.KB_SNAPSHOT_DIR;
  else process.env.KB_SNAPSHOT_DIR = saved;
});

function records(dir: string) {
  return snapshotRecords(loadKnowledgeBase(dir, { snapshot: 'off' }));
}

describe('the knowledge base snapshot', () => {
  it('gives back the validated records, and the same answers', () => {
    const kb = scratchKnowledge();
    const original = records(kb.dir);
    writeSnapshot(kb.dir, original);
    const loaded = readSnapshot(kb.dir);
    expect(loaded).toEqual(original);
    const fromJson = createEngine(loadKnowledgeBase(kb.dir, { snapshot: 'off' }));
    const fromSnapshot = createEngine(loadKnowledgeBase(kb.dir));
    for (const id of fromJson.kb.companies.keys())
      expect(renderText(companyAnswer(fromSnapshot, id), catalog('en'))).toBe(
        renderText(companyAnswer(fromJson, id), catalog('en')),
      );
  });

  it('is never served once a source file changed, even to the same size', () => {
    const kb = scratchKnowledge();
    writeSnapshot(kb.dir, records(kb.dir));
    expect(readSnapshot(kb.dir)).toBeDefined();
    const file = join(kb.dir, 'deals/deals.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Talks only.', 'Talks ONLY.'));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(readSnapshot(kb.dir)).toBeUndefined();
    // The bot then validates the files again: the change is in what it loads.
    expect(loadKnowledgeBase(kb.dir).deals.get('alpha-beta-talks-2025-12')?.summary).toBe('Talks ONLY.');
  });

  it('is not served once a translation file is added or changed, and a start from it keeps the translations', () => {
    const kb = scratchKnowledge();
    writeSnapshot(kb.dir, records(kb.dir));
    mkdirSync(join(kb.dir, 'translations'));
    kb.write(
      'translations/es.json',
      JSON.stringify({
        language: 'es',
        companies: { alpha: { description: 'Una nube ficticia.' } },
        deals: {},
      }),
    );
    expect(readSnapshot(kb.dir)).toBeUndefined();
    writeSnapshot(kb.dir, records(kb.dir));
    expect(readSnapshot(kb.dir)).toBeDefined();
    expect(loadKnowledgeBase(kb.dir).inLanguage('es').company('alpha')?.description).toBe(
      'Una nube ficticia.',
    );
  });

  it('is not served when a file is added, or when it is damaged', () => {
    const kb = scratchKnowledge();
    writeSnapshot(kb.dir, records(kb.dir));
    kb.write('deals/more.json', JSON.stringify({ deals: [] }));
    expect(readSnapshot(kb.dir)).toBeUndefined();
    writeSnapshot(kb.dir, records(kb.dir));
    expect(readSnapshot(kb.dir)).toBeDefined();
    const path = snapshotPath(kb.dir);
    writeFileSync(path, readFileSync(path).subarray(0, 200));
    expect(readSnapshot(kb.dir)).toBeUndefined();
    expect(loadKnowledgeBase(kb.dir).deals.size).toBeGreaterThan(0);
  });

  it('is written by a start that validated the files, and then used', () => {
    const kb = scratchKnowledge();
    expect(readSnapshot(kb.dir)).toBeUndefined();
    loadKnowledgeBase(kb.dir, { snapshot: 'write' });
    // Deals are kept newest first, the order the knowledge base sorts them into.
    const expected = records(kb.dir);
    expect(readSnapshot(kb.dir)).toEqual({ ...expected, deals: [...expected.deals].sort(newestFirst) });
  });

  it('splits large collections into chunks and reads them all', () => {
    const kb = scratchKnowledge();
    const original = records(kb.dir);
    const many = Array.from({ length: 12_001 }, (_, i) => ({ ...original.sources[0]!, id: `copy-${i}` }));
    writeSnapshot(kb.dir, { ...original, sources: many });
    expect(readSnapshot(kb.dir)?.sources.map((s) => s.id)).toEqual(many.map((s) => s.id));
  });

  it('is not served when its last lines are damaged or cut off', () => {
    const kb = scratchKnowledge();
    writeSnapshot(kb.dir, records(kb.dir));
    const path = snapshotPath(kb.dir);
    const whole = readFileSync(path);
    expect(readSnapshot(kb.dir)).toBeDefined();
    writeFileSync(path, whole.subarray(0, whole.length - 30));
    expect(readSnapshot(kb.dir)).toBeUndefined();
    writeFileSync(
      path,
      Buffer.concat([whole.subarray(0, whole.length - 21), Buffer.from('0000000000000000000x\n')]),
    );
    expect(readSnapshot(kb.dir)).toBeUndefined();
  });

  it('carries the translations, so a start from it reads Spanish and Italian without the translation files', () => {
    const dir = knowledgeDir();
    const fromJson = loadKnowledgeBase(dir, { snapshot: 'off' });
    writeSnapshot(dir, snapshotRecords(fromJson));
    const loaded = readSnapshot(dir);
    expect(loaded?.translations.size).toBeGreaterThan(0);
    expect(loaded?.translations).toEqual(fromJson.translations);
    const fromSnapshot = loadKnowledgeBase(dir);
    const deal = fromJson.dealList[0]!.id;
    expect(fromSnapshot.inLanguage('es').deals.get(deal)?.summary).toBe(
      fromJson.inLanguage('es').deals.get(deal)?.summary,
    );
    expect(fromSnapshot.inLanguage('es').deals.get(deal)?.summary).not.toBe(
      fromJson.deals.get(deal)?.summary,
    );
  });

  it('is versioned by the knowledge code, and the built bundle carries the same version as the sources', () => {
    const version = knowledgeCodeHash(join(packageRoot(), 'src', 'knowledge'));
    expect(version).toMatch(/^[0-9a-f]{40}$/);
    // tests/globalSetup.ts builds dist/ from these sources before the tests run.
    const dist = join(packageRoot(), 'dist');
    const bundled = readdirSync(dist).filter(
      (name) => name.endsWith('.js') && readFileSync(join(dist, name), 'utf8').includes(version),
    );
    expect(bundled.length).toBeGreaterThan(0);
  });
});
