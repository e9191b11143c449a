/**
 * A fast path for validating deals and sources, the records a large knowledge base has by the million
 * (zod's parse of a million deals, with its copies of every object, took minutes and most of the GC time).
 *
 * Each function here accepts a record only when zod would, and then returns what zod returns (defaults
 * filled, the deal's history facts added, keys in the schema's order); anything it is not sure of gets
 * `undefined`, and the caller runs zod, which accepts it or says precisely what is wrong. So a record zod
 * rejects is never let through, and the messages stay zod's. tests/knowledge/fastCheck.test.ts holds the
 * two to the same answers on the real knowledge base, generated records and mutated ones.
 */
import {
  currency,
  DATE_PATTERN,
  type Deal,
  dealFields,
  dealKind,
  dealStatus,
  disclosure,
  expansion as expansionSchema,
  figure as figureSchema,
  ID_PATTERN,
  isCalendarDate,
  language,
  partyRole,
  party as partySchema,
  period,
  qualifier,
  SEED_PATTERN,
  type Source,
  source as sourceSchema,
  sourceTier,
  statusStep,
  withHistoryFacts,
} from './schema.js';

type Json = Record<string, unknown>;

/**
 * Enum values and key sets are read from the zod schemas themselves, so that a value or field added there
 * is known here too (a field this file does not check yet makes it send the record to zod: see `object`).
 */
interface Inner {
  _zod: { def: { innerType?: Inner; values?: unknown[] } };
  options?: readonly unknown[];
}
function valuesOf(schema: unknown): ReadonlySet<string> {
  let s = schema as Inner;
  while (!s.options && s._zod.def.innerType) s = s._zod.def.innerType;
  return new Set((s.options ?? []) as string[]);
}
const keysOf = (shape: unknown): ReadonlySet<string> => new Set(Object.keys(shape as object));
const figureShapes = new Map(
  figureSchema.options.map((variant) => [
    variant.shape.kind.value as string,
    variant.shape as Record<string, unknown>,
  ]),
);
const amountShape = figureShapes.get('amount')!;

const DEAL_KINDS = valuesOf(dealKind);
const STATUSES = valuesOf(dealStatus);
const ROLES = valuesOf(partyRole);
const EFFECTS = valuesOf(expansionSchema.shape.effect);
const QUALIFIERS = valuesOf(qualifier);
const DISCLOSURES = valuesOf(disclosure);
const CURRENCIES = valuesOf(currency);
const MEASURES = valuesOf(amountShape.measures);
const PERIODS = valuesOf(period);
const BASES = valuesOf(figureShapes.get('valuation')!.basis);
const UNITS = valuesOf(figureShapes.get('capacity')!.unit);
const LANGUAGES = valuesOf(language);
const TIERS = valuesOf(sourceTier);

/** Thrown inside the fast path when a record needs zod's judgement; never escapes this module. */
const UNSURE = Symbol('unsure');

function fail(): never {
  throw UNSURE;
}

function object(value: unknown, keys: ReadonlySet<string>): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail();
  for (const key in value) if (!keys.has(key)) fail();
  return value as Json;
}

function text(value: unknown, min = 0, max = Number.POSITIVE_INFINITY): string {
  if (typeof value !== 'string' || value.length < min || value.length > max) fail();
  return value;
}

function id(value: unknown): string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) fail();
  return value;
}

function date(value: unknown): string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value) || !isCalendarDate(value)) fail();
  return value;
}

function oneOf(value: unknown, allowed: ReadonlySet<string>): string {
  if (typeof value !== 'string' || !allowed.has(value)) fail();
  return value;
}

function positive(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value > 0)) fail();
  return value;
}

function list<T>(value: unknown, item: (v: unknown) => T, min = 0): T[] {
  if (!Array.isArray(value) || value.length < min) fail();
  const out = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = item(value[i]);
  return out;
}

const ids = (value: unknown, min = 0) => list(value, id, min);
const nonEmpty = (value: unknown) => text(value, 1);

/** Sets `key` on `out` when the input has it (optional fields stay absent, as zod leaves them). */
function optional<T>(out: Json, input: Json, key: string, check: (v: unknown) => T): void {
  if (input[key] !== undefined) out[key] = check(input[key]);
}

const PARTY_KEYS = keysOf(partySchema.shape);
function party(value: unknown): Json {
  const p = object(value, PARTY_KEYS);
  const out: Json = { company: id(p.company), role: oneOf(p.role, ROLES) };
  optional(out, p, 'lead', (v) => (typeof v === 'boolean' ? v : fail()));
  optional(out, p, 'note', text);
  return out;
}

const STEP_KEYS = keysOf(statusStep.shape);
function step(value: unknown): Json {
  const s = object(value, STEP_KEYS);
  const out: Json = { status: oneOf(s.status, STATUSES), date: date(s.date), sources: ids(s.sources, 1) };
  optional(out, s, 'confirmedBy', ids);
  optional(out, s, 'note', text);
  return out;
}

const FIGURE_KEYS = new Map([...figureShapes].map(([kind, shape]) => [kind, keysOf(shape)]));

/** The fields every figure shares, in the schema's order (they come after the kind's own fields). */
function figureBase(out: Json, f: Json): Json {
  out.qualifier = f.qualifier === undefined ? 'exact' : oneOf(f.qualifier, QUALIFIERS);
  out.disclosure = oneOf(f.disclosure, DISCLOSURES);
  optional(out, f, 'date', date);
  out.sources = ids(f.sources, 1);
  optional(out, f, 'note', text);
  return out;
}

function money(out: Json, f: Json): void {
  optional(out, f, 'amount', positive);
  out.currency = f.currency === undefined ? 'USD' : oneOf(f.currency, CURRENCIES);
}

function figure(value: unknown): Json {
  if (typeof value !== 'object' || value === null) fail();
  const kind = (value as Json).kind;
  const keys = typeof kind === 'string' ? FIGURE_KEYS.get(kind) : undefined;
  const f = object(value, keys ?? fail());
  const out: Json = { kind };
  switch (kind) {
    case 'amount':
      optional(out, f, 'label', text);
      optional(out, f, 'per', (v) => oneOf(v, PERIODS));
      out.measures = f.measures === undefined ? 'payment' : oneOf(f.measures, MEASURES);
      optional(out, f, 'paidBy', id);
      money(out, f);
      break;
    case 'valuation':
      out.basis = oneOf(f.basis, BASES);
      money(out, f);
      break;
    case 'stake': {
      const percent = positive(f.percent);
      if (percent > 100) fail();
      out.percent = percent;
      optional(out, f, 'holder', id);
      break;
    }
    case 'capacity':
      out.value = positive(f.value);
      out.unit = oneOf(f.unit, UNITS);
      break;
    case 'chips':
      optional(out, f, 'count', (v) => (Number.isSafeInteger(v) ? positive(v) : fail()));
      out.chip = text(f.chip, 1);
      break;
    default:
      out.years = positive(f.years);
  }
  return figureBase(out, f);
}

const EXPANSION_KEYS = keysOf(expansionSchema.shape);
function expansion(value: unknown): Json {
  const e = object(value, EXPANSION_KEYS);
  return { deal: id(e.deal), effect: oneOf(e.effect, EFFECTS) };
}

const DEAL_KEYS = keysOf(dealFields.shape);

/** The deal zod's `deal` schema would return for `value`, or undefined when zod must decide. */
export function fastDeal(value: unknown): Deal | undefined {
  try {
    const d = object(value, DEAL_KEYS);
    const out: Json = {
      id: id(d.id),
      kind: oneOf(d.kind, DEAL_KINDS),
      title: text(d.title, 1, 120),
      parties: list(d.parties, party, 1),
      history: list(d.history, step, 1),
    };
    optional(out, d, 'expectedClose', date);
    out.figures = d.figures === undefined ? [] : list(d.figures, figure);
    out.supersedes = d.supersedes === undefined ? [] : ids(d.supersedes);
    optional(out, d, 'supersededBy', id);
    optional(out, d, 'partOf', id);
    optional(out, d, 'expands', expansion);
    if (d.aggregate !== undefined && typeof d.aggregate !== 'boolean') fail();
    out.aggregate = d.aggregate ?? false;
    out.summary = text(d.summary, 1);
    out.caveats = d.caveats === undefined ? [] : list(d.caveats, nonEmpty);
    optional(out, d, 'curatorNote', text);
    out.sources = ids(d.sources, 1);
    return withHistoryFacts(out as Parameters<typeof withHistoryFacts>[0]) as Deal;
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}

/**
 * zod's url check trims the text, asks URL.canParse, and strips tabs and newlines: for a url with no
 * surrounding or inner white space that parses, its output is the url itself.
 */
function httpsUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('https://') || /[\s]/.test(value)) fail();
  if (!URL.canParse(value)) fail();
  return value;
}

const SOURCE_KEYS = keysOf(sourceSchema.shape);

/** The source zod's `source` schema would return for `value`, or undefined when zod must decide. */
export function fastSource(value: unknown): Source | undefined {
  try {
    const s = object(value, SOURCE_KEYS);
    const out: Json = { id: id(s.id) };
    optional(out, s, 'url', httpsUrl);
    optional(out, s, 'seed', (v) => (typeof v === 'string' && SEED_PATTERN.test(v) ? v : fail()));
    out.publisher = text(s.publisher, 1);
    optional(out, s, 'title', nonEmpty);
    optional(out, s, 'date', date);
    out.language = oneOf(s.language, LANGUAGES);
    out.tier = oneOf(s.tier, TIERS);
    optional(out, s, 'relays', text);
    optional(out, s, 'quotedIn', id);
    // The schema's two refinements: something to link to, and a title unless only seen as a quoted link.
    if (out.url === undefined && out.seed === undefined) fail();
    if (out.title === undefined && out.quotedIn === undefined) fail();
    return out as Source;
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}
