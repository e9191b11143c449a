/**
 * Every key within two edits of a query (insertions, deletions, substitutions, swaps of neighbours, as
 * `editDistance` counts them), found with a bounded number of hash probes whatever the number of keys.
 * The deletion index alone misses two-edit typos that need two deletions on the key's side (two
 * substitutions, a changed letter and a dropped one); this index misses none. Two parts:
 *
 * - Keys of up to SHORT_KEY letters are stored under themselves and every string left after deleting one
 *   or two of their letters; a query probes its own deletions (up to two). Two strings within two edits
 *   always meet that way. Short keys are few and their deletions fewer still, so this stays small.
 * - Longer keys are split into three segments with one letter left out between neighbours (the pigeonhole
 *   idea behind "PassJoin"). An edit touches at most one segment (the skipped letter keeps a swap across
 *   a boundary inside one), so with two edits one segment is left intact, at most two places from where
 *   the key has it. Each segment is stored under (key length, segment number, text); a query probes the
 *   few positions such a segment can have, about thirty probes. Which positions: if segment `i` is the
 *   first intact one, the `i` before it each took an edit, and the shift must fit in what is left.
 *
 * Common words make some segments common ("pital" ends every "… Capital"), so a hit must also pass a
 * letter test before it is returned: each key keeps a 32-bit mask of the letters it holds, and an edit
 * changes at most two of those bits (a substitution drops one letter and brings another), so a key whose
 * mask differs from the query's in more than four bits is more than two edits away; then the same holds
 * for how many times each letter occurs (an edit changes the counts by two at most, all letters summed).
 * Both tests are a few dozen operations, against hundreds for an edit distance, and keep the thousand or
 * so segment hits of a long query full of common words down to the few dozen worth measuring.
 *
 * Like the deletion index, entries are 32-bit hashes in flat typed arrays, and a returned key is only a
 * candidate: the caller measures the real distance, which also settles a rare hash collision.
 */
import { Buckets, deletionHash, prepareDeletions } from './deletions.js';

/** Keys up to this length go to the deletion part; longer ones are partitioned (segments of 2+ letters). */
export const SHORT_KEY = 7;
const EDITS = 2;
const SEGMENTS = EDITS + 1;

/** Start and length of segment `i` of a key of `length` letters (the last segments take the spare letters). */
function segment(length: number, i: number): [start: number, size: number] {
  const usable = length - (SEGMENTS - 1);
  const base = Math.floor(usable / SEGMENTS);
  const longer = usable % SEGMENTS;
  let start = 0;
  for (let s = 0; s < i; s++) start += base + (s >= SEGMENTS - longer ? 1 : 0) + 1;
  return [start, base + (i >= SEGMENTS - longer ? 1 : 0)];
}

/** FNV-1a over `text[start..start + size)`, seeded by the key length and segment number. */
function segmentHash(text: string, start: number, size: number, length: number, i: number): number {
  let h = Math.imul(0x811c9dc5 ^ (length * 4 + i), 0x01000193);
  for (let j = start; j < start + size; j++) {
    h ^= text.charCodeAt(j);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Bit per letter a–z; any other character shares one of six bits, which can only hide differences. */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) - 97;
    mask |= 1 << (code >= 0 && code < 26 ? code : 26 + ((code + 97) % 6));
  }
  return mask;
}

/** Letter counts are kept per key in LETTERS bytes: a–z, then one for anything else. */
const LETTERS = 27;

function countLetters(text: string, into: Uint8Array | Int32Array, at: number): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) - 97;
    const slot = at + (code >= 0 && code < 26 ? code : 26);
    if (into[slot]! < 255) into[slot]!++;
  }
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** A growable pair of typed arrays, for building. */
class Entries {
  hashes = new Uint32Array(1024);
  owners = new Uint32Array(1024);
  n = 0;
  push(hash: number, owner: number): void {
    if (this.n === this.hashes.length) {
      const hashes = new Uint32Array(this.n * 2);
      const owners = new Uint32Array(this.n * 2);
      hashes.set(this.hashes);
      owners.set(this.owners);
      this.hashes = hashes;
      this.owners = owners;
    }
    this.hashes[this.n] = hash;
    this.owners[this.n++] = owner;
  }
}

export class TwoEditIndex {
  private readonly short: Buckets;
  private readonly segments: Buckets;
  private readonly longest: number;
  /** Per key: the stamp of the last lookup that returned it, so a lookup returns each key once. */
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly masks: Uint32Array;
  private queryMask = 0;
  private readonly counts: Uint8Array;
  private readonly queryCounts = new Int32Array(LETTERS);
  /** The last lookup's keys are `found[0..n)`, n being what `collect` returned: no array per lookup. */
  found = new Uint32Array(256);
  private count = 0;
  private readonly hit = (owner: number) => {
    if (this.seen[owner] === this.stamp) return;
    this.seen[owner] = this.stamp;
    if (bitCount(this.masks[owner]! ^ this.queryMask) > 2 * EDITS) return;
    const { counts, queryCounts } = this;
    let apart = 0;
    for (let c = 0, at = owner * LETTERS; c < LETTERS; c++, at++) {
      const d = counts[at]! - queryCounts[c]!;
      apart += d < 0 ? -d : d;
    }
    if (apart > 2 * EDITS) return;
    if (this.count === this.found.length) {
      const grown = new Uint32Array(this.found.length * 2);
      grown.set(this.found);
      this.found = grown;
    }
    this.found[this.count++] = owner;
  };

  constructor(keys: readonly string[]) {
    const short = new Entries();
    const parts = new Entries();
    let longest = 0;
    keys.forEach((key, index) => {
      const length = key.length;
      if (length > longest) longest = length;
      if (length <= SHORT_KEY) {
        prepareDeletions(key);
        short.push(deletionHash(-1, -1), index);
        for (let i = 0; i < length; i++) {
          // Deleting either letter of a double gives the same string: stored once.
          if (i > 0 && key[i] === key[i - 1]) continue;
          short.push(deletionHash(i, -1), index);
          for (let k = i + 1; k < length; k++) {
            if (k > i + 1 && key[k] === key[k - 1]) continue;
            short.push(deletionHash(i, k), index);
          }
        }
        return;
      }
      for (let i = 0; i < SEGMENTS; i++) {
        const [start, size] = segment(length, i);
        parts.push(segmentHash(key, start, size, length, i), index);
      }
    });
    this.short = new Buckets(short.hashes, short.owners, short.n);
    this.segments = new Buckets(parts.hashes, parts.owners, parts.n);
    this.longest = longest;
    this.seen = new Uint32Array(keys.length);
    this.masks = Uint32Array.from(keys, letterMask);
    this.counts = new Uint8Array(keys.length * LETTERS);
    for (const [index, key] of keys.entries()) countLetters(key, this.counts, index * LETTERS);
  }

  /** Bytes held by the index's arrays (for the benchmark's report). */
  get bytes(): number {
    return (
      this.short.bytes +
      this.segments.bytes +
      this.seen.byteLength +
      this.masks.byteLength +
      this.counts.byteLength
    );
  }

  /** Indexes of the keys that may be within two edits of `query`, every one that is among them, each once. */
  candidates(query: string): number[] {
    return Array.from(this.found.subarray(0, this.collect(query)));
  }

  /** The candidates of `candidates`, written to `found[0..n)`, and n. */
  collect(query: string): number {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    this.count = 0;
    this.queryMask = letterMask(query);
    this.queryCounts.fill(0);
    countLetters(query, this.queryCounts, 0);
    const n = query.length;
    if (n <= SHORT_KEY + EDITS) this.probeShort(query);
    const lowest = Math.max(SHORT_KEY + 1, n - EDITS);
    const highest = Math.min(this.longest, n + EDITS);
    for (let length = lowest; length <= highest; length++) {
      const delta = n - length;
      for (let i = 0; i < SEGMENTS; i++) {
        const [start, size] = segment(length, i);
        for (let shift = -EDITS; shift <= EDITS; shift++) {
          // Edits before the segment: at least one per segment before it, and enough for the shift; the
          // rest of the length difference is made up after it.
          if (Math.max(i, Math.abs(shift)) + Math.abs(delta - shift) > EDITS) continue;
          const at = start + shift;
          if (at < 0 || at + size > n) continue;
          this.segments.each(segmentHash(query, at, size, length, i), this.hit);
        }
      }
    }
    return this.count;
  }

  private probeShort(query: string): void {
    const n = query.length;
    prepareDeletions(query);
    this.short.each(deletionHash(-1, -1), this.hit);
    for (let i = 0; i < n; i++) {
      if (i > 0 && query[i] === query[i - 1]) continue;
      this.short.each(deletionHash(i, -1), this.hit);
      for (let k = i + 1; k < n; k++) {
        if (k > i + 1 && query[k] === query[k - 1]) continue;
        this.short.each(deletionHash(i, k), this.hit);
      }
    }
  }
}
