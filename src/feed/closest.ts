/**
 * The known id closest to a mistyped one, for "did you mean …?". Pure.
 */

/** Edit distance (insertions, deletions, substitutions), or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate nearest to `id`, ignoring case, when it is close enough to be a slip: at most
 * two edits, and at most one per three characters of `id` ("mal-22" → "mal-2", but "a" is not
 * a slip for "b"). The first in order wins a tie; undefined when none is close.
 */
export function closestId(id: string, candidates: Iterable<string>): string | undefined {
  const max = Math.min(2, Math.floor(id.length / 3));
  const wanted = id.toLowerCase();
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate === id) continue;
    const distance = editDistance(wanted, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
