import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { scratchKnowledge } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `npm run kb:add` the way a script would (no terminal: every field comes from a flag). */
function kbAdd(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/kb-add.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, KNOWLEDGE_DIR: dir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SOURCE = [
  '--url=https://example.com/wire/gamma-omega-one',
  '--publisher=Example Wire',
  '--source-title=Gamma buys compute from Omega One',
  '--source-date=2026-02-20',
  '--language=en',
  '--tier=major',
];
const DEAL = [
  '--deal-id=gamma-omega-one-compute-2026-02',
  '--kind=compute-contract',
  '--title=Gamma buys $2B of compute from Omega One',
  '--party=gamma:customer',
  '--party=omega-one:supplier',
  '--status=signed',
  '--date=2026-02-19',
  '--amount=2000000000',
  '--disclosure=announced',
  '--summary=Gamma agreed to buy compute from Omega One.',
];

describe('npm run kb:add', () => {
  it('adds a source and a deal that pass every check, written in place', () => {
    const kb = scratchKnowledge();
    const { code, stdout, stderr } = kbAdd(kb.dir, [...SOURCE, ...DEAL]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Written: source "example-wire-2026-02-20", deal "gamma-omega-one-compute-2026-02"',
    );
    const loaded = loadKnowledgeBase(kb.dir);
    const deal = loaded.deals.get('gamma-omega-one-compute-2026-02')!;
    expect(deal.status).toBe('signed');
    expect(deal.figures[0]).toMatchObject({
      amount: 2e9,
      qualifier: 'exact',
      sources: ['example-wire-2026-02-20'],
    });
    expect(readFileSync(join(kb.dir, 'deals/curated.json'), 'utf8')).toMatch(/^\{\n {2}"\$schema"/);
  });

  it('records a status change with the page that reported it', () => {
    const kb = scratchKnowledge();
    const { code } = kbAdd(kb.dir, [
      ...SOURCE.map((a) => a.replace('2026-02-20', '2026-02-25')),
      '--update=alpha-beta-equity-2026-02',
      '--status=closed',
      '--date=2026-02-24',
    ]);
    expect(code).toBe(0);
    const deal = loadKnowledgeBase(kb.dir).deals.get('alpha-beta-equity-2026-02')!;
    expect(deal.status).toBe('closed');
    expect(deal.history.at(-1)?.sources).toEqual(['example-wire-2026-02-25']);
  });

  it('refuses a bad field by its flag, and a record the cross-checks refuse, writing nothing', () => {
    const kb = scratchKnowledge();
    const before = readFileSync(join(kb.dir, 'sources/sources.json'), 'utf8');
    const badTier = kbAdd(kb.dir, [...SOURCE.map((a) => a.replace('major', 'blog')), ...DEAL]);
    expect(badTier.code).toBe(2);
    expect(badTier.stderr).toContain('--tier "blog"');
    const unknown = kbAdd(kb.dir, [...SOURCE, ...DEAL.map((a) => a.replace('omega-one:', 'nobody:'))]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('field parties[1].company: unknown company "nobody"');
    const missing = kbAdd(kb.dir, SOURCE);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--deal-id is required');
    expect(readFileSync(join(kb.dir, 'sources/sources.json'), 'utf8')).toBe(before);
    expect(() => readFileSync(join(kb.dir, 'deals/curated.json'))).toThrow();
  });
});
