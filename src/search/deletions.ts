/**
 * A deletion index (the SymSpell idea): every key is stored with each of its one-letter deletions, so
 * two strings within an edit or two of each other meet on a shared deletion. A lookup hashes the query's
 * own deletions (up to two) and reads the keys stored under them: a few dozen hash probes instead of a
 * scan, whatever the number of names. Candidates are only candidates: the caller measures the real edit
 * distance, which also settles the rare hash collision.
 *
 * Deletions are kept as 32-bit hashes in flat typed arrays (bucketed like a CSR matrix), not as strings in
 * a Map: at 100,000 companies that is some 3 million deletions, which as strings would cost hundreds of MB
 * and slow every garbage collection.
 */

/** Deletions shorter than this are not indexed (an empty string would match every one-letter key). */
const MIN_DELETION = 1;
/** Past this length a query probes its one-letter deletions only (two would be thousands of probes). */
const MAX_TWO_DELETIONS = 30;

/**
 * Deletion hashes in constant time each: a polynomial hash (mod 2^32) of the text's prefixes is prepared
 * once per text, and the hash of the text with one or two letters left out is put together from three of
 * its ranges. Hashing each of a query's couple of hundred two-letter deletions from scratch cost a pass
 * over the whole query each. A final mix spreads the bits, since buckets are picked by the low ones.
 */
const BASE = 0x01000193;
let prefixes = new Int32Array(64);
let powers = new Int32Array(64);
let prepared = 0;

/** Prepares `deletionHash` for `text` (until the next call). */
export function prepareDeletions(text: string): void {
  const n = text.length;
  if (n + 1 > prefixes.length) {
    prefixes = new Int32Array(2 * (n + 1));
    powers = new Int32Array(2 * (n + 1));
  }
  powers[0] = 1;
  for (let i = 0; i < n; i++) {
    prefixes[i + 1] = (Math.imul(prefixes[i]!, BASE) + text.charCodeAt(i)) | 0;
    powers[i + 1] = Math.imul(powers[i]!, BASE);
  }
  prepared = n;
}

/** The hash of `text[a..b)`, of the text last prepared. */
function range(a: number, b: number): number {
  return (prefixes[b]! - Math.imul(prefixes[a]!, powers[b - a]!)) | 0;
}

function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The hash of the prepared text with the letters at `skipA` < `skipB` left out (-1: none). */
export function deletionHash(skipA: number, skipB: number): number {
  const n = prepared;
  if (skipA < 0) return mix(prefixes[n]!);
  if (skipB < 0) return mix((Math.imul(prefixes[skipA]!, powers[n - skipA - 1]!) + range(skipA + 1, n)) | 0);
  const left = (Math.imul(prefixes[skipA]!, powers[skipB - skipA - 1]!) + range(skipA + 1, skipB)) | 0;
  return mix((Math.imul(left, powers[n - skipB - 1]!) + range(skipB + 1, n)) | 0);
}

/** Hashes and owners bucketed by the hash's low bits, like a CSR matrix: no object per entry. */
export class Buckets {
  private readonly starts: Uint32Array;
  private readonly hashes: Uint32Array;
  private readonly owners: Uint32Array;
  private readonly mask: number;

  constructor(hashes: Uint32Array, owners: Uint32Array, n: number) {
    let bits = 4;
    while (1 << bits < n && bits < 24) bits++;
    this.mask = (1 << bits) - 1;
    const starts = new Uint32Array((1 << bits) + 1);
    for (let j = 0; j < n; j++) starts[(hashes[j]! & this.mask) + 1]!++;
    for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
    const fill = starts.slice(0, -1);
    this.hashes = new Uint32Array(n);
    this.owners = new Uint32Array(n);
    for (let j = 0; j < n; j++) {
      const at = fill[hashes[j]! & this.mask]!++;
      this.hashes[at] = hashes[j]!;
      this.owners[at] = owners[j]!;
    }
    this.starts = starts;
  }

  /** Calls `hit` with each owner stored under `h`. */
  each(h: number, hit: (owner: number) => void): void {
    const b = h & this.mask;
    const end = this.starts[b + 1]!;
    for (let j = this.starts[b]!; j < end; j++) if (this.hashes[j] === h) hit(this.owners[j]!);
  }

  get bytes(): number {
    return this.starts.byteLength + this.hashes.byteLength + this.owners.byteLength;
  }
}

export class DeletionIndex {
  private readonly buckets: Buckets;
  /** Per key: the stamp of the last lookup that returned it, so a lookup returns each key once. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  /** `keys[i]` is stored under its own hash and its one-letter deletions; lookups return indexes `i`. */
  constructor(keys: readonly string[]) {
    let total = 0;
    for (const key of keys) total += 1 + (key.length - 1 >= MIN_DELETION ? key.length : 0);
    const hashes = new Uint32Array(total);
    const owners = new Uint32Array(total);
    let n = 0;
    keys.forEach((key, index) => {
      prepareDeletions(key);
      hashes[n] = deletionHash(-1, -1);
      owners[n++] = index;
      if (key.length - 1 < MIN_DELETION) return;
      for (let i = 0; i < key.length; i++) {
        // Deleting either letter of a double ("ll") gives the same string: store it once.
        if (i > 0 && key[i] === key[i - 1]) continue;
        hashes[n] = deletionHash(i, -1);
        owners[n++] = index;
      }
    });
    this.buckets = new Buckets(hashes, owners, n);
    this.seen = new Uint32Array(keys.length);
  }

  /**
   * Indexes of the keys that share the query or one of its deletions (two deletions when `twoDeletions`):
   * every key within one edit of the query, and most keys within two (all but those that need two
   * deletions on the key's side, such as two substitutions).
   */
  candidates(query: string, twoDeletions: boolean): number[] {
    return Array.from(this.found.subarray(0, this.collect(query, twoDeletions)));
  }

  /**
   * The candidates of `candidates`, written to `found[0..n)` and counted: no array is allocated per
   * lookup (a lookup runs on every keystroke; garbage is what makes the slowest ones slow).
   */
  found = new Uint32Array(64);
  private count = 0;

  collect(query: string, twoDeletions: boolean): number {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    this.count = 0;
    const length = query.length;
    prepareDeletions(query);
    this.probe(deletionHash(-1, -1));
    if (length - 1 < 1) return this.count;
    for (let i = 0; i < length; i++) {
      if (i > 0 && query[i] === query[i - 1]) continue;
      this.probe(deletionHash(i, -1));
    }
    if (!twoDeletions || length - 2 < MIN_DELETION || length > MAX_TWO_DELETIONS) return this.count;
    for (let i = 0; i < length; i++) {
      // Deleting i then k gives what deleting i + 1 then k gives when the two letters are the same.
      if (i > 0 && query[i] === query[i - 1]) continue;
      for (let k = i + 1; k < length; k++) {
        if (k > i + 1 && query[k] === query[k - 1]) continue;
        this.probe(deletionHash(i, k));
      }
    }
    return this.count;
  }

  private probe(h: number): void {
    this.buckets.each(h, this.hit);
  }

  private readonly hit = (owner: number) => {
    if (this.seen[owner] === this.stamp) return;
    this.seen[owner] = this.stamp;
    if (this.count === this.found.length) {
      const grown = new Uint32Array(this.found.length * 2);
      grown.set(this.found);
      this.found = grown;
    }
    this.found[this.count++] = owner;
  };
}
