/**
 * The edit distance (Levenshtein: insertions, deletions, substitutions) between
 * two short strings, or `limit + 1` as soon as it is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidate nearest to `value` within `maxEdits` edits (fewer for short
 * words; case ignored), or
 * `undefined`; for "did you mean …?". Values longer than 100 characters get no
 * suggestion (they are not typos of a field name).
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
