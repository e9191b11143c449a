/**
 * Reads a console line the way Discord would have filled the options: `/deal company:Open AI with:Amazon`,
 * or, for convenience, bare names (`/deal Amazon OpenAI`) split where both names resolve best.
 */
import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import { commands } from '../../commands/index.js';
import type { Engine } from '../answers/engine.js';
import { type Command, isCompanyOption, localName, type OptionValue, usage } from '../commands/command.js';
import type { Catalog } from '../i18n/index.js';
import type { Resolution } from '../search/resolver.js';
import { allowedEdits, editDistance } from '../text/distance.js';

export type Parsed =
  | {
      ok: true;
      command: Command;
      options: Map<string, OptionValue>;
      /** `--full`: every detail of the answer, for the text renderer. */
      full: boolean;
    }
  | { ok: false; error: string; hint?: string }
  /** `--help` (alone, or after a command): the usage text to print; nothing to answer. */
  | { ok: 'help'; text: string };

const CONNECTORS = new Set(['and', 'with', 'vs', 'x', '&', 'y', 'e', 'con', '+', '<>', '-']);

/** The flags a command line may carry besides its options. */
const FLAGS = ['full', 'help'] as const;

/** Every name a command answers to: its own and its Spanish and Italian ones (/acuerdo, /investitori…). */
function commandNames(command: Command): string[] {
  return [command.data.name, ...Object.values(command.data.name_localizations ?? {}).filter(isString)];
}

/** Option names, localized ones included, → the option's own name. */
function optionAliases(definitions: readonly APIApplicationCommandBasicOption[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const option of definitions) {
    for (const local of Object.values(option.name_localizations ?? {}).filter(isString))
      aliases.set(local.toLowerCase(), option.name);
  }
  // The option's own name wins over another option's localized one.
  for (const option of definitions) aliases.set(option.name, option.name);
  return aliases;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** The closest of `names` to a mistyped `word`: a typo within the allowed edits, or a unique prefix. */
export function closest(word: string, names: readonly string[]): string | undefined {
  const key = word.toLowerCase();
  let best: { name: string; edits: number } | undefined;
  for (const name of new Set(names)) {
    const edits = editDistance(key, name.toLowerCase(), allowedEdits(name.length));
    if (edits <= allowedEdits(name.length) && (!best || edits < best.edits)) best = { name, edits };
  }
  if (best) return best.name;
  const prefixed = [...new Set(names)].filter((n) => key.length >= 3 && n.toLowerCase().startsWith(key));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/**
 * Reads one console line. `registry` is the list of commands to read it against (the production list by
 * default; tests pass their own).
 */
export function parseLine(
  engine: Engine,
  text: string,
  t: Catalog,
  registry: readonly Command[] = commands,
): Parsed {
  const trimmed = text.trim();
  // Flags first, wherever they are on the line, so `--fulll` is never read as part of a name.
  const flags = [...trimmed.matchAll(/(?:^|\s)--([\p{L}\d][\p{L}\d-]*)(?=\s|$)/gu)].map((m) =>
    m[1]!.toLowerCase(),
  );
  const line = trimmed.replace(/(?:^|\s)--[\p{L}\d][\p{L}\d-]*(?=\s|$)/gu, ' ').trim();
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(line);
  if (!match) {
    if (flags.includes('help')) return { ok: 'help', text: generalHelp(registry, t) };
    return { ok: false, error: t.console.typeACommand };
  }
  const name = match[1]!.toLowerCase();
  const command = registry.find((c) => commandNames(c).includes(name));
  if (!command) {
    const all = registry.flatMap(commandNames);
    const near = closest(name, all);
    return {
      ok: false,
      error: t.consoleInput.unknownCommand(name.slice(0, 30), near && `/${near}`),
      hint: t.console.commands(registry.map((c) => `/${localName(c.data, t)}`).join(', ')),
    };
  }
  const definitions = command.data.options ?? [];
  const local = localName(command.data, t);
  const valid = () =>
    t.consoleInput.validOptions(
      local,
      [...definitions.map((o) => `${localName(o, t)}:`), ...FLAGS.map((f) => `--${f}`)].join(', '),
    );
  for (const flag of flags) {
    if ((FLAGS as readonly string[]).includes(flag)) continue;
    const near = closest(flag, FLAGS);
    return {
      ok: false,
      error: t.consoleInput.unknownOption(local, `--${flag.slice(0, 30)}`, near && `--${near}`),
      hint: valid(),
    };
  }
  if (flags.includes('help')) return { ok: 'help', text: commandHelp(command, t) };
  const aliases = optionAliases(definitions);
  const raw = match[2]!.trim();
  const unknown = unknownOption(engine, raw, definitions, aliases);
  if (unknown) {
    const near = closest(unknown, [...aliases.keys()]);
    return {
      ok: false,
      error: t.consoleInput.unknownOption(local, `${unknown.slice(0, 30)}:`, near && `${near}:`),
      hint: valid(),
    };
  }
  const named = splitNamed(raw, aliases);
  const options = new Map<string, OptionValue>();
  const bare = named.bare.trim();
  for (const [key, value] of named.values) {
    const result = coerce(definitions.find((o) => o.name === key)!, value, t);
    if (typeof result === 'object') return result;
    options.set(key, result);
  }
  if (bare) {
    const error = fillBare(engine, command, definitions, bare, options, t);
    if (error) return error;
  }
  for (const option of definitions) {
    if (option.required && !options.has(option.name)) {
      return {
        ok: false,
        error: t.console.needs(name, option.name, describe(option, t)),
        hint: t.console.usage(usage(command)),
      };
    }
  }
  return { ok: true, command, options, full: flags.includes('full') };
}

/**
 * A `word:` on the line that names no option of the command (`/top yaer:2025`), so that it is refused
 * rather than read as part of a name. Not one that is part of a company's name (`Run:ai`), nor anything in
 * free text that is not a company (an /ask question may hold a colon).
 */
function unknownOption(
  engine: Engine,
  raw: string,
  definitions: readonly APIApplicationCommandBasicOption[],
  aliases: ReadonlyMap<string, string>,
): string | undefined {
  const freeText = definitions.some(
    (o) =>
      o.type === ApplicationCommandOptionType.String &&
      !isCompanyOption(o) &&
      !o.choices &&
      o.name !== 'deal' &&
      o.name !== 'since',
  );
  if (freeText) return undefined;
  for (const m of raw.matchAll(/(?:^|\s)(([\p{L}][\p{L}\d_]*):(\S*))/gu)) {
    const word = m[2]!.toLowerCase();
    if (aliases.has(word) || word === 'http' || word === 'https') continue;
    if (engine.resolver.resolve(m[1]!).status === 'found') continue;
    return m[2]!;
  }
  return undefined;
}

/** `--help` after a command: its usage, each option with what it takes, and the flags. */
function commandHelp(command: Command, t: Catalog): string {
  const lines = [t.consoleInput.usageHeading(`${usage(command, t)} [--full]`)];
  for (const option of command.data.options ?? [])
    lines.push(`  ${localName(option, t)}: ${describe(option, t)}`);
  lines.push(`  --full: ${t.consoleInput.flagFull}`, `  --help: ${t.consoleInput.flagHelp}`);
  return lines.join('\n');
}

function generalHelp(registry: readonly Command[], t: Catalog): string {
  return t.consoleInput.generalHelp(registry.map((c) => `/${localName(c.data, t)}`).join(', '));
}

/** Splits "company:Open AI with:Amazon" (or "empresa:Open AI con:Amazon") at the command's option names. */
function splitNamed(raw: string, aliases: ReadonlyMap<string, string>) {
  const values = new Map<string, string>();
  if (aliases.size === 0) return { values, bare: raw };
  const names = [...aliases.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'giu');
  const marks = [...raw.matchAll(pattern)];
  if (marks.length === 0) return { values, bare: raw };
  const bare = raw.slice(0, marks[0]!.index);
  marks.forEach((mark, i) => {
    const start = mark.index! + mark[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index! : raw.length;
    values.set(aliases.get(mark[1]!.toLowerCase())!, raw.slice(start, end).trim());
  });
  return { values, bare };
}

function coerce(option: APIApplicationCommandBasicOption, value: string, t: Catalog): OptionValue | Parsed {
  if (value === '') return { ok: false, error: t.console.empty(option.name, describe(option, t)) };
  if (option.type === ApplicationCommandOptionType.Boolean) {
    const yes = ['true', 'yes', '1', 'on'].includes(value.toLowerCase());
    const no = ['false', 'no', '0', 'off'].includes(value.toLowerCase());
    if (!yes && !no) return { ok: false, error: t.console.expectedBoolean(option.name, value.slice(0, 20)) };
    return yes;
  }
  if (option.type === ApplicationCommandOptionType.Integer) {
    const n = Number(value);
    const min = 'min_value' in option ? option.min_value : undefined;
    const max = 'max_value' in option ? option.max_value : undefined;
    if (!Number.isInteger(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) {
      return {
        ok: false,
        error: t.console.expectedInteger(option.name, min, max, value.slice(0, 20)),
      };
    }
    return n;
  }
  return value;
}

/** Bare words: numbers go to integer options, the rest to the free company (or text) options in order. */
function fillBare(
  engine: Engine,
  command: Command,
  definitions: APIApplicationCommandBasicOption[],
  bare: string,
  options: Map<string, OptionValue>,
  t: Catalog,
): Parsed | undefined {
  let words = bare.split(/\s+/).filter(Boolean);
  for (const option of definitions.filter(
    (o) => o.type === ApplicationCommandOptionType.Integer && !options.has(o.name),
  )) {
    const index = words.findIndex((w) => /^\d+$/.test(w));
    if (index < 0) continue;
    const value = coerce(option, words[index]!, t);
    if (typeof value === 'object') return value;
    options.set(option.name, value);
    words = words.filter((_, i) => i !== index);
  }
  if (words.length === 0) return undefined;
  const free = definitions.filter(
    (o) => o.type === ApplicationCommandOptionType.String && !options.has(o.name),
  );
  const companies = free.filter(isCompanyOption);
  if (companies.length === 0) {
    const first = free[0];
    if (!first)
      return {
        ok: false,
        error: t.console.noFreeText(command.data.name),
        hint: t.console.usage(usage(command)),
      };
    options.set(first.name, words.join(' '));
    return undefined;
  }
  // `/sources openai-aws-compute-2025-11`: one word that is a deal id.
  const dealOption = free.find((o) => o.name === 'deal');
  if (dealOption && words.length === 1 && engine.kb.deals.has(words[0]!.toLowerCase())) {
    options.set('deal', words[0]!);
    return undefined;
  }
  if (companies.length === 1 || words.length === 1) {
    options.set(companies[0]!.name, words.join(' '));
    return undefined;
  }
  const [a, b] = bestSplit(engine, words);
  options.set(companies[0]!.name, a);
  if (b) options.set(companies[1]!.name, b);
  return undefined;
}

const RANK: Record<Resolution['status'], number> = { found: 0, ambiguous: 1, 'not-found': 2 };

/** Tries every place to cut the words in two and keeps the cut where both halves resolve best. */
function bestSplit(engine: Engine, words: string[]): [string, string | undefined] {
  let best: { score: number; pair: [string, string] } | undefined;
  for (let cut = 1; cut < words.length; cut++) {
    const left = words.slice(0, cut);
    const right = words.slice(cut);
    if (CONNECTORS.has(right[0]!.toLowerCase()) && right.length > 1) right.shift();
    if (CONNECTORS.has(left[left.length - 1]!.toLowerCase()) && left.length > 1) left.pop();
    const pair: [string, string] = [left.join(' '), right.join(' ')];
    const score = pair.reduce((sum, name) => sum + cost(engine.resolver.resolve(name)), 0);
    if (!best || score < best.score) best = { score, pair };
  }
  return best ? best.pair : [words.join(' '), undefined];
}

function cost(resolution: Resolution): number {
  if (resolution.status !== 'found') return RANK[resolution.status] * 10;
  return (
    resolution.match.score +
    (resolution.match.kind === 'typo' ? 1 : resolution.match.kind === 'prefix' ? 0.5 : 0)
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An option's description in the reader's language, as Discord would show it. */
function describe(option: APIApplicationCommandBasicOption, t: Catalog): string {
  const locale = t.lang === 'es' ? 'es-ES' : t.lang === 'it' ? 'it' : undefined;
  return (locale && option.description_localizations?.[locale]) || option.description;
}
