import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/console/parse.js';
import { fixtureEngine } from '../helpers.js';

function options(line: string) {
  const parsed = parseLine(fixtureEngine(), line);
  if (!parsed.ok) throw new Error(parsed.error);
  return { command: parsed.command.data.name, ...Object.fromEntries(parsed.options) };
}

describe('console command lines', () => {
  it('reads options written as Discord shows them', () => {
    expect(options('/deal company:Beta AI with:Alpha')).toEqual({
      command: 'deal',
      company: 'Beta AI',
      with: 'Alpha',
    });
    expect(options('/top kind:compute year:2025')).toEqual({ command: 'top', kind: 'compute', year: 2025 });
    expect(options('/sources deal:gamma-beta-loi-2025-09')).toEqual({
      command: 'sources',
      deal: 'gamma-beta-loi-2025-09',
    });
  });

  it('splits bare names where both resolve best', () => {
    expect(options('/deal Beta AI Alpha')).toEqual({ command: 'deal', company: 'Beta AI', with: 'Alpha' });
    expect(options('/deal Alpha Cloud Services Beta AI')).toEqual({
      command: 'deal',
      company: 'Alpha Cloud Services',
      with: 'Beta AI',
    });
    expect(options('/deal Alpha and Gamma Chips')).toEqual({
      command: 'deal',
      company: 'Alpha',
      with: 'Gamma Chips',
    });
    expect(options('/backers Beta AI')).toEqual({ command: 'backers', company: 'Beta AI' });
    expect(options('/top 2025')).toEqual({ command: 'top', year: 2025 });
    expect(options('/sources gamma-beta-loi-2025-09')).toEqual({
      command: 'sources',
      deal: 'gamma-beta-loi-2025-09',
    });
    expect(options('deal Alpha')).toEqual({ command: 'deal', company: 'Alpha' });
  });

  it('explains an unknown command, a missing option and a bad number', () => {
    const unknown = parseLine(fixtureEngine(), '/dael Alpha');
    expect(unknown).toMatchObject({ ok: false, error: 'Unknown command "/dael".' });
    expect(parseLine(fixtureEngine(), '/deal')).toMatchObject({
      ok: false,
      hint: 'Usage: /deal company:<company> [with:<with>] [hide:<hide>]',
    });
    expect(parseLine(fixtureEngine(), '/top year:20x5')).toMatchObject({
      ok: false,
      error: 'year: expected a whole number from 2000 to 2100, got "20x5".',
    });
  });
});
