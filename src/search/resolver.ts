/**
 * Company name resolution: a ladder from the cheapest, surest match to the loosest.
 * 1. normalized exact name, alias or id (a hash map);
 * 2. prefix of a name or alias (a sorted array, with the answers for short prefixes precomputed);
 * 3. typos: a trigram index shortlists candidates, fuse.js scores them and the edit distance decides.
 * Everything is indexed once, at load, so a lookup costs about the same with 100 companies or 100,000.
 * Every answer says why it matched, and a tie between unrelated companies is reported, not guessed.
 */
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Company, Product } from '../knowledge/schema.js';
import { allowedEdits, editDistance } from '../text/distance.js';
import { compactName } from '../text/normalize.js';

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
}

export const MAX_QUERY_LENGTH = 100;
/** Short prefixes match thousands of names at scale; their best answers are computed at load. */
const PRECOMPUTED_PREFIX = 3;
const PREFIX_KEEP = 25;
/** Longer prefixes are scanned, but never more than this many keys. */
const PREFIX_SCAN = 500;
/** Autocomplete looks for typos only when names and prefixes found fewer than this. */
const TYPO_FILL = 5;
const SHORTLIST = 48;
/** A trigram in more names than this is too common to shortlist by, unless too few rare ones are left. */
const COMMON_GRAM = 3000;
const MIN_GRAMS = 2;

export class Resolver {
  private readonly exact = new Map<string, Key>();
  /** Every key, sorted, for binary-searched prefix lookups. */
  private readonly keys: Key[];
  private readonly shortPrefixes = new Map<string, Key[]>();
  /** trigram → indexes into `keys` */
  private readonly grams = new Map<string, number[]>();
  private readonly counts: Uint16Array;
  private readonly popularMatches: Match[];

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
    this.keys.forEach((entry, index) => {
      for (const gram of new Set(trigrams(entry.key))) {
        const list = this.grams.get(gram);
        if (list) list.push(index);
        else this.grams.set(gram, [index]);
      }
      for (let n = 1; n <= Math.min(PRECOMPUTED_PREFIX, entry.key.length); n++) {
        const prefix = entry.key.slice(0, n);
        const list = this.shortPrefixes.get(prefix);
        if (list) list.push(entry);
        else this.shortPrefixes.set(prefix, [entry]);
      }
    });
    for (const [prefix, list] of this.shortPrefixes)
      this.shortPrefixes.set(prefix, this.bestPerCompany(list, PREFIX_KEEP));
    this.popularMatches = [...kb.companies.values()]
      .sort((a, b) => kb.connectionCount(b.id) - kb.connectionCount(a.id) || a.name.localeCompare(b.name))
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

    const allowed = allowedEdits(key.length);
    const typos = this.typos(key, false);
    // Taken without asking only when the edits are few for the shorter of the two names: "Runway" is two
    // edits from "Run:ai", a different company, so it is offered as a suggestion, never answered for.
    const accepted = typos.filter(
      (t) => t.edits <= allowedEdits(Math.min(key.length, compactName(t.match.matched).length), 'sure'),
    );
    const best = accepted[0];
    if (best) {
      const rivals = accepted.filter(
        (t) => t.edits === best.edits && !this.related(best.match.company.id, t.match.company.id),
      );
      if (rivals.length === 0) return { status: 'found', match: best.match };
      return { status: 'ambiguous', query, candidates: accepted.slice(0, 10).map((t) => t.match) };
    }
    const near = typos.filter((t) => t.edits <= allowed + 1);
    return {
      status: 'not-found',
      query,
      suggestions: near.length > 0 ? near.slice(0, 5).map((t) => t.match) : this.popular(5),
    };
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
      // While typing, a typo sits in the part typed so far: compare with names cut to that length.
      for (const t of this.typos(key, true)) if (t.edits <= allowedEdits(key.length)) add(t.match);
    }
    return out;
  }

  /** The most connected companies, for empty input. */
  popular(limit: number): Match[] {
    return this.popularMatches.slice(0, limit);
  }

  private byPrefix(key: string, limit: number): Match[] {
    const precomputed = key.length <= PRECOMPUTED_PREFIX ? this.shortPrefixes.get(key) : undefined;
    if (precomputed)
      return precomputed.slice(0, limit).map((e) => toMatch(e, 'prefix', 1 - key.length / e.key.length));
    if (key.length <= PRECOMPUTED_PREFIX) return [];
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
    return this.bestPerCompany(found, limit).map((e) => toMatch(e, 'prefix', 1 - key.length / e.key.length));
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
          a.company.name.localeCompare(b.company.name),
      )
      .slice(0, limit);
  }

  /**
   * Trigrams shortlist the keys that share enough of the query; fuse.js scores that shortlist; the edit
   * distance decides, because fuse's score alone rates "tesla" as close to "intel" as "nvdia" to "nvidia".
   * `partial`: compare with each name cut to the typed length, for autocomplete while typing.
   */
  private typos(key: string, partial: boolean): Typo[] {
    const allowed = allowedEdits(key.length);
    // Rare trigrams first; the most common ones (shared by thousands of names at scale) are skipped when
    // enough rare ones remain, which keeps a lookup's work flat as the knowledge base grows.
    const queryGrams = [...new Set(trigrams(key))]
      .map((gram) => ({ gram, list: this.grams.get(gram) ?? [] }))
      .sort((a, b) => a.list.length - b.list.length);
    const usable = queryGrams.filter((g, i) => i < MIN_GRAMS || g.list.length <= COMMON_GRAM);
    // One edit spoils at most four trigrams (a swap of two letters); sharing fewer means out of reach.
    const needed = Math.max(1, usable.length - 4 * allowed);
    const touched: number[] = [];
    for (const { list } of usable) {
      for (const index of list) {
        if (this.counts[index] === 0) touched.push(index);
        this.counts[index]!++;
      }
    }
    // Counts are small integers: bucket them instead of sorting every key touched.
    const buckets: number[][] = Array.from({ length: usable.length + 1 }, () => []);
    for (const i of touched) {
      const count = this.counts[i]!;
      if (count >= needed && (partial || Math.abs(this.keys[i]!.key.length - key.length) <= allowed + 1)) {
        buckets[count]!.push(i);
      }
      this.counts[i] = 0;
    }
    const shortlist: Key[] = [];
    for (let count = usable.length; count >= needed && shortlist.length < SHORTLIST; count--) {
      for (const i of buckets[count]!) {
        if (shortlist.length >= SHORTLIST) break;
        shortlist.push(this.keys[i]!);
      }
    }
    if (shortlist.length === 0) return [];

    const fuse = new Fuse(shortlist, {
      keys: ['key'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 1,
    });
    const best = new Map<string, Typo & { fuse: number }>();
    for (const hit of fuse.search(key)) {
      const target = partial ? hit.item.key.slice(0, key.length + 1) : hit.item.key;
      const edits = Math.min(
        editDistance(key, target, allowed + 1),
        partial ? editDistance(key, hit.item.key.slice(0, key.length), allowed + 1) : allowed + 2,
      );
      const current = best.get(hit.item.company.id);
      if (!current || edits < current.edits) {
        const score = Math.min(1, edits / Math.max(key.length, 1));
        best.set(hit.item.company.id, {
          match: toMatch(hit.item, 'typo', score),
          edits,
          fuse: hit.score ?? 1,
        });
      }
    }
    const byName = (m: Match) => (m.matched === m.company.name ? 0 : 1);
    return [...best.values()].sort(
      (a, b) => a.edits - b.edits || byName(a.match) - byName(b.match) || a.fuse - b.fuse,
    );
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

function toMatch(entry: Key, kind: MatchKind, score: number): Match {
  return {
    company: entry.company,
    kind,
    matched: entry.matched,
    score,
    ...(entry.product && { product: entry.product }),
  };
}

/** Character trigrams with word-boundary padding, so two- and three-letter names still have some. */
export function trigrams(key: string): string[] {
  const padded = `  ${key} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}
