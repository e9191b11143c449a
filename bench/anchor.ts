/**
 * The second baseline: a bare deletion index (SymSpell-style, edit distance 1), the simplest thing that is
 * fast at 100,000 companies. Every name and alias is stored under itself and each one-letter deletion; a
 * query looks up itself and its own one-letter deletions, keeps the candidates within one edit, and takes
 * the one with the fewest edits, then the most connected company. No prefixes, no products, no families,
 * no ambiguity: it answers for the best candidate every time. It shows how far the resolver is from what
 * an index alone costs, and what accuracy ties between companies leave on the table.
 */
import type { KnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { editDistance } from '../src/text/distance.js';
import { compactName } from '../src/text/normalize.js';
import { QUERY_KINDS, type Query, type QueryKind, sameFamily } from './queries.js';
import { type Summary, summarize } from './stats.js';

function deletionsOf(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

class Anchor {
  private readonly byDeletion = new Map<string, number[]>();
  private readonly keys: { key: string; id: string; weight: number }[] = [];

  constructor(kb: KnowledgeBase) {
    for (const c of kb.companies.values()) {
      for (const text of new Set([c.name, ...c.aliases].map(compactName))) {
        if (!text) continue;
        const index = this.keys.push({ key: text, id: c.id, weight: kb.connectionCount(c.id) }) - 1;
        for (const d of new Set(deletionsOf(text))) {
          const list = this.byDeletion.get(d);
          if (list) list.push(index);
          else this.byDeletion.set(d, [index]);
        }
      }
    }
  }

  /** The best company within one edit, or undefined. */
  lookup(text: string): string | undefined {
    const query = compactName(text);
    let best: { edits: number; weight: number; id: string } | undefined;
    for (const d of new Set(deletionsOf(query))) {
      for (const index of this.byDeletion.get(d) ?? []) {
        const k = this.keys[index]!;
        const edits = editDistance(query, k.key, 1);
        if (edits > 1) continue;
        if (!best || edits < best.edits || (edits === best.edits && k.weight > best.weight))
          best = { edits, weight: k.weight, id: k.id };
      }
    }
    return best?.id;
  }
}

export interface AnchorRun {
  buildMs: number;
  kinds: { kind: QueryKind; n: number; lookup: Summary; top1: number }[];
  overall: Summary;
}

/** Builds the anchor and runs every query through it once (after a warm-up), timing each. */
export function measureAnchor(kb: KnowledgeBase, queries: readonly Query[]): AnchorRun {
  let t = performance.now();
  const anchor = new Anchor(kb);
  const buildMs = performance.now() - t;
  const familyOf = (id: string) => kb.familyOf(id);
  for (const q of queries.slice(0, 500)) anchor.lookup(q.text);
  const times = new Float64Array(queries.length);
  const right = new Uint8Array(queries.length);
  queries.forEach((q, i) => {
    t = performance.now();
    const got = anchor.lookup(q.text);
    times[i] = performance.now() - t;
    right[i] = (q.expected === null ? got === undefined : sameFamily(q.expected, got, familyOf)) ? 1 : 0;
  });
  const kinds: AnchorRun['kinds'] = [];
  for (const kind of QUERY_KINDS) {
    const indexes = queries.flatMap((q, i) => (q.kind === kind ? [i] : []));
    if (indexes.length === 0) continue;
    kinds.push({
      kind,
      n: indexes.length,
      lookup: summarize(indexes.map((i) => times[i]!)),
      top1: indexes.reduce((n, i) => n + right[i]!, 0) / indexes.length,
    });
  }
  return { buildMs, kinds, overall: summarize([...times]) };
}
