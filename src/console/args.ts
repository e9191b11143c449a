/**
 * Reads `--lang <en|es|it>` (or `--lang=es`) from the command line; the rest is the question (flags such as
 * `--full` and `--help` included: the line parser reads those). Without it, commands answer in English and
 * plain-words questions in their own language.
 */
import { catalog, isLang, type Lang } from '../i18n/index.js';

export function readArgs(argv: readonly string[]): {
  lang: Lang | undefined;
  rest: string[];
  error?: string;
} {
  const rest: string[] = [];
  let lang: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const inline = /^--lang=(.*)$/.exec(arg);
    if (arg === '--lang' || inline) {
      const value = inline ? inline[1]! : (argv[++i] ?? '');
      // The language asked for is unknown, so the message is in English, the language of the flag names.
      if (!isLang(value))
        return { lang, rest, error: catalog('en').consoleInput.badLang(value.slice(0, 10)) };
      lang = value;
    } else rest.push(arg);
  }
  return { lang, rest };
}
