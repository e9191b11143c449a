/**
 * What `/sources deal:` autocomplete searches: each deal's id and title in the compact name form, and an
 * index that finds the deals containing what was typed, newest first, without reading them all.
 *
 * - A posting list per three letters that begin a word of the id or title (deal positions, newest first,
 *   in one flat array): typing "groq-lic" reads only the deals with a word starting "gro".
 * - A 64-bit signature per deal of every three letters it contains: most deals in a long posting list
 *   that cannot contain the query are dropped on two integer tests, before any string is compared.
 * So a match starts at the beginning of a word of the id or title (as people type), and a keystroke costs
 * about the same at a thousand deals or a million.
 */
import type { Deal } from '../knowledge/schema.js';
import { normalizeName } from '../text/normalize.js';

const GRAM = 3;
/** Queries shorter than a gram are matched by a scan from the newest deal, stopped after this many. */
const SHORT_SCAN = 50_000;
/** How many answers to a one- or two-character query are kept (autocomplete shows 25). */
const SHORT_KEEP = 25;

function gramBits(text: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + GRAM; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & 63;
}

export class DealKeyIndex {
  /** `${compact id} ${compact title}` per deal, in the order given (newest first). */
  readonly keys: readonly string[];
  private readonly grams = new Map<string, number>();
  private readonly starts: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly signatures: Uint32Array;
  /**
   * The answers to every query of one or two characters, found at load: per character or pair of
   * characters (as a number), the first SHORT_KEEP of the newest SHORT_SCAN deals that contain it. Such
   * a query would otherwise read up to SHORT_SCAN keys on a keystroke when few deals contain it.
   */
  private readonly short = new Map<number, number[]>();

  constructor(deals: readonly Deal[]) {
    const keys: string[] = new Array(deals.length);
    /** Per deal, the grams that begin one of its words (ids into `grams`), flattened. */
    const wordGrams: number[] = [];
    const dealEnds = new Uint32Array(deals.length);
    this.signatures = new Uint32Array(deals.length * 2);
    const counts: number[] = [];
    const lastDeal: number[] = [];
    for (let d = 0; d < deals.length; d++) {
      const deal = deals[d]!;
      const idWords = normalizeName(deal.id).split(' ');
      const titleWords = normalizeName(deal.title).split(' ');
      const key = `${idWords.join('')} ${titleWords.join('')}`;
      keys[d] = key;
      let at = 0;
      const addWord = (word: string) => {
        if (at + GRAM <= key.length && word.length > 0) {
          const gram = key.slice(at, at + GRAM);
          if (!gram.includes(' ')) {
            let id = this.grams.get(gram);
            if (id === undefined) {
              id = counts.length;
              this.grams.set(gram, id);
              counts.push(0);
              lastDeal.push(-1);
            }
            if (lastDeal[id] !== d) {
              lastDeal[id] = d;
              counts[id]!++;
              wordGrams.push(id);
            }
          }
        }
        at += word.length;
      };
      for (const word of idWords) addWord(word);
      at++; // the space between id and title
      for (const word of titleWords) addWord(word);
      dealEnds[d] = wordGrams.length;
      for (let i = 0; i + GRAM <= key.length; i++) {
        const bit = gramBits(key, i);
        this.signatures[d * 2 + (bit >> 5)]! |= 1 << (bit & 31);
      }
    }
    this.keys = keys;
    for (let d = 0; d < keys.length && d < SHORT_SCAN; d++) {
      const key = keys[d]!;
      for (let i = 0; i < key.length; i++) {
        const one = key.charCodeAt(i);
        this.keepShort(one + 1, d);
        if (i + 1 < key.length) this.keepShort((one + 1) * 65_537 + key.charCodeAt(i + 1) + 1, d);
      }
    }
    this.starts = new Uint32Array(counts.length + 1);
    for (let g = 0; g < counts.length; g++) this.starts[g + 1] = this.starts[g]! + counts[g]!;
    this.postings = new Uint32Array(wordGrams.length);
    const fill = this.starts.slice(0, -1);
    let from = 0;
    for (let d = 0; d < deals.length; d++) {
      for (let j = from; j < dealEnds[d]!; j++) this.postings[fill[wordGrams[j]!]!++] = d;
      from = dealEnds[d]!;
    }
  }

  private keepShort(code: number, deal: number): void {
    const list = this.short.get(code);
    if (!list) this.short.set(code, [deal]);
    else if (list.length < SHORT_KEEP && list[list.length - 1] !== deal) list.push(deal);
  }

  /** Positions of the deals whose key contains `key` from the start of a word, newest first. */
  search(key: string, limit: number): number[] {
    const out: number[] = [];
    if (key.length === 0) {
      for (let d = 0; d < this.keys.length && out.length < limit; d++) out.push(d);
      return out;
    }
    if (key.length < GRAM) {
      const one = key.charCodeAt(0) + 1;
      const kept = this.short.get(key.length === 1 ? one : one * 65_537 + key.charCodeAt(1) + 1) ?? [];
      if (limit <= SHORT_KEEP) return kept.slice(0, limit);
      for (let d = 0; d < this.keys.length && d < SHORT_SCAN && out.length < limit; d++)
        if (this.keys[d]!.includes(key)) out.push(d);
      return out;
    }
    const id = this.grams.get(key.slice(0, GRAM));
    if (id === undefined) return out;
    const want = [0, 0];
    for (let i = 0; i + GRAM <= key.length; i++) {
      const bit = gramBits(key, i);
      want[bit >> 5]! |= 1 << (bit & 31);
    }
    const [lo, hi] = [want[0]!, want[1]!];
    for (let j = this.starts[id]!; j < this.starts[id + 1]! && out.length < limit; j++) {
      const d = this.postings[j]!;
      if ((this.signatures[d * 2]! & lo) !== lo || (this.signatures[d * 2 + 1]! & hi) !== hi) continue;
      if (this.keys[d]!.includes(key)) out.push(d);
    }
    return out;
  }
}
