/** `npm run ask -- "/deal Amazon OpenAI"`: answers once and exits (0 answered, 2 not answerable as asked). */
import { bootEngine } from '../boot.js';
import { catalog } from '../i18n/index.js';
import { readArgs } from './args.js';
import { answerLine } from './session.js';

const args = readArgs(process.argv.slice(2));
const question = args.rest.join(' ').trim();
if (args.error || !question) {
  const usage = catalog(args.lang ?? 'en').consoleInput.askUsage;
  process.stderr.write(`${args.error ?? ''}\n${usage}\n`.trimStart());
  process.exit(2);
}
const engine = bootEngine();
const reply = answerLine(engine, question, args.lang);
if (reply.stdout) process.stdout.write(`${reply.stdout}\n`);
if (reply.stderr) process.stderr.write(`${reply.stderr}\n`);
process.exitCode = reply.code;
