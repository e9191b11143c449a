/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps each cost 1,
 * so "microsfot" is one edit from "microsoft". Stops early once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows kept between calls (a typo lookup measures dozens of names per keystroke): no garbage.
  if (b.length + 1 > rowSize) {
    rowSize = Math.max(b.length + 1, rowSize * 2);
    rows = [new Int32Array(rowSize), new Int32Array(rowSize), new Int32Array(rowSize)];
  }
  let prevPrev = rows[0]!;
  let prev = rows[1]!;
  let row = rows[2]!;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
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
  return prev[b.length]!;
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
