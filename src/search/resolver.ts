/**
 * Company name resolution: a ladder from the cheapest, surest match to the loosest.
 * 1. normalized exact name, alias or id (a hash map);
 * 2. prefix of a name or alias (a sorted array; the best answers for every prefix of 1 to 6 letters that
 *    many keys share are computed at load, longer or rarer prefixes are a binary search and a short scan);
 * 3. typos: a deletion index (every one-edit typo, most two-edit ones) gives the candidates; when none
 *    within one edit can be answered for, the two-edit index adds every key within two edits; the edit
 *    distance decides, then how connected each company is. A slip in a legal suffix is forgiven.
 *    Autocomplete also offers names whose beginning is a typo of what was typed (a capped trigram search).
 * Everything is indexed once, at load, so a lookup costs about the same with 100 companies or 100,000.
 * Every answer says why it matched; a tie between unrelated companies goes to the more connected one (the
 * others are kept as alternatives), and is reported, not guessed, when nothing settles it.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Company, Product } from '../knowledge/schema.js';
import { allowedEdits, editDistance, prefixDistance } from '../text/distance.js';
import { compactName, LEGAL_SUFFIXES, normalizeName } from '../text/normalize.js';
import { DeletionIndex } from './deletions.js';
import { TwoEditIndex } from './twoEdits.js';

export type MatchKind = 'id' | 'name' | 'alias' | 'product' | 'prefix' | 'typo';

export interface Match {
  company: Company;
  kind: MatchKind;
  /** The name or alias that matched, as written in the knowledge base. */
  matched: string;
  /** 0 is a perfect match, 1 the loosest accepted. */
  score: number;
  /** The chip, model or programme whose name matched (also through a prefix or a typo): it says why. */
  product?: Product;
  /**
   * A typo as close to other companies' names as to this one, settled because this company is much more
   * connected: the others, to offer as "did you mean".
   */
  alternatives?: Match[];
}

export type Resolution =
  | { status: 'found'; match: Match }
  | { status: 'ambiguous'; query: string; candidates: Match[] }
  | { status: 'not-found'; query: string; suggestions: Match[] };

interface Key {
  key: string;
  company: Company;
  matched: string;
  kind: 'id' | 'name' | 'alias' | 'product';
  product?: Product;
}

interface Typo {
  match: Match;
  edits: number;
  /** The key's own kind: a product name is not weighed against a company's by connections. */
  keyKind: Key['kind'];
  /** The matched key's length (compact form): how many edits it can take and still be sure. */
  keyLength: number;
  connections: number;
}

export const MAX_QUERY_LENGTH = 100;
/** Prefixes up to this length that many keys share have their best answers computed at load. */
const PRECOMPUTED_PREFIX = 6;
const PREFIX_KEEP = 25;
/** Longer prefixes are scanned, but never more than this many keys. */
const PREFIX_SCAN = 500;
/** Autocomplete looks for typos only when names and prefixes found fewer than this. */
const TYPO_FILL = 5;
const SHORTLIST = 32;
/** A trigram in more names than this is too common to shortlist by. */
const COMMON_GRAM = 3000;
/**
 * Postings read per partial-typo lookup, at most: the rarest grams go first, and a gram that would pass
 * this is left out (when even the rarest would, what was typed is too common to guess a typo in), which
 * keeps the worst keystroke's work bounded at scale.
 */
const POSTING_BUDGET = 3000;

/** The shortest query for which two edits can be answered for (`allowedEdits(6, 'sure')` is 2). */
const TWO_EDITS_SURE = 6;
/** Autocomplete asks the two-edit index from this length (shorter queries meet too many short names). */
const TWO_EDITS_TYPED = 8;
/** Typos kept per lookup stage, one per company, closest first: more than any answer or list shows. */
const RANKED_KEEP = 32;
/** From this length, a query that is a typo of a whole name is not also looked up as an unfinished one. */
const LONG_TYPED = 10;
/** A name with a slip in its legal suffix is also looked for with a typo of its own from this length. */
const SLIP_AND_TYPO = 6;

/** Names compared as the old `localeCompare` did, without its per-call cost. */
const collator = new Intl.Collator();

export class Resolver {
  private readonly exact = new Map<string, Key>();
  /** Every key, sorted, for binary-searched prefix lookups. */
  private readonly keys: Key[];
  /** The best answers of each prefix of 1 to PRECOMPUTED_PREFIX letters shared by more than PREFIX_KEEP keys. */
  private readonly shortPrefixes = new Map<string, Key[]>();
  private readonly deletions: DeletionIndex;
  /** Every key within two edits of a query, for the typos the deletion index cannot reach. */
  private readonly nearby: TwoEditIndex;
  /** trigram → its id; the keys holding gram `g` are `gramKeys[gramStarts[g]..gramStarts[g + 1])`, ascending. */
  private readonly gramIds = new Map<string, number>();
  private readonly gramStarts: Uint32Array;
  private readonly gramKeys: Uint32Array;
  /** Per-lookup scratch, kept between lookups so that a lookup allocates next to nothing. */
  private readonly counts: Uint16Array;
  private readonly touched: Uint32Array;
  private readonly histogram = new Uint32Array(MAX_QUERY_LENGTH + 4);
  private readonly popularMatches: Match[];
  /** Scratch of `rank`: the candidates within reach, and each one's edits by key index. */
  private readonly within: number[] = [];
  private readonly editsOf: Uint8Array;
  /** 1 for a key that is not its company's own name (an alias, id or product), by key index. */
  private readonly aliasKey: Uint8Array;
  /** The length of the name or alias each key was made from, as written. */
  private readonly matchedLengths: Uint16Array;
  /** Each key's length, by key index: read for thousands of keys per lookup, so kept flat. */
  private readonly keyLengths: Uint8Array;
  /** Connections of each key's company, by key index: the tie-breaker, read without a map lookup. */
  private readonly connections: Uint32Array;

  constructor(private readonly kb: KnowledgeBase) {
    const keys: Key[] = [];
    for (const company of kb.companies.values()) {
      const add = (text: string, kind: Key['kind'], product?: Product) => {
        const key = compactName(text);
        if (key && !this.exact.has(key)) {
          const entry: Key = { key, company, matched: text, kind, ...(product && { product }) };
          this.exact.set(key, entry);
          keys.push(entry);
        }
      };
      add(company.name, 'name');
      for (const alias of company.aliases) add(alias, 'alias');
      add(company.id, 'id');
      // A chip, model or programme stands for its owner ("Trainium" is AWS), and says so.
      for (const product of company.products) {
        add(product.name, 'product', product);
        for (const alias of product.aliases) add(alias, 'product', product);
      }
    }
    this.keys = keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.counts = new Uint16Array(keys.length);
    this.keyLengths = Uint8Array.from(this.keys, (k) => Math.min(255, k.key.length));
    this.editsOf = new Uint8Array(keys.length);
    this.aliasKey = Uint8Array.from(this.keys, (k) => (k.matched === k.company.name ? 0 : 1));
    this.matchedLengths = Uint16Array.from(this.keys, (k) => Math.min(65_535, k.matched.length));
    this.connections = Uint32Array.from(this.keys, (k) => kb.connectionCount(k.company.id));
    this.deletions = new DeletionIndex(this.keys.map((k) => k.key));
    this.nearby = new TwoEditIndex(this.keys.map((k) => k.key));
    this.touched = new Uint32Array(keys.length);
    // Trigram postings in one flat array (like the deletion index): two passes, count then fill.
    const keyGrams: number[][] = this.keys.map((entry) => {
      const ids: number[] = [];
      for (const gram of trigrams(entry.key)) {
        let id = this.gramIds.get(gram);
        if (id === undefined) {
          id = this.gramIds.size;
          this.gramIds.set(gram, id);
        }
        if (!ids.includes(id)) ids.push(id);
      }
      return ids;
    });
    this.gramStarts = new Uint32Array(this.gramIds.size + 1);
    for (const ids of keyGrams) for (const id of ids) this.gramStarts[id + 1]!++;
    for (let g = 1; g < this.gramStarts.length; g++) this.gramStarts[g]! += this.gramStarts[g - 1]!;
    this.gramKeys = new Uint32Array(this.gramStarts[this.gramIds.size]!);
    const fill = this.gramStarts.slice(0, -1);
    keyGrams.forEach((ids, index) => {
      for (const id of ids) this.gramKeys[fill[id]!++] = index;
    });
    // Sorted keys put every prefix's keys in one run: walk the runs of each length once.
    for (let n = 1; n <= PRECOMPUTED_PREFIX; n++) {
      let start = 0;
      while (start < this.keys.length) {
        const key = this.keys[start]!.key;
        if (key.length < n) {
          start++;
          continue;
        }
        const prefix = key.slice(0, n);
        let end = start + 1;
        while (end < this.keys.length && this.keys[end]!.key.startsWith(prefix)) end++;
        if (end - start > PREFIX_KEEP)
          this.shortPrefixes.set(prefix, this.bestPerCompany(this.keys.slice(start, end), PREFIX_KEEP));
        start = end;
      }
    }
    this.popularMatches = [...kb.companies.values()]
      .sort((a, b) => kb.connectionCount(b.id) - kb.connectionCount(a.id) || collator.compare(a.name, b.name))
      .slice(0, PREFIX_KEEP)
      .map((company) => ({ company, kind: 'name', matched: company.name, score: 1 }));
  }

  resolve(query: string): Resolution {
    const key = compactName(query.slice(0, MAX_QUERY_LENGTH));
    if (!key) return { status: 'not-found', query, suggestions: this.popular(5) };

    const exact = this.exact.get(key);
    if (exact) return { status: 'found', match: toMatch(exact, exact.kind, 0) };

    const prefixed = this.byPrefix(key, PREFIX_KEEP);
    if (prefixed.length > 0) {
      const head = this.commonAncestor(prefixed);
      if (head) return { status: 'found', match: head };
      return { status: 'ambiguous', query, candidates: prefixed.slice(0, 10) };
    }

    const typed = this.resolveTypo(key, query);
    // A slip in a legal suffix ("Xoyos Holdigns"): the suffix is no part of the name, so what is left is,
    // unless the whole query is closer to another name.
    const slip = withoutSuffixTypo(query);
    if (slip) {
      const named = this.exact.get(slip.key);
      const closer = typed.resolution !== undefined && typed.typos[0]!.edits <= slip.edits;
      if (named && !closer)
        return { status: 'found', match: toMatch(named, 'typo', Math.min(1, slip.edits / key.length)) };
      // A typo left in the rest too, only on a name long enough for a second slip to still be telling
      // ("tlkc spr" is not MLKC with "spa" mistyped).
      if (!typed.resolution && !named && slip.key.length >= SLIP_AND_TYPO) {
        const again = this.resolveTypo(slip.key, query).resolution;
        if (again?.status === 'found') return again;
      }
    }
    if (typed.resolution) return typed.resolution;
    const allowed = allowedEdits(key.length);
    let near = typed.typos.filter((t) => t.edits <= allowed + 1);
    // Nothing within reach of the indexes: the trigram shortlist looks a little further for suggestions
    // ("Antxxopicxx" is four edits from Anthropic), never for an answer.
    if (near.length === 0) near = this.gramTypos(key, false);
    return {
      status: 'not-found',
      query,
      suggestions: near.length > 0 ? near.slice(0, 5).map((t) => t.match) : this.popular(5),
    };
  }

  /**
   * The typo stage of `resolve`: an answer or an ambiguity (none when nothing is close enough to answer
   * for), and the typos measured, which become the suggestions of a name not found.
   */
  private resolveTypo(key: string, query: string): { resolution?: Resolution; typos: Typo[] } {
    const allowed = allowedEdits(key.length);
    // Taken without asking only when the edits are few for the shorter of the two names: "Runway" is two
    // edits from "Run:ai", a different company, so it is offered as a suggestion, never answered for.
    const sure = (t: Typo) => t.edits <= allowedEdits(Math.min(key.length, t.keyLength), 'sure');
    // From six letters, where two edits can be answered for, the deletion index is asked for one-edit
    // typos only (a few probes), and the two-edit index completes the set when nothing within one edit is
    // sure (the deletion index misses two-edit typos that need two deletions on the name's side: two
    // substitutions, a letter left out and one changed), so that a tie at two edits sees every rival.
    // Three edits, which a long name may take, are looked for last, through two deletions of the query.
    const long = key.length >= TWO_EDITS_SURE;
    let typos = this.closeTypos(key, allowed + 1, !long);
    let accepted = typos.filter(sure);
    const widen = (wider: Typo[]) => {
      if (wider.length === 0) return;
      typos = rankTypos([...typos, ...wider]);
      accepted = typos.filter(sure);
    };
    if (long && (accepted.length === 0 || accepted[0]!.edits >= 2)) widen(this.twoEditTypos(key));
    if (long && accepted.length === 0 && allowed >= 3) widen(this.closeTypos(key, allowed + 1, true));
    const best = accepted[0];
    if (!best) return { typos };
    const rivals = accepted.filter(
      (t) => t !== best && t.edits === best.edits && !this.related(best.match.company.id, t.match.company.id),
    );
    if (rivals.length === 0) return { resolution: { status: 'found', match: best.match }, typos };
    // A tie between company names (never a product's: "Grok" is not weighed against Groq) goes to the
    // more connected company, and the others are offered as "did you mean"; equally connected companies
    // leave nothing to settle it.
    const settled =
      best.keyKind !== 'product' &&
      rivals.every((t) => t.keyKind !== 'product' && best.connections > t.connections);
    const resolution: Resolution = settled
      ? { status: 'found', match: { ...best.match, alternatives: rivals.slice(0, 4).map((t) => t.match) } }
      : { status: 'ambiguous', query, candidates: accepted.slice(0, 10).map((t) => t.match) };
    return { resolution, typos };
  }

  /** Ranked candidates for a partly typed name: what autocomplete shows. */
  suggest(query: string, limit = 25): Match[] {
    const key = compactName(query.slice(0, MAX_QUERY_LENGTH));
    if (!key) return this.popular(limit);
    const out: Match[] = [];
    const seen = new Set<string>();
    const add = (m: Match) => {
      if (!seen.has(m.company.id) && out.length < limit) {
        seen.add(m.company.id);
        out.push(m);
      }
    };
    const exact = this.exact.get(key);
    if (exact) add(toMatch(exact, exact.kind, 0));
    for (const m of this.byPrefix(key, limit)) add(m);
    // An exact name or alias says what was meant; typos only help when nothing matched as typed.
    if (!exact && out.length < TYPO_FILL) {
      const allowed = allowedEdits(key.length);
      // A whole name with a typo (every one within two edits, from the two-edit index, for a query long
      // enough that it is cheap), then, while typing, a typo in the part typed so far.
      // From TWO_EDITS_TYPED letters the two-edit index finds every name within two edits, so the
      // deletion index is asked for one edit only: its two-deletion probes (hundreds for a long query)
      // would find a subset of the same names again.
      const twoEditIndex = key.length >= TWO_EDITS_TYPED;
      for (const t of this.closeTypos(key, twoEditIndex ? 1 : allowed)) add(t.match);
      if (out.length < TYPO_FILL && twoEditIndex) for (const t of this.twoEditTypos(key)) add(t.match);
      // Someone who typed a long name that is a typo of a whole one meant that name: no need to guess
      // at unfinished ones.
      const whole = key.length >= LONG_TYPED && out.length > 0;
      if (out.length < TYPO_FILL && !whole)
        for (const t of this.partialTypos(key)) if (t.edits <= allowed) add(t.match);
    }
    return out;
  }

  /** The most connected companies, for empty input. */
  popular(limit: number): Match[] {
    return this.popularMatches.slice(0, limit);
  }

  private byPrefix(key: string, limit: number): Match[] {
    const toPrefix = (e: Key) => toMatch(e, 'prefix', 1 - key.length / e.key.length);
    const precomputed = key.length <= PRECOMPUTED_PREFIX ? this.shortPrefixes.get(key) : undefined;
    if (precomputed) return precomputed.slice(0, limit).map(toPrefix);
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid]!.key < key) lo = mid + 1;
      else hi = mid;
    }
    const found: Key[] = [];
    for (let i = lo; i < this.keys.length && i < lo + PREFIX_SCAN && this.keys[i]!.key.startsWith(key); i++) {
      found.push(this.keys[i]!);
    }
    return this.bestPerCompany(found, limit).map(toPrefix);
  }

  /** One key per company (its shortest), most connected companies first. */
  private bestPerCompany(entries: Key[], limit: number): Key[] {
    const best = new Map<string, Key>();
    for (const e of entries) {
      const current = best.get(e.company.id);
      if (!current || e.key.length < current.key.length) best.set(e.company.id, e);
    }
    return [...best.values()]
      .sort(
        (a, b) =>
          this.kb.connectionCount(b.company.id) - this.kb.connectionCount(a.company.id) ||
          a.key.length - b.key.length ||
          collator.compare(a.company.name, b.company.name),
      )
      .slice(0, limit);
  }

  /**
   * Keys within `max` edits of the query that the deletion index reaches (every one-edit typo; with
   * `twoDeletions`, most two-edit ones and some three-edit ones), one per company, closest first.
   */
  private closeTypos(key: string, max: number, twoDeletions = max >= 2): Typo[] {
    const n = this.deletions.collect(key, twoDeletions);
    return this.rank(key, this.deletions.found, n, max);
  }

  /** Every key within two edits of the query (the two-edit index leaves none out), one per company. */
  private twoEditTypos(key: string): Typo[] {
    const n = this.nearby.collect(key);
    return this.rank(key, this.nearby.found, n, 2);
  }

  /**
   * The candidates within `max` edits, ranked as `rankTypos` ranks (one per company, the best
   * RANKED_KEEP): measured and sorted as key indexes on flat arrays, so that only the few kept become
   * objects (a short query can have hundreds of names within two edits).
   */
  private rank(key: string, candidates: Uint32Array, n: number, max: number): Typo[] {
    const { within, editsOf, keyLengths, connections, aliasKey, matchedLengths } = this;
    within.length = 0;
    for (let c = 0; c < n; c++) {
      const index = candidates[c]!;
      if (Math.abs(keyLengths[index]! - key.length) > max) continue;
      const edits = editDistance(key, this.keys[index]!.key, max);
      if (edits > max) continue;
      editsOf[index] = edits;
      within.push(index);
    }
    within.sort(
      (a, b) =>
        editsOf[a]! - editsOf[b]! ||
        aliasKey[a]! - aliasKey[b]! ||
        connections[b]! - connections[a]! ||
        matchedLengths[a]! - matchedLengths[b]!,
    );
    const out: Typo[] = [];
    const companies = new Set<string>();
    for (let w = 0; w < within.length && out.length < RANKED_KEEP; w++) {
      const index = within[w]!;
      const id = this.keys[index]!.company.id;
      if (companies.has(id)) continue;
      companies.add(id);
      out.push(this.typo(index, editsOf[index]!, key));
    }
    return out;
  }

  /**
   * Names whose beginning is a typo of what was typed so far, for autocomplete: trigrams shortlist the
   * keys that share enough of the query, and the distance to the closest prefix of each decides. Only a
   * fill for a few more choices, so its work is capped rather than exhaustive.
   */
  private partialTypos(key: string): Typo[] {
    return this.gramTypos(key, true);
  }

  /**
   * The trigram shortlist: with `partial`, names whose beginning is within the query's allowed edits;
   * otherwise whole names within one edit more, as suggestions for a name not found.
   */
  private gramTypos(key: string, partial: boolean): Typo[] {
    const allowed = allowedEdits(key.length) + (partial ? 0 : 1);
    // Rare trigrams first; the most common ones (shared by thousands of names at scale) are skipped, which
    // keeps a lookup's work flat as the knowledge base grows.
    const queryGrams: { gram: string; start: number; end: number }[] = [];
    for (const gram of trigrams(key)) {
      if (queryGrams.some((g) => g.gram === gram)) continue;
      const id = this.gramIds.get(gram);
      const start = id === undefined ? 0 : this.gramStarts[id]!;
      const end = id === undefined ? 0 : this.gramStarts[id + 1]!;
      queryGrams.push({ gram, start, end });
    }
    queryGrams.sort((a, b) => a.end - a.start - (b.end - b.start));
    // Sorted by length, the usable grams are a head of the list: those that fit in the budget.
    let usable = 0;
    let postings = 0;
    while (usable < queryGrams.length) {
      const size = queryGrams[usable]!.end - queryGrams[usable]!.start;
      if (size > COMMON_GRAM || postings + size > (partial ? POSTING_BUDGET : POSTING_BUDGET / 2)) break;
      postings += size;
      usable++;
    }
    if (usable === 0) return [];
    // One edit spoils at most four trigrams (a swap of two letters); sharing fewer means out of reach.
    // (Suggestions for a name not found read half the postings and need two grams in common: a miss
    // costs every stage, so its last one is kept cheap.)
    const needed = Math.max(partial ? 1 : 2, usable - 4 * allowed);
    const { counts, touched, histogram, gramKeys } = this;
    let nTouched = 0;
    for (let g = 0; g < usable; g++) {
      const { start, end } = queryGrams[g]!;
      for (let j = start; j < end; j++) {
        const index = gramKeys[j]!;
        if (counts[index] === 0) touched[nTouched++] = index;
        counts[index]!++;
      }
    }
    // The SHORTLIST keys sharing the most grams, in the order first touched within one count: count how
    // many reach each count, find the lowest count that still gets in, then take them in one pass.
    // Keys too short or too long to be a typo of the query are marked out (count 0) as they are counted.
    const { keyLengths } = this;
    const length = key.length;
    histogram.fill(0, 0, usable + 1);
    for (let t = 0; t < nTouched; t++) {
      const index = touched[t]!;
      const count = counts[index]!;
      const keyLength = keyLengths[index]!;
      if (count < needed || keyLength < length - allowed || (!partial && keyLength > length + allowed))
        counts[index] = 0;
      else histogram[count]!++;
    }
    let lowest = usable + 1;
    let room = SHORTLIST;
    while (lowest > needed && room > 0) {
      lowest--;
      room -= histogram[lowest]!;
    }
    // `room` < 0: only SHORTLIST - (those above `lowest`) of the keys at `lowest` get in.
    let atLowest = room < 0 ? histogram[lowest]! + room : histogram[lowest]!;
    const shortlist: { index: number; count: number }[] = [];
    for (let t = 0; t < nTouched; t++) {
      const index = touched[t]!;
      const count = counts[index]!;
      if (count >= lowest && count > 0 && (count > lowest || atLowest-- > 0))
        shortlist.push({ index, count });
    }
    for (let t = 0; t < nTouched; t++) counts[touched[t]!] = 0;
    shortlist.sort((a, b) => b.count - a.count);
    const found: Typo[] = [];
    for (const { index } of shortlist) {
      const other = this.keys[index]!.key;
      const edits = partial ? prefixDistance(key, other, allowed) : editDistance(key, other, allowed);
      if (edits <= allowed) found.push(this.typo(index, edits, key));
    }
    return rankTypos(found);
  }

  private typo(index: number, edits: number, key: string): Typo {
    const entry = this.keys[index]!;
    return {
      match: toMatch(entry, 'typo', Math.min(1, edits / Math.max(key.length, 1))),
      edits,
      keyKind: entry.kind,
      keyLength: entry.key.length,
      connections: this.connections[index]!,
    };
  }

  /**
   * When every prefix candidate belongs to one company's family, the prefix means that family: its head
   * among the companies whose own name starts with the prefix ("Goo" is Google, though GOOGL is Alphabet's).
   */
  private commonAncestor(candidates: Match[]): Match | undefined {
    if (candidates.length === 1) return candidates[0];
    const head = (among: Match[]) =>
      among.find((c) => {
        const family = this.kb.familyOf(c.company.id);
        return among.every((other) => family.includes(other.company.id));
      });
    if (!head(candidates)) return undefined;
    const byName = candidates.filter((c) => c.matched === c.company.name);
    return (byName.length > 0 && head(byName)) || head(candidates);
  }

  /** One company group: either is the other or one of its subsidiaries. */
  private related(a: string, b: string): boolean {
    return this.kb.familyOf(a).includes(b) || this.kb.familyOf(b).includes(a);
  }
}

/**
 * One entry per company (its closest key), fewest edits first; then a company's own name before an alias,
 * then the more connected company, then the shorter key.
 */
function rankTypos(typos: Typo[]): Typo[] {
  const best = new Map<string, Typo>();
  for (const t of typos) {
    const current = best.get(t.match.company.id);
    if (!current || compareTypos(t, current) < 0) best.set(t.match.company.id, t);
  }
  return [...best.values()].sort(compareTypos);
}

const byName = (m: Match) => (m.matched === m.company.name ? 0 : 1);

function compareTypos(a: Typo, b: Typo): number {
  return (
    a.edits - b.edits ||
    byName(a.match) - byName(b.match) ||
    b.connections - a.connections ||
    a.match.matched.length - b.match.matched.length
  );
}

/**
 * The query without its last word when that word is a slip of a legal suffix ("Holdigns", "Lthd"): within
 * the edits a word of the suffix's length may take (one for "inc", two for "holdings"), never a suffix
 * shorter than three letters (a slip of "co" or "ag" is any short word, "ai" among them).
 */
export function withoutSuffixTypo(query: string): { key: string; edits: number } | undefined {
  const words = normalizeName(query.slice(0, MAX_QUERY_LENGTH)).split(' ');
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  if (last.length < 3 || LEGAL_SUFFIXES.has(last)) return undefined;
  for (const suffix of LEGAL_SUFFIXES) {
    if (suffix.length < 3) continue;
    const allowed = allowedEdits(suffix.length, 'sure');
    const edits = editDistance(last, suffix, allowed);
    if (edits <= allowed) return { key: compactName(words.slice(0, -1).join(' ')), edits };
  }
  return undefined;
}

function toMatch(entry: Key, kind: MatchKind, score: number): Match {
  const match: Match = { company: entry.company, kind, matched: entry.matched, score };
  if (entry.product) match.product = entry.product;
  return match;
}

/** Character trigrams with word-boundary padding, so two- and three-letter names still have some. */
export function trigrams(key: string): string[] {
  const padded = `  ${key} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}
