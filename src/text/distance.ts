/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps each cost 1,
 * so "microsfot" is one edit from "microsoft". Stops early once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * How many edits a name of this length may carry and still be taken as a typo of another: `near` to offer
 * it as a suggestion, `sure` to answer for it (stricter on five-letter names, where two edits make another
 * word).
 */
export function allowedEdits(length: number, certainty: 'near' | 'sure' = 'near'): number {
  if (certainty === 'sure') return length <= 5 ? 1 : length <= 8 ? 2 : 3;
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}
