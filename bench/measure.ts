/**
 * Times name resolution and autocomplete on a query set, and the plain fuse.js baseline on the same
 * queries, and scores top-1 accuracy per query kind.
 */
import Fuse from 'fuse.js';
import type { Engine } from '../src/answers/engine.js';
import { react } from '../src/discord/react.js';
import type { Company } from '../src/knowledge/schema.js';
import type { Choice } from '../src/search/autocomplete.js';
import { allowedEdits, editDistance } from '../src/text/distance.js';
import { compactName } from '../src/text/normalize.js';
import { createRng } from './prng.js';
import { isPrefixKind, QUERY_KINDS, type Query, type QueryKind, sameFamily } from './queries.js';
import { type Summary, summarize } from './stats.js';

export interface KindResult {
  kind: QueryKind;
  n: number;
  resolve: Summary;
  autocomplete: Summary;
  /** resolve() says found, with the expected company or one of its family; for misses: not found or ambiguous. */
  top1: number;
  /** The expected company is among the autocomplete choices (at most 25). */
  inTop25: number;
  outcomes: { found: number; ambiguous: number; notFound: number; wrong: number };
  /** A few failures, to read. */
  failures: { text: string; expected: string | null; got: string }[];
}

export interface QueryRun {
  kinds: KindResult[];
  overall: { resolve: Summary; autocomplete: Summary };
  /** Per query, in the order of the query set (ms). */
  resolveMs: Float64Array;
  autocompleteMs: Float64Array;
}

function autocomplete(engine: Engine, text: string): Choice[] {
  const reaction = react(engine, {
    kind: 'autocomplete',
    command: 'deal',
    focused: { name: 'company', value: text },
  });
  return reaction.type === 'autocomplete' ? reaction.choices : [];
}

/**
 * Runs every query through resolve() and through the autocomplete path of react() (what an autocomplete
 * interaction executes), in a shuffled order so no kind benefits from running after its own kind.
 */
export function measureQueries(engine: Engine, queries: readonly Query[], seed: number): QueryRun {
  const familyOf = (id: string) => engine.kb.familyOf(id);
  const resolver = engine.resolver;
  const order = createRng(seed).shuffle(queries.map((_, i) => i));

  // Warm-up: the JIT should see every path before anything is recorded.
  for (const i of order.slice(0, Math.min(order.length, 600))) {
    resolver.resolve(queries[i]!.text);
    autocomplete(engine, queries[i]!.text);
  }

  const resolveMs = new Float64Array(queries.length);
  const autocompleteMs = new Float64Array(queries.length);
  const resolutions = new Array<ReturnType<typeof resolver.resolve>>(queries.length);
  const choices = new Array<Choice[]>(queries.length);
  for (const i of order) {
    const text = queries[i]!.text;
    let t = performance.now();
    resolutions[i] = resolver.resolve(text);
    resolveMs[i] = performance.now() - t;
    t = performance.now();
    choices[i] = autocomplete(engine, text);
    autocompleteMs[i] = performance.now() - t;
  }

  const kinds: KindResult[] = [];
  for (const kind of QUERY_KINDS) {
    const indexes = queries.flatMap((q, i) => (q.kind === kind ? [i] : []));
    if (indexes.length === 0) continue;
    const outcomes = { found: 0, ambiguous: 0, notFound: 0, wrong: 0 };
    const failures: KindResult['failures'] = [];
    let right = 0;
    let listed = 0;
    for (const i of indexes) {
      const q = queries[i]!;
      const r = resolutions[i]!;
      if (r.status === 'found') outcomes.found++;
      else if (r.status === 'ambiguous') outcomes.ambiguous++;
      else outcomes.notFound++;
      const got = r.status === 'found' ? r.match.company.id : undefined;
      const ok = q.expected === null ? r.status !== 'found' : sameFamily(q.expected, got, familyOf);
      if (ok) right++;
      else {
        if (r.status === 'found') outcomes.wrong++;
        if (failures.length < 5) failures.push({ text: q.text, expected: q.expected, got: got ?? r.status });
      }
      if (q.expected !== null && choices[i]!.some((c) => sameFamily(q.expected!, c.value, familyOf)))
        listed++;
    }
    kinds.push({
      kind,
      n: indexes.length,
      resolve: summarize(indexes.map((i) => resolveMs[i]!)),
      autocomplete: summarize(indexes.map((i) => autocompleteMs[i]!)),
      top1: right / indexes.length,
      inTop25: kind === 'miss' ? Number.NaN : listed / indexes.length,
      outcomes,
      failures,
    });
  }
  return {
    kinds,
    overall: { resolve: summarize([...resolveMs]), autocomplete: summarize([...autocompleteMs]) },
    resolveMs,
    autocompleteMs,
  };
}

/**
 * For the typo queries that resolve() did not get right: is another company's name or alias at least as
 * close as the expected one (an ambiguity no resolver can settle), or was the answer within reach?
 * A brute-force scan of every key, so it is only run on the failures.
 */
export function classifyTypoFailures(
  companies: readonly Company[],
  failures: readonly { text: string; expected: string }[],
  familyOf: (id: string) => readonly string[],
): { inherent: number; reachable: number; checked: number } {
  const keys: { key: string; id: string }[] = [];
  for (const c of companies) {
    for (const text of [c.name, ...c.aliases]) {
      const key = compactName(text);
      if (key) keys.push({ key, id: c.id });
    }
  }
  let inherent = 0;
  let reachable = 0;
  for (const f of failures) {
    const query = compactName(f.text);
    let own = Number.POSITIVE_INFINITY;
    let other = Number.POSITIVE_INFINITY;
    for (const { key, id } of keys) {
      const related = sameFamily(f.expected, id, familyOf);
      const bound = Math.min(related ? own : other, 6);
      const d = editDistance(query, key, bound);
      if (related) own = Math.min(own, d);
      else other = Math.min(other, d);
    }
    if (other <= own) inherent++;
    else reachable++;
  }
  return { inherent, reachable, checked: failures.length };
}

/**
 * For misses that resolve() did find: is a real name or alias within the edits the resolver allows for a
 * query of that length (a defensible "did you mean"), or is it a false positive? Brute force, failures only.
 */
export function classifyMisses(
  companies: readonly Company[],
  texts: readonly string[],
): { checked: number; nearRealName: number; falsePositive: number } {
  const keys: string[] = [];
  for (const c of companies) for (const text of [c.name, ...c.aliases]) keys.push(compactName(text));
  let near = 0;
  for (const text of texts) {
    const query = compactName(text);
    const allowed = allowedEdits(query.length);
    if (keys.some((key) => editDistance(query, key, allowed) <= allowed)) near++;
  }
  return { checked: texts.length, nearRealName: near, falsePositive: texts.length - near };
}

// ------------------------------------------------------------------------------------------- baseline

export interface BaselineRun {
  /** Building the fuse.js index over every name and alias. */
  buildMs: number;
  entries: number;
  kinds: { kind: QueryKind; n: number; search: Summary; top1: number; inTop25: number }[];
  overall: Summary;
  /** Query indexes (into the full query set) that the baseline ran, for like-for-like ratios. */
  indexes: number[];
  searchMs: number[];
}

/**
 * fuse.js used the plain way: one index over every company name and alias, default options, and a search
 * per query; the first hit is the answer.
 */
export function measureBaseline(
  companies: readonly Company[],
  queries: readonly Query[],
  perKind: number,
  familyOf: (id: string) => readonly string[],
  deadlineMs = Number.POSITIVE_INFINITY,
): BaselineRun {
  const entries = companies.flatMap((c) => [c.name, ...c.aliases].map((name) => ({ name, id: c.id })));
  let t = performance.now();
  const fuse = new Fuse(entries, { keys: ['name'], includeScore: true });
  const buildMs = performance.now() - t;

  const chosen: number[] = [];
  for (const kind of QUERY_KINDS) {
    let taken = 0;
    queries.forEach((q, i) => {
      if (q.kind === kind && taken < perKind) {
        chosen.push(i);
        taken++;
      }
    });
  }
  // Interleave kinds, so that a deadline cuts every kind evenly.
  const byKind = new Map<QueryKind, number[]>();
  for (const i of chosen) {
    const kind = queries[i]!.kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), i]);
  }
  const interleaved: number[] = [];
  for (let round = 0; round < perKind; round++)
    for (const list of byKind.values()) if (list[round] !== undefined) interleaved.push(list[round]!);

  for (const i of interleaved.slice(0, 3)) fuse.search(queries[i]!.text);
  const started = performance.now();
  const indexes: number[] = [];
  const searchMs: number[] = [];
  const top1 = new Map<QueryKind, number>();
  const listed = new Map<QueryKind, number>();
  for (const i of interleaved) {
    if (performance.now() - started > deadlineMs) break;
    const q = queries[i]!;
    t = performance.now();
    const hits = fuse.search(q.text);
    searchMs.push(performance.now() - t);
    indexes.push(i);
    const first = hits[0]?.item.id;
    const ok = q.expected === null ? hits.length === 0 : sameFamily(q.expected, first, familyOf);
    if (ok) top1.set(q.kind, (top1.get(q.kind) ?? 0) + 1);
    if (q.expected !== null) {
      const ids: string[] = [];
      for (const hit of hits) {
        if (!ids.includes(hit.item.id)) ids.push(hit.item.id);
        if (ids.length === 25) break;
      }
      if (ids.some((id) => sameFamily(q.expected!, id, familyOf)))
        listed.set(q.kind, (listed.get(q.kind) ?? 0) + 1);
    }
  }
  const kinds: BaselineRun['kinds'] = [];
  for (const kind of QUERY_KINDS) {
    const ran = indexes.flatMap((i, k) => (queries[i]!.kind === kind ? [searchMs[k]!] : []));
    if (ran.length === 0) continue;
    kinds.push({
      kind,
      n: ran.length,
      search: summarize(ran),
      top1: (top1.get(kind) ?? 0) / ran.length,
      inTop25: kind === 'miss' ? Number.NaN : (listed.get(kind) ?? 0) / ran.length,
    });
  }
  return { buildMs, entries: entries.length, kinds, overall: summarize(searchMs), indexes, searchMs };
}

export { isPrefixKind };
