/** The interactive console: the same commands as Discord, typed as text. */
import { createInterface } from 'node:readline';
import type { Engine } from '../answers/engine.js';
import type { Lang } from '../i18n/index.js';
import { answerLine } from './session.js';

export function startConsole(
  engine: Engine,
  lang?: Lang,
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const { kb } = engine;
  output.write(
    `ai-deals-bot console — ${kb.deals.size} deals, ${kb.companies.size} companies, as of ${kb.meta.asOf}.\n` +
      'Type /help, e.g. /deal Amazon OpenAI or /backers company:Anthropic. Ctrl+D or /quit to leave.\n',
  );
  const rl = createInterface({ input, output, prompt: '> ', terminal: input.isTTY === true });
  rl.prompt();
  rl.on('line', (text) => {
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
  return new Promise((resolve) => rl.on('close', resolve));
}
