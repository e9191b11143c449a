import { describe, expect, it } from 'vitest';
import { LATEST_LIMIT, latestAnswer } from '../../src/answers/latest.js';
import { catalog } from '../../src/i18n/index.js';
import { fixtureEngine, realEngine, text } from '../helpers.js';

describe('/latest', () => {
  it('lists new deals and status changes newest first, each with the page that reported it', () => {
    const answer = latestAnswer(fixtureEngine(), {});
    const out = text(answer);
    expect(answer.status).toBe('ok');
    // The letter of intent stalled on 30 Jan 2026, after it was first reported in Sep 2025.
    expect(out).toMatch(/30 Jan 2026 · now stalled · .*\[\d+\]/);
    expect(out).toMatch(/22 Sep 2025 · new \(letter of intent \(non-binding\)\)/);
    const dates = answer.blocks[0]!.lines.map((l) => String(l.parts[0]).split(' · ')[0]);
    expect(dates[0]).toBe('1 Feb 2026');
    for (const l of answer.blocks[0]!.lines) expect(l.parts.some((p) => typeof p !== 'string')).toBe(true);
  });

  it('keeps only what happened from a date on, and says when nothing did without claiming none exists', () => {
    const since = text(latestAnswer(fixtureEngine(), { since: '2026-01' }));
    expect(since).toContain('Deals and status changes since Jan 2026');
    expect(since).not.toContain('2025 ·');
    const none = latestAnswer(fixtureEngine(), { since: '2027-01-01' });
    expect(none.status).toBe('empty');
    expect(text(none)).toContain('It was checked up to 2026-03-01, so later deals may exist.');
  });

  it('refuses a date it cannot read and says what would work', () => {
    const answer = latestAnswer(fixtureEngine(), { since: 'last june' });
    expect(answer.status).toBe('invalid');
    expect(text(answer)).toContain('Write the date as YYYY-MM-DD or YYYY-MM, e.g. since:2026-06-01.');
  });

  it('shows at most a page of events on the real knowledge base, in Spanish too', () => {
    const answer = latestAnswer(realEngine(), {}, 'es');
    const lines = answer.blocks[0]!.lines;
    expect(lines.length).toBe(LATEST_LIMIT + 1);
    expect(text(answer, catalog('es'))).toContain('Últimos acuerdos y cambios de estado');
  });
});
