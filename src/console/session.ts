/** One console question → printable text and an exit status, shared by the REPL and `npm run ask`. */
import type { Engine } from '../answers/engine.js';
import { askAnswer } from '../ask/answer.js';
import { optionReader } from '../commands/command.js';
import { saveImage } from '../graph/attach.js';
import { catalog, type Lang } from '../i18n/index.js';
import { renderText } from '../render/text.js';
import { parseLine } from './parse.js';

export interface ConsoleReply {
  /** 0: answered; 2: the question could not be answered as asked (bad command, option or name). */
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

/** `lang`: the reader's language; when unset, English for commands and the question's own for questions. */
export function answerLine(engine: Engine, text: string, lang?: Lang): ConsoleReply {
  const t = catalog(lang ?? 'en');
  // Anything that is not a slash command (or a lone flag such as --help) is a question in plain words.
  const trimmed = text.trim();
  const parsed = parseLine(engine, /^(\/|--)/.test(trimmed) ? trimmed : `/ask ${trimmed}`, t);
  if (parsed.ok === 'help') return { code: 0, stdout: parsed.text, stderr: '' };
  if (!parsed.ok)
    return { code: 2, stdout: '', stderr: [parsed.error, parsed.hint].filter(Boolean).join('\n') };
  const question = parsed.command.data.name === 'ask' ? parsed.options.get('question') : undefined;
  const asked = typeof question === 'string' ? askAnswer(engine, question, lang) : undefined;
  const answer =
    asked?.answer ??
    parsed.command.execute({ engine, options: optionReader(parsed.options), lang: lang ?? 'en' });
  const rendered = renderText(answer, catalog(asked?.lang ?? lang ?? 'en'), { full: parsed.full });
  const picture = answer.image ? `\n\n${t.consoleInput.picture(saveImage(answer.image))}` : '';
  if (answer.status === 'ok' || answer.status === 'empty') {
    return { code: 0, stdout: `${rendered}${picture}`, stderr: '' };
  }
  return { code: 2, stdout: '', stderr: rendered };
}
