/**
 * The console's session and REPL, driven through the production code: `--full` reaches the text renderer,
 * `--help` prints usage, and at a terminal Ctrl+C clears the line, a second one on an empty line (or
 * Ctrl+D) leaves.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { startConsole } from '../../src/console/repl.js';
import { answerLine } from '../../src/console/session.js';
import type { TextOptions } from '../../src/render/text.js';
import { fixtureEngine } from '../helpers.js';

const seen = vi.hoisted(() => ({ options: [] as (TextOptions | undefined)[] }));

vi.mock('../../src/render/text.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/render/text.js')>();
  return {
    ...real,
    renderText: (...args: Parameters<typeof real.renderText>) => {
      seen.options.push(args[2]);
      return real.renderText(...args);
    },
  };
});

describe('one console line', () => {
  const engine = fixtureEngine();

  it('passes --full to the text renderer as { full: true }, and nothing else changes the answer', () => {
    seen.options.length = 0;
    const full = answerLine(engine, '/deal Beta AI Alpha --full', 'en');
    const short = answerLine(engine, '/deal Beta AI Alpha', 'en');
    expect(seen.options).toEqual([{ full: true }, { full: false }]);
    expect(full.code).toBe(0);
    expect(short.code).toBe(0);
    expect(full.stdout.split('\n')[0]).toBe(short.stdout.split('\n')[0]);
  });

  it('prints usage for --help with exit 0, and refuses an unknown option with exit 2', () => {
    const help = answerLine(engine, '/deal --help', 'en');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: \/deal company:<company>/);
    const bad = answerLine(engine, '/deal Beta AI Alpha --fulll', 'en');
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('Did you mean --full?');
  });
});

/** A terminal stand-in: what the console reads and what it writes. */
function terminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true });
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString('utf8');
  });
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    input,
    output,
    written: () => written,
    /** Types keys, then lets readline handle them. */
    async type(keys: string) {
      input.write(keys);
      await settle();
      await settle();
    },
  };
}

describe('the REPL at a terminal', () => {
  const engine = fixtureEngine();

  it('answers a line, clears a half-typed line on Ctrl+C, and leaves on a second Ctrl+C', async () => {
    const term = terminal();
    let closed = false;
    const done = startConsole(engine, 'en', term.input, term.output).then(() => {
      closed = true;
    });
    await term.type('/backers Beta AI\r');
    // The answer itself, not the echo of what was typed.
    const answer = answerLine(engine, '/backers Beta AI', 'en').stdout;
    expect(term.written()).toContain(answer.split('\n').slice(0, 3).join('\n'));
    await term.type('/deal Alph');
    await term.type('\x03');
    expect(term.written()).toContain('(line cleared)');
    expect(closed).toBe(false);
    // The cleared text is gone: Enter now sends an empty line, which answers nothing.
    const before = term.written().length;
    await term.type('\r');
    const halfTyped = answerLine(engine, '/deal Alph', 'en');
    const firstLine = (halfTyped.stdout || halfTyped.stderr).split('\n')[0]!;
    expect(firstLine.length).toBeGreaterThan(0);
    expect(term.written().slice(before)).not.toContain(firstLine);
    await term.type('\x03');
    expect(term.written()).toContain('(Ctrl+C again or Ctrl+D to quit)');
    expect(closed).toBe(false);
    await term.type('\x03');
    await done;
    expect(closed).toBe(true);
  });

  it('leaves on Ctrl+D, and greets in the language asked for', async () => {
    const term = terminal();
    const done = startConsole(engine, 'es', term.input, term.output);
    expect(term.written()).toMatch(/^Consola de ai-deals-bot: \d+ acuerdos/);
    await term.type('\x04');
    await done;
  });
});
