import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/console/parse.js';
import { catalogs } from '../../src/i18n/index.js';
import { fixtureEngine, realEngine } from '../helpers.js';

const en = catalogs.en;

function options(line: string, t = en) {
  const parsed = parseLine(fixtureEngine(), line, t);
  if (parsed.ok !== true) throw new Error(parsed.ok === false ? parsed.error : parsed.text);
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
    const unknown = parseLine(fixtureEngine(), '/dael Alpha', en);
    expect(unknown).toMatchObject({ ok: false, error: 'Unknown command /dael. Did you mean /deal?' });
    expect(parseLine(fixtureEngine(), '/deal', en)).toMatchObject({
      ok: false,
      hint: 'Usage: /deal company:<company> [with:<with>] [hide:<hide>]',
    });
    expect(parseLine(fixtureEngine(), '/top year:20x5', en)).toMatchObject({
      ok: false,
      error: 'year: expected a whole number from 2000 to 2100, got "20x5".',
    });
  });
});

describe('typos, unknown options, localized names and flags', () => {
  const engine = fixtureEngine();

  it('suggests the command meant by a typo, and lists the commands', () => {
    const parsed = parseLine(engine, '/compnay Alpha', en);
    expect(parsed).toMatchObject({ ok: false, error: 'Unknown command /compnay. Did you mean /company?' });
    expect(parsed.ok === false && parsed.hint).toContain('Commands: /deal, /backers');
    // Nothing close: no guess.
    expect(parseLine(engine, '/zzzzzz Alpha', en)).toMatchObject({ error: 'Unknown command /zzzzzz.' });
    // A Spanish typo gets the Spanish name, in Spanish.
    expect(parseLine(engine, '/acuedro Alpha', catalogs.es)).toMatchObject({
      error: 'Comando desconocido /acuedro. ¿Quisiste decir /acuerdo?',
    });
  });

  it('refuses an unknown option, with the likely one and the valid ones, instead of reading it as a name', () => {
    const flag = parseLine(engine, '/deal Alpha Beta AI --fulll', en);
    expect(flag).toEqual({
      ok: false,
      error: '/deal has no option --fulll. Did you mean --full?',
      hint: 'Options of /deal: company:, with:, hide:, --full, --help.',
    });
    expect(parseLine(engine, '/top yaer:2025', en)).toMatchObject({
      ok: false,
      error: '/top has no option yaer:. Did you mean year:?',
      hint: 'Options of /top: kind:, year:, hide:, --full, --help.',
    });
    expect(parseLine(engine, '/backers compnay:Alpha', en)).toMatchObject({
      error: '/backers has no option compnay:. Did you mean company:?',
    });
  });

  it('keeps a colon that belongs to a company name or to a question', () => {
    const real = realEngine();
    const runai = parseLine(real, '/company Run:ai', en);
    expect(runai.ok === true && Object.fromEntries(runai.options)).toEqual({ name: 'Run:ai' });
    const question = parseLine(engine, '/ask who paid: Alpha or Beta AI?', en);
    expect(question.ok === true && question.options.get('question')).toBe('who paid: Alpha or Beta AI?');
  });

  it('accepts the Spanish and Italian command and option names', () => {
    expect(options('/acuerdo empresa:Beta AI con:Alpha')).toEqual({
      command: 'deal',
      company: 'Beta AI',
      with: 'Alpha',
    });
    expect(options('/inversores Beta AI')).toEqual({ command: 'backers', company: 'Beta AI' });
    expect(options('/mayores año:2025')).toEqual({ command: 'top', year: 2025 });
    expect(options('/investitori azienda:Beta AI')).toEqual({ command: 'backers', company: 'Beta AI' });
    expect(options('/accordo Beta AI Alpha')).toEqual({ command: 'deal', company: 'Beta AI', with: 'Alpha' });
  });

  it('reads --full wherever it is and keeps it out of the names', () => {
    const parsed = parseLine(engine, '/deal Beta AI Alpha --full', en);
    expect(parsed.ok === true && parsed.full).toBe(true);
    expect(options('/deal --full Beta AI Alpha')).toEqual({
      command: 'deal',
      company: 'Beta AI',
      with: 'Alpha',
    });
    const plain = parseLine(engine, '/deal Beta AI Alpha', en);
    expect(plain.ok === true && plain.full).toBe(false);
  });

  it('prints usage for --help after a command, and the general usage for --help alone', () => {
    const help = parseLine(engine, '/deal --help', en);
    expect(help.ok).toBe('help');
    const text = help.ok === 'help' ? help.text : '';
    expect(text.split('\n')[0]).toBe('Usage: /deal company:<company> [with:<with>] [hide:<hide>] [--full]');
    expect(text).toContain('  --full: every detail of the answer');
    const es = parseLine(engine, '/acuerdo --help', catalogs.es);
    expect(es.ok === 'help' && es.text.split('\n')[0]).toBe(
      'Uso: /acuerdo empresa:<empresa> [con:<con>] [ocultar:<ocultar>] [--full]',
    );
    const general = parseLine(engine, '--help', en);
    expect(general.ok === 'help' && general.text).toContain('Commands: /deal, /backers');
  });
});
