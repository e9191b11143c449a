/** `npm run ask -- "/deal Amazon OpenAI"`: answers once and exits (0 answered, 2 not answerable as asked). */
import { bootEngine } from '../boot.js';
import { answerLine } from './session.js';

const question = process.argv.slice(2).join(' ').trim();
if (!question) {
  process.stderr.write('Usage: npm run ask -- "/deal Amazon OpenAI"\n');
  process.exit(2);
}
const engine = bootEngine();
const reply = answerLine(engine, question);
if (reply.stdout) process.stdout.write(`${reply.stdout}\n`);
if (reply.stderr) process.stderr.write(`${reply.stderr}\n`);
process.exitCode = reply.code;
