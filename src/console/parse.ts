/**
 * Reads a console line the way Discord would have filled the options: `/deal company:Open AI with:Amazon`,
 * or, for convenience, bare names (`/deal Amazon OpenAI`) split where both names resolve best.
 */
import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import { commands, commandsByName } from '../../commands/index.js';
import type { Engine } from '../answers/engine.js';
import { type Command, isCompanyOption, type OptionValue } from '../commands/command.js';
import { type Catalog, catalog } from '../i18n/index.js';
import type { Resolution } from '../search/resolver.js';

export type Parsed =
  | { ok: true; command: Command; options: Map<string, OptionValue> }
  | { ok: false; error: string; hint?: string };

const CONNECTORS = new Set(['and', 'with', 'vs', 'x', '&', 'y', 'e', 'con', '+', '<>', '-']);

export function parseLine(engine: Engine, text: string, t: Catalog = catalog('en')): Parsed {
  const trimmed = text.trim();
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (!match) return { ok: false, error: t.console.typeACommand };
  const name = match[1]!.toLowerCase();
  // Localized names work too: /acuerdo, /investitori…
  const command =
    commandsByName.get(name) ??
    commands.find((c) => Object.values(c.data.name_localizations ?? {}).some((local) => local === name));
  if (!command) {
    return {
      ok: false,
      error: t.console.unknownCommand(name.slice(0, 30)),
      hint: t.console.commands([...commandsByName.keys()].map((n) => `/${n}`).join(', ')),
    };
  }
  const definitions = command.data.options ?? [];
  const raw = match[2]!.trim();
  const named = splitNamed(raw, definitions);
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
  return { ok: true, command, options };
}

export function usage(command: Command): string {
  const opts = (command.data.options ?? []).map((o) =>
    o.required ? `${o.name}:<${o.name}>` : `[${o.name}:<${o.name}>]`,
  );
  return [`/${command.data.name}`, ...opts].join(' ');
}

/** Splits "company:Open AI with:Amazon" at the option names the command really has. */
function splitNamed(raw: string, definitions: APIApplicationCommandBasicOption[]) {
  const names = definitions.map((o) => o.name);
  const values = new Map<string, string>();
  if (names.length === 0) return { values, bare: raw };
  const pattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'gi');
  const marks = [...raw.matchAll(pattern)];
  if (marks.length === 0) return { values, bare: raw };
  const bare = raw.slice(0, marks[0]!.index);
  marks.forEach((mark, i) => {
    const start = mark.index! + mark[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index! : raw.length;
    values.set(mark[1]!.toLowerCase(), raw.slice(start, end).trim());
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
