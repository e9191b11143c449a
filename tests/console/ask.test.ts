import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `npm run ask` the way a script would, against the fixture knowledge base. */
function ask(question: string | string[], knowledge = FIXTURE_DIR) {
  const args = typeof question === 'string' ? [question] : question;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/console/ask.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, KNOWLEDGE_DIR: knowledge, DISCORD_TOKEN: '' },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it('answers on stdout headline first, one line per deal with qualifier, status and source, in 80 columns', () => {
    const { code, stdout, stderr } = ask('/deal Alpha Beta AI');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 5).join('\n')).toContain('Alpha → Beta AI: announced: $50 billion (1 deal)');
    expect(stdout).toContain('• Alpha → Beta AI · equity investment · $50 billion · signed · Feb 2026 [1]');
    expect(stdout.replace(/\n +/g, ' ')).toContain(
      'about $10 billion (reported) · superseded · Dec 2025 [2]',
    );
    expect(stdout).toMatch(/\[1\] Example Wire — [\s\S]*https:\/\/example\.com\/wire\/alpha-beta/);
    // Only an unbreakable word (a URL) may run past 80 columns.
    expect(lines.filter((l) => l.length > 80 && !/https:\/\//.test(l))).toEqual([]);
  });

  it('exits 2 with suggestions on stderr for an unknown company, command or missing argument', () => {
    const unknown = ask('/backers Omega');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('/backers company:Omega One');
    const badCommand = ask('/dael Alpha');
    expect(badCommand.code).toBe(2);
    expect(badCommand.stderr).toContain('Commands: /deal, /backers');
    const missing = ask('/deal');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Usage: /deal company:<company> [with:<with>] [hide:<hide>]');
  });

  it('refuses to start on an invalid knowledge base, with the file named', () => {
    const { code, stderr } = ask('/help', '/nonexistent-knowledge');
    expect(code).toBe(1);
    expect(stderr).toContain('Refusing to start');
    expect(stderr).toContain('/nonexistent-knowledge/meta.json: cannot be read');
  });
});

describe('npm run ask in other languages', () => {
  it('answers in Spanish with --lang es, localized command names included', () => {
    const { code, stdout } = ask(['--lang', 'es', '/acuerdo Alpha Beta AI']);
    expect(code).toBe(0);
    expect(stdout).toContain('Acuerdos entre Alpha y Beta AI');
    expect(stdout).toContain('Beta AI → Alpha: anunciado: 38.000 millones de dólares (1 acuerdo)');
  });

  it('explains a bad option in the chosen language', () => {
    const { code, stderr } = ask(['--lang', 'it', '/top year:20x5']);
    expect(code).toBe(2);
    expect(stderr).toContain('year: atteso un numero intero da 2000 a 2100, non "20x5".');
  });

  it('refuses an unknown language', () => {
    const { code, stderr } = ask(['--lang=fr', '/help']);
    expect(code).toBe(2);
    expect(stderr).toContain('--lang: expected en, es or it');
  });
});

describe('npm run ask with flags', () => {
  it('prints usage for --help (exit 0) and refuses a mistyped flag after the question (exit 2)', () => {
    const help = ask(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Commands: /deal, /backers');
    const typo = ask(['/deal Alpha Beta AI', '--fulll']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('/deal has no option --fulll. Did you mean --full?');
  });
});

describe('npm run ask with a question in plain words', () => {
  it('answers in the language of the question when --lang is not given', () => {
    expect(ask('who invested in Beta AI?').stdout).toContain('Backers of Beta AI');
    expect(ask('¿quién invirtió en Beta AI?').stdout).toContain('Inversores de Beta AI');
  });
});

describe('npm start -- --help', () => {
  /** src/main.ts with arguments, with or without a token: help is printed before anything starts. */
  function start(args: string[], token = '') {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, KNOWLEDGE_DIR: FIXTURE_DIR, DISCORD_TOKEN: token },
      encoding: 'utf8',
      input: '',
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('prints how the one start command behaves with and without a token, in the language asked, and exits 0', () => {
    const en = start(['--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: npm start/);
    expect(en.stdout).toContain('DISCORD_TOKEN');
    expect(en.stdout).toContain('npm run start:http');
    const it = start(['--lang', 'it', '-h']);
    expect(it.code).toBe(0);
    expect(it.stdout).toMatch(/^Uso: npm start/);
    expect(it.stdout).toContain('Senza DISCORD_TOKEN');
    // With a token (even one the settings would refuse) it still only prints help: nothing connects.
    const withToken = start(['--help'], 'not-a-token');
    expect(withToken.code).toBe(0);
    expect(withToken.stdout).toBe(en.stdout);
  });
});
