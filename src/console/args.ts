/**
 * Reads `--lang <en|es|it>` (or `--lang=es`) from the command line; the rest is the question. Without it,
 * commands answer in English and plain-words questions in their own language.
 */
import { isLang, type Lang } from '../i18n/index.js';

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
      if (!isLang(value))
        return { lang, rest, error: `--lang: expected en, es or it, got "${value.slice(0, 10)}".` };
      lang = value;
    } else rest.push(arg);
  }
  return { lang, rest };
}
