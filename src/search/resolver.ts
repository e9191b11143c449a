/**
 * Company name resolution: a ladder from the cheapest, surest match to the loosest.
 * 1. normalized exact name, alias or id; 2. prefix of a name or alias; 3. fuse.js for typos.
 * Every answer says why it matched, and a tie between unrelated companies is reported, not guessed.
 */
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Company } from '../knowledge/schema.js';
import { allowedEdits, editDistance } from '../text/distance.js';
import { compactName } from '../text/normalize.js';

export type MatchKind = 'id' | 'name' | 'alias' | 'prefix' | 'typo';

export interface Match {
  company: Company;
  kind: MatchKind;
  /** The name or alias that matched, as written in the knowledge base. */
  matched: string;
  /** 0 is a perfect match, 1 the loosest accepted. */
  score: number;
}

export type Resolution =
  | { status: 'found'; match: Match }
  | { status: 'ambiguous'; query: string; candidates: Match[] }
  | { status: 'not-found'; query: string; suggestions: Match[] };

interface Key {
  key: string;
  companyId: string;
  matched: string;
  kind: 'id' | 'name' | 'alias';
}

const SUGGESTION_THRESHOLD = 0.6;
export const MAX_QUERY_LENGTH = 100;

export class Resolver {
  private readonly exact = new Map<string, Key>();
  /** Every key, sorted, for binary-searched prefix lookups. */
  private readonly sortedKeys: Key[];
  private readonly fuse: Fuse<Key>;

  constructor(private readonly kb: KnowledgeBase) {
    const keys: Key[] = [];
    for (const company of kb.companies.values()) {
      const add = (text: string, kind: Key['kind']) => {
        const key = compactName(text);
        if (key && !this.exact.has(key)) {
          const entry = { key, companyId: company.id, matched: text, kind };
          this.exact.set(key, entry);
          keys.push(entry);
        }
      };
      add(company.name, 'name');
      for (const alias of company.aliases) add(alias, 'alias');
      add(company.id, 'id');
    }
    this.sortedKeys = keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.fuse = new Fuse(keys, {
      keys: ['key'],
      includeScore: true,
      threshold: SUGGESTION_THRESHOLD,
      ignoreLocation: true,
      minMatchCharLength: 2,
    });
  }

  resolve(query: string): Resolution {
    const key = compactName(query.slice(0, MAX_QUERY_LENGTH));
    if (!key) return { status: 'not-found', query, suggestions: this.popular(5) };

    const exact = this.exact.get(key);
    if (exact) return { status: 'found', match: this.toMatch(exact, exact.kind, 0) };

    const prefixed = this.byPrefix(key);
    if (prefixed.length > 0) {
      const head = this.commonAncestor(prefixed);
      if (head) return { status: 'found', match: head };
      return { status: 'ambiguous', query, candidates: prefixed.slice(0, 10) };
    }

    const typos = this.typos(key);
    const accepted = typos.filter((m) => m.edits <= allowedEdits(key.length));
    const best = accepted[0];
    if (best) {
      const rivals = accepted.filter(
        (m) => m.edits === best.edits && !this.related(best.match.company.id, m.match.company.id),
      );
      if (rivals.length === 0) return { status: 'found', match: best.match };
      return { status: 'ambiguous', query, candidates: accepted.slice(0, 10).map((m) => m.match) };
    }
    const near = typos.filter((m) => m.edits <= allowedEdits(key.length) + 1);
    return {
      status: 'not-found',
      query,
      suggestions: near.length > 0 ? near.slice(0, 5).map((m) => m.match) : this.popular(5),
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
    if (exact) add(this.toMatch(exact, exact.kind, 0));
    for (const m of this.byPrefix(key)) add(m);
    if (out.length < limit) for (const m of this.typos(key)) add(m.match);
    return out;
  }

  /** The most connected companies, for empty input. */
  popular(limit: number): Match[] {
    return [...this.kb.companies.values()]
      .sort(
        (a, b) =>
          this.kb.connectionCount(b.id) - this.kb.connectionCount(a.id) || a.name.localeCompare(b.name),
      )
      .slice(0, limit)
      .map((company) => ({ company, kind: 'name', matched: company.name, score: 1 }));
  }

  private byPrefix(key: string): Match[] {
    let lo = 0;
    let hi = this.sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedKeys[mid]!.key < key) lo = mid + 1;
      else hi = mid;
    }
    const best = new Map<string, Match>();
    for (let i = lo; i < this.sortedKeys.length && this.sortedKeys[i]!.key.startsWith(key); i++) {
      const entry = this.sortedKeys[i]!;
      const score = 1 - key.length / entry.key.length;
      const current = best.get(entry.companyId);
      if (!current || score < current.score) best.set(entry.companyId, this.toMatch(entry, 'prefix', score));
    }
    return [...best.values()].sort(
      (a, b) =>
        this.kb.connectionCount(b.company.id) - this.kb.connectionCount(a.company.id) ||
        a.score - b.score ||
        a.company.name.localeCompare(b.company.name),
    );
  }

  /**
   * fuse.js finds candidates fast; the edit distance to each decides whether it is a typo, because
   * fuse's score alone rates "tesla" as close to "intel" as "nvdia" is to "nvidia".
   */
  private typos(key: string): { match: Match; edits: number }[] {
    const best = new Map<string, { match: Match; edits: number }>();
    for (const hit of this.fuse.search(key, { limit: 20 })) {
      const edits = editDistance(key, hit.item.key, allowedEdits(key.length) + 1);
      const current = best.get(hit.item.companyId);
      if (!current || edits < current.edits) {
        const score = Math.min(1, edits / Math.max(key.length, hit.item.key.length));
        best.set(hit.item.companyId, { match: this.toMatch(hit.item, 'typo', score), edits });
      }
    }
    const byName = (m: Match) => (m.matched === m.company.name ? 0 : 1);
    return [...best.values()].sort(
      (a, b) => a.edits - b.edits || byName(a.match) - byName(b.match) || a.match.score - b.match.score,
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

  private toMatch(entry: Key, kind: MatchKind, score: number): Match {
    return { company: this.kb.company(entry.companyId)!, kind, matched: entry.matched, score };
  }
}
