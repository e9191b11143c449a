/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps each cost 1,
 * so "microsfot" is one edit from "microsoft". Stops early once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return distance(a, b, b.length, max, false);
}

/**
 * The edit distance from `a` to the closest prefix of `b` (the same table, read along its last row), for
 * a name being typed: "antrho" is one edit from "anthro…". Stops early like `editDistance`.
 */
export function prefixDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  // Prefixes longer than the query by more than `max` letters are too far: not computed.
  return distance(a, b, Math.min(b.length, a.length + max), max, true);
}

/** The distance table of `a` against `b[0..end)`: its last cell, or the least of its last row (`prefix`). */
function distance(a: string, b: string, end: number, max: number, prefix: boolean): number {
  // Three rows kept between calls (a typo lookup measures dozens of names per keystroke): no garbage.
  if (end + 1 > rowSize) {
    rowSize = Math.max(end + 1, rowSize * 2);
    rows = [new Int32Array(rowSize), new Int32Array(rowSize), new Int32Array(rowSize)];
  }
  let prevPrev = rows[0]!;
  let prev = rows[1]!;
  let row = rows[2]!;
  for (let j = 0; j <= end; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= end; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        value = Math.min(value, prevPrev[j - 2]! + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = row;
    row = spare;
  }
  if (!prefix) return prev[end]!;
  let closest = prev[0]!;
  for (let j = 1; j <= end; j++) if (prev[j]! < closest) closest = prev[j]!;
  return Math.min(closest, max + 1);
}

let rowSize = 64;
let rows = [new Int32Array(rowSize), new Int32Array(rowSize), new Int32Array(rowSize)];

/**
 * How many edits a name of this length may carry and still be taken as a typo of another: `near` to offer
 * it as a suggestion, `sure` to answer for it (stricter on five-letter names, where two edits make another
 * word).
 */
export function allowedEdits(length: number, certainty: 'near' | 'sure' = 'near'): number {
  if (certainty === 'sure') return length <= 5 ? 1 : length <= 8 ? 2 : 3;
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}
