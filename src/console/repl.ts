/**
 * The interactive console: the same commands as Discord, typed as text. At a terminal, Ctrl+C clears the
 * line being typed; on an empty line it says how to leave, and a second Ctrl+C (or Ctrl+D, or /quit) leaves.
 */
import { createInterface } from 'node:readline';
import type { Engine } from '../answers/engine.js';
import { catalog, type Lang } from '../i18n/index.js';
import { answerLine } from './session.js';

export function startConsole(
  engine: Engine,
  lang?: Lang,
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const { kb } = engine;
  const t = catalog(lang ?? 'en');
  output.write(`${t.consoleInput.banner(kb.deals.size, kb.companies.size, kb.meta.asOf)}\n`);
  const rl = createInterface({ input, output, prompt: '> ', terminal: input.isTTY === true });
  let quitting = false;
  rl.prompt();
  rl.on('line', (text) => {
    quitting = false;
    const trimmed = text.trim();
    if (trimmed === '/quit' || trimmed === '/exit') {
      rl.close();
      return;
    }
    if (trimmed) {
      const reply = answerLine(engine, trimmed, lang);
      output.write(`${reply.stdout || reply.stderr}\n\n`);
    }
    rl.prompt();
  });
  rl.on('SIGINT', () => {
    if (rl.line.length > 0) {
      // Readline's own keys: to the end of the line, then delete everything before the cursor.
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      output.write(`\n${t.consoleInput.cleared}\n`);
      quitting = false;
    } else if (quitting) {
      output.write('\n');
      rl.close();
      return;
    } else {
      output.write(`\n${t.consoleInput.pressAgain}\n`);
      quitting = true;
    }
    rl.prompt();
  });
  return new Promise((resolve) => rl.on('close', resolve));
}
