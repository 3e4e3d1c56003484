/**
 * The edit distance between two short strings, counting an insertion, a
 * deletion, a substitution or a swap of two neighbouring letters as one edit
 * (optimal string alignment), or `limit + 1` as soon as it is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidate nearest to `value` within `maxEdits` edits (fewer for short
 * words; case ignored), or `undefined`; for "did you mean …?". Values longer
 * than 100 characters get no suggestion (they are not typos of a name).
 */
export function closest(value: string, candidates: Iterable<string>, maxEdits = 2): string | undefined {
  if (value.length > 100) return undefined;
  // A short word is a typo of a word one edit away at most: `by` is not `id`.
  const limit = Math.min(maxEdits, Math.max(1, Math.floor(value.length / 3)));
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
